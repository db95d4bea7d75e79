package dev.mynalab.verifier.server;

import dev.mynalab.ca.access.TlsCredential;
import dev.mynalab.ca.hierarchy.TestKeys;
import dev.mynalab.kit.random.WorldSeed;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.SplittableRandom;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The TEST relying-party CA of the verifier service: issues the service's TLS server certificate
 * and the TLS client certificates relying parties authenticate with. Transport only — nothing to do
 * with the JPKI roots. Keys come from the world seed ({@code verifier.rp.*}).
 */
public final class RelyingPartyCa {

  private final WorldSeed seed;
  private final KeyPair keys;
  private final X509Certificate certificate;
  private final SplittableRandom serials;
  private final Instant notBefore;

  public RelyingPartyCa(WorldSeed seed, Instant now) {
    this.seed = seed;
    this.keys = TestKeys.rsa2048(seed, "verifier.rp.ca");
    this.serials = seed.stream("verifier.rp.serials");
    this.notBefore = now.minus(Duration.ofDays(1));
    X500Name name =
        new X500Name(
            "CN=mynalab TEST relying-party CA,OU=TEST ONLY - verifier access,O=mynalab-TEST,C=JP");
    try {
      JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
      X509v3CertificateBuilder b = builder(name, name, keys, Duration.ofDays(3650), utils);
      b.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
      b.addExtension(
          Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
      this.certificate = sign(b);
    } catch (Exception e) {
      throw new IllegalStateException("cannot create the TEST relying-party CA", e);
    }
  }

  public X509Certificate certificate() {
    return certificate;
  }

  /** The verifier service's TLS server certificate (localhost, 127.0.0.1, ::1). */
  public TlsCredential issueServer() {
    KeyPair pair = TestKeys.rsa2048(seed, "verifier.rp.server");
    return issue(
        "CN=mynalab TEST verifier service,O=mynalab-TEST,C=JP",
        pair,
        KeyPurposeId.id_kp_serverAuth,
        List.of(
            new GeneralName(GeneralName.dNSName, "localhost"),
            new GeneralName(GeneralName.iPAddress, "127.0.0.1"),
            new GeneralName(GeneralName.iPAddress, "::1")));
  }

  /** A relying party's TLS client certificate. */
  public TlsCredential issueClient(String name) {
    KeyPair pair = TestKeys.rsa2048(seed, "verifier.rp.client." + name);
    return issue(
        "CN=" + name + " (TEST relying party),O=mynalab-TEST,C=JP",
        pair,
        KeyPurposeId.id_kp_clientAuth,
        List.of());
  }

  private TlsCredential issue(
      String subject, KeyPair pair, KeyPurposeId eku, List<GeneralName> names) {
    try {
      JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
      X509v3CertificateBuilder b =
          builder(
              X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()),
              new X500Name(subject),
              pair,
              Duration.ofDays(825),
              utils);
      if (!names.isEmpty()) {
        b.addExtension(
            Extension.subjectAlternativeName,
            false,
            new GeneralNames(new ArrayList<>(names).toArray(GeneralName[]::new)));
      }
      b.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(eku));
      b.addExtension(
          Extension.keyUsage,
          true,
          new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment));
      return new TlsCredential(sign(b), pair.getPrivate(), certificate);
    } catch (Exception e) {
      throw new IllegalStateException("cannot issue a TEST relying-party certificate", e);
    }
  }

  private X509v3CertificateBuilder builder(
      X500Name issuer,
      X500Name subject,
      KeyPair subjectKeys,
      Duration validity,
      JcaX509ExtensionUtils utils)
      throws Exception {
    BigInteger serial;
    synchronized (serials) {
      serial = BigInteger.valueOf(serials.nextLong() & Long.MAX_VALUE).add(BigInteger.ONE);
    }
    X509v3CertificateBuilder b =
        new JcaX509v3CertificateBuilder(
            issuer,
            serial,
            Date.from(notBefore),
            Date.from(notBefore.plus(validity)),
            subject,
            subjectKeys.getPublic());
    b.addExtension(
        Extension.subjectKeyIdentifier,
        false,
        utils.createSubjectKeyIdentifier(subjectKeys.getPublic()));
    b.addExtension(
        Extension.authorityKeyIdentifier,
        false,
        utils.createAuthorityKeyIdentifier(keys.getPublic()));
    return b;
  }

  private X509Certificate sign(X509v3CertificateBuilder b) throws Exception {
    return new JcaX509CertificateConverter()
        .getCertificate(
            b.build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
  }
}
