package dev.mynalab.ca.ocsp;

import dev.mynalab.ca.hierarchy.CaGeneration;
import dev.mynalab.ca.hierarchy.CaSigner;
import dev.mynalab.ca.hierarchy.JpkiNames;
import dev.mynalab.ca.hierarchy.KeyPairSigner;
import dev.mynalab.ca.hierarchy.SignerContentSigner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Date;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;

/**
 * The delegated OCSP responder of one CA generation (RFC 6960 §4.2.2.2, case 3): a certificate
 * issued by that generation with EKU id-kp-OCSPSigning and id-pkix-ocsp-nocheck, whose AKI (keyid +
 * issuer + serial) lets a relying party find the right root among the generations that share one DN
 * — a response signed by the root itself cannot be chained unambiguously ({@code openssl verify}
 * picks the first root of that name). One responder key per purpose (world seed {@code
 * ocsp.<purpose>}), certified by every generation; it signs through the {@link CaSigner} port,
 * swappable as a fault knob.
 */
public final class ResponderIdentity {

  private final CaGeneration issuer;
  private final X509CertificateHolder certificate;
  private final AtomicReference<CaSigner> signer;

  ResponderIdentity(CaGeneration issuer, KeyPair keys) {
    this.issuer = issuer;
    this.signer = new AtomicReference<>(new KeyPairSigner(keys));
    this.certificate = certify(issuer, keys);
  }

  private static X509CertificateHolder certify(CaGeneration issuer, KeyPair keys) {
    X500Name subject =
        new X500NameBuilder(BCStyle.INSTANCE)
            .addRDN(BCStyle.C, "JP")
            .addRDN(BCStyle.O, JpkiNames.ORGANISATION)
            .addRDN(BCStyle.OU, issuer.purpose().organisationalUnit())
            .addRDN(BCStyle.OU, "OCSP Responder")
            .addRDN(BCStyle.CN, "JPKI-TEST " + issuer.label() + " OCSP Responder")
            .build();
    SubjectPublicKeyInfo spki = SubjectPublicKeyInfo.getInstance(keys.getPublic().getEncoded());
    X509CertificateHolder ca = issuer.holder();
    try {
      X509v3CertificateBuilder b =
          new X509v3CertificateBuilder(
              issuer.name(),
              issuer.serial().shiftLeft(8).add(BigInteger.valueOf(0x0c)),
              ca.getNotBefore(),
              ca.getNotAfter(),
              subject,
              spki);
      b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
      b.addExtension(
          Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_OCSPSigning));
      b.addExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nocheck, false, DERNull.INSTANCE);
      b.addExtension(
          Extension.authorityKeyIdentifier,
          false,
          new AuthorityKeyIdentifier(
              issuer.keyId(),
              new GeneralNames(new GeneralName(GeneralName.directoryName, issuer.name())),
              issuer.serial()));
      b.addExtension(
          Extension.subjectKeyIdentifier,
          false,
          new SubjectKeyIdentifier(
              MessageDigest.getInstance("SHA-1").digest(spki.getPublicKeyData().getBytes())));
      return b.build(issuer.contentSigner());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is required by the Java platform", e);
    }
  }

  public CaGeneration issuer() {
    return issuer;
  }

  /** The responder certificate included in every response. */
  public X509CertificateHolder certificate() {
    return certificate;
  }

  public ContentSigner contentSigner() {
    return new SignerContentSigner(signer.get());
  }

  /** Replaces the responder's signer (fault injection) and returns the previous one. */
  public CaSigner injectSigner(CaSigner replacement) {
    return signer.getAndSet(Objects.requireNonNull(replacement, "replacement"));
  }

  Date notAfter() {
    return certificate.getNotAfter();
  }
}
