package dev.mynalab.ca.issuance;

import dev.mynalab.ca.hierarchy.CaGeneration;
import dev.mynalab.ca.hierarchy.CaPurpose;
import dev.mynalab.ca.profile.EndEntityProfile;
import dev.mynalab.ca.profile.Municipality;
import dev.mynalab.ca.profile.Validity;
import dev.mynalab.ca.store.CertificateRecord;
import dev.mynalab.ca.store.CertificateStore;
import java.math.BigInteger;
import java.net.URI;
import java.security.PublicKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;

/**
 * Signs one end-entity certificate in the JPKI profile and records it. The store is written only
 * after the signature succeeded, so a failing signer leaves nothing behind.
 */
public final class CertificateIssuer {

  private final CertificateStore store;
  private final SerialNumbers serials;
  private final SubjectIds subjectIds;
  private final SubjectKeyIds keyIds;

  public CertificateIssuer(CertificateStore store, SerialNumbers serials, SubjectIds subjectIds) {
    this(store, serials, subjectIds, SubjectKeyIds.fixed());
  }

  /** With seeded subjectKeyIdentifier methods ({@link SubjectKeyIds}). */
  public CertificateIssuer(
      CertificateStore store, SerialNumbers serials, SubjectIds subjectIds, SubjectKeyIds keyIds) {
    this.store = store;
    this.serials = serials;
    this.subjectIds = subjectIds;
    this.keyIds = keyIds;
  }

  /** Issues and records a certificate; the caller has checked the rules. */
  public CertificateRecord issue(
      CaGeneration issuer,
      PublicKey key,
      Holder holder,
      Municipality municipality,
      Validity validity,
      URI ocspUrl) {
    return issue(issuer, key, holder, municipality, validity, ocspUrl, List.of());
  }

  /**
   * Issues and records a certificate with {@code additional} non-critical extensions after the
   * profile's own (e.g. the TEST smartphone marker, {@link
   * dev.mynalab.ca.profile.SmartphoneProfile}); the caller has checked the rules.
   */
  public CertificateRecord issue(
      CaGeneration issuer,
      PublicKey key,
      Holder holder,
      Municipality municipality,
      Validity validity,
      URI ocspUrl,
      List<Extension> additional) {
    for (Extension e : additional) {
      if (e.isCritical()) {
        throw new IllegalArgumentException("an added extension must not be critical: " + e);
      }
    }
    CaPurpose purpose = issuer.purpose();
    if (!"RSA".equals(key.getAlgorithm())) {
      throw new IssuanceRefused(
          "request", "JPKI certifies RSA-2048 card keys, got " + key.getAlgorithm());
    }
    SubjectPublicKeyInfo spki = SubjectPublicKeyInfo.getInstance(key.getEncoded());
    BigInteger serial = uniqueSerial(issuer);
    X509v3CertificateBuilder builder =
        new X509v3CertificateBuilder(
            issuer.name(),
            serial,
            Date.from(validity.notBefore()),
            Date.from(validity.notAfter()),
            EndEntityProfile.subject(purpose, subjectIds.next(municipality.code()), municipality),
            spki);
    try {
      for (Extension extension :
          EndEntityProfile.extensions(
              purpose,
              issuer,
              spki,
              municipality,
              ocspUrl,
              holder.basicFour(),
              keyIds.next(spki))) {
        builder.addExtension(extension);
      }
      for (Extension extension : additional) {
        builder.addExtension(extension);
      }
      X509CertificateHolder signed = builder.build(issuer.contentSigner());
      X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(signed);
      CertificateRecord record =
          new CertificateRecord(
              issuer, signed, certificate, holder.reference(), municipality, validity.lastDay());
      store.add(record);
      return record;
    } catch (CertIOException | CertificateException e) {
      throw new IllegalStateException("cannot encode the certificate", e);
    }
  }

  private BigInteger uniqueSerial(CaGeneration issuer) {
    for (int attempt = 0; attempt < 100; attempt++) {
      BigInteger serial = serials.next();
      if (!store.contains(issuer, serial)) {
        return serial;
      }
    }
    throw new IllegalStateException("no unused serial after 100 draws: widen ca.serial-bytes");
  }
}
