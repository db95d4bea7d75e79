package dev.mynalab.ca.access;

import dev.mynalab.ca.hierarchy.KeyPairSigner;
import dev.mynalab.ca.hierarchy.SignerContentSigner;
import dev.mynalab.ca.hierarchy.TestKeys;
import dev.mynalab.kit.random.WorldSeed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.SplittableRandom;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;

/**
 * A TEST CA for the transport only, separate from the JPKI hierarchy: it issues the revocation
 * endpoints' TLS server certificate and the TLS client certificates of registered verifiers. Its
 * keys come from the world seed ({@code infra.*}); its names say TEST.
 */
public final class InfrastructureCa {

  private final WorldSeed seed;
  private final KeyPair keys;
  private final X509Certificate certificate;
  private final SplittableRandom serials;
  private final Instant notBefore;

  public InfrastructureCa(WorldSeed seed, Instant now) {
    this.seed = seed;
    this.keys = TestKeys.rsa2048(seed, "infra.ca");
    this.serials = seed.stream("infra.serials");
    this.notBefore = now.minus(Duration.ofDays(1));
    X500Name name =
        new X500NameBuilder(BCStyle.INSTANCE)
            .addRDN(BCStyle.C, "JP")
            .addRDN(BCStyle.O, "mynalab-TEST")
            .addRDN(BCStyle.OU, "TEST ONLY - revocation access infrastructure")
            .addRDN(BCStyle.CN, "mynalab TEST TLS infrastructure CA")
            .build();
    try {
      X509v3CertificateBuilder b = builder(name, name, keys, Duration.ofDays(3650));
      b.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
      b.addExtension(
          Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
      this.certificate = sign(b);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public X509Certificate certificate() {
    return certificate;
  }

  /** A TLS server certificate for {@code localhost} and {@code 127.0.0.1} (and {@code host}). */
  public TlsCredential issueServer(String host) {
    KeyPair pair = TestKeys.rsa2048(seed, "infra.server");
    try {
      X509v3CertificateBuilder b =
          builder(
              X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()),
              new X500NameBuilder(BCStyle.INSTANCE)
                  .addRDN(BCStyle.C, "JP")
                  .addRDN(BCStyle.O, "mynalab-TEST")
                  .addRDN(BCStyle.CN, "JPKI-TEST revocation endpoints")
                  .build(),
              pair,
              Duration.ofDays(825));
      java.util.List<GeneralName> names = new java.util.ArrayList<>();
      names.add(new GeneralName(GeneralName.dNSName, "localhost"));
      names.add(new GeneralName(GeneralName.iPAddress, "127.0.0.1"));
      if (host != null && !host.equals("localhost") && !host.equals("127.0.0.1")) {
        names.add(
            new GeneralName(
                host.matches("[0-9.:]+") ? GeneralName.iPAddress : GeneralName.dNSName, host));
      }
      b.addExtension(
          Extension.subjectAlternativeName,
          false,
          new GeneralNames(names.toArray(GeneralName[]::new)));
      b.addExtension(
          Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
      b.addExtension(
          Extension.keyUsage,
          true,
          new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment));
      return new TlsCredential(sign(b), pair.getPrivate(), certificate);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A TLS client certificate for a verifier named {@code name}. */
  public TlsCredential issueClient(String name, VerifierRole role) {
    KeyPair pair = TestKeys.rsa2048(seed, "infra.client." + name);
    try {
      X509v3CertificateBuilder b =
          builder(
              X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()),
              new X500NameBuilder(BCStyle.INSTANCE)
                  .addRDN(BCStyle.C, "JP")
                  .addRDN(BCStyle.O, "mynalab-TEST")
                  .addRDN(BCStyle.OU, role.name())
                  .addRDN(BCStyle.CN, name + " (TEST verifier)")
                  .build(),
              pair,
              Duration.ofDays(825));
      b.addExtension(
          Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_clientAuth));
      b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
      return new TlsCredential(sign(b), pair.getPrivate(), certificate);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private X509v3CertificateBuilder builder(
      X500Name issuer, X500Name subject, KeyPair subjectKeys, Duration validity)
      throws IOException {
    BigInteger serial;
    synchronized (serials) {
      serial = BigInteger.valueOf(serials.nextLong() & Long.MAX_VALUE).add(BigInteger.ONE);
    }
    SubjectPublicKeyInfo spki =
        SubjectPublicKeyInfo.getInstance(subjectKeys.getPublic().getEncoded());
    X509v3CertificateBuilder b =
        new X509v3CertificateBuilder(
            issuer,
            serial,
            Date.from(notBefore),
            Date.from(notBefore.plus(validity)),
            subject,
            spki);
    try {
      JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
      b.addExtension(
          Extension.subjectKeyIdentifier,
          false,
          utils.createSubjectKeyIdentifier(subjectKeys.getPublic()));
      b.addExtension(
          Extension.authorityKeyIdentifier,
          false,
          utils.createAuthorityKeyIdentifier(keys.getPublic()));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
    return b;
  }

  private X509Certificate sign(X509v3CertificateBuilder b) {
    try {
      X509CertificateHolder holder = b.build(new SignerContentSigner(new KeyPairSigner(keys)));
      return new JcaX509CertificateConverter().getCertificate(holder);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot sign an infrastructure certificate", e);
    }
  }
}
