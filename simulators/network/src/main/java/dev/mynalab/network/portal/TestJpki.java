package dev.mynalab.network.portal;

import dev.mynalab.kit.random.WorldSeed;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A stand-in TEST CA for 利用者証明用電子証明書, so that マイナポータル login can be exercised before the lead joins
 * the real CA simulator: a self-signed {@code O=JPKI-TEST} CA, user certificates without personal
 * facts (like the real ones, rule EC-01), and J-LIS's link from certificate serial to 住民票コード. Keys
 * are EC P-256 for speed (the card uses RSA-2048; the verifier takes both), drawn from the world
 * seed: deterministic and worthless. Validity dates come from the given clock.
 */
public final class TestJpki {

  /** One user's card-side credential: the certificate and the private key that never leaves. */
  public record UserCredential(X509Certificate certificate, PrivateKey key) {

    /** Signs a login challenge as the card would (利用者証明用秘密鍵). */
    public byte[] sign(byte[] challenge) {
      try {
        Signature signature = Signature.getInstance("SHA256withECDSA");
        signature.initSign(key);
        signature.update(challenge);
        return signature.sign();
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("signing failed", e);
      }
    }

    public List<X509Certificate> chain() {
      return List.of(certificate);
    }
  }

  private final Clock clock;
  private final SecureRandom random;
  private final KeyPair caKeys;
  private final X509Certificate caCertificate;
  private final Map<BigInteger, String> holders = new HashMap<>();
  private long nextSerial = 1;

  public TestJpki(WorldSeed seed, Clock clock) {
    this.clock = clock;
    this.random = seed.secureRandom("network/test-jpki");
    this.caKeys = generate();
    X500Name ca = new X500Name("CN=JPKI-TEST User Authentication CA,O=JPKI-TEST,C=JP");
    this.caCertificate =
        certificate(
            ca, ca, caKeys, caKeys.getPrivate(), BigInteger.ONE, Duration.ofDays(3650), true);
  }

  /** Issues a user certificate linked to {@code juminhyoCode}, valid for 5 years from now. */
  public synchronized UserCredential issue(String juminhyoCode) {
    return issue(juminhyoCode, Duration.ofDays(5 * 365));
  }

  /** Issues a user certificate with an explicit validity, e.g. to test expiry. */
  public synchronized UserCredential issue(String juminhyoCode, Duration validity) {
    KeyPair user = generate();
    BigInteger serial = BigInteger.valueOf(++nextSerial);
    X509Certificate cert =
        certificate(
            new X500Name("CN=" + serial.toString(16) + ",O=JPKI-TEST,C=JP"),
            X500Name.getInstance(caCertificate.getSubjectX500Principal().getEncoded()),
            user,
            caKeys.getPrivate(),
            serial,
            validity,
            false);
    holders.put(serial, juminhyoCode);
    return new UserCredential(cert, user.getPrivate());
  }

  public X509Certificate caCertificate() {
    return caCertificate;
  }

  /** J-LIS's link: the 住民票コード of a certificate this CA issued. */
  public synchronized Optional<String> holderOf(X509Certificate certificate) {
    if (!certificate.getIssuerX500Principal().equals(caCertificate.getSubjectX500Principal())) {
      return Optional.empty();
    }
    return Optional.ofNullable(holders.get(certificate.getSerialNumber()));
  }

  /** A verifier that trusts only this TEST CA. */
  public AuthenticationVerifier verifier() {
    return new PkixAuthenticationVerifier(
        Set.of(new TrustAnchor(caCertificate, null)), clock, this::holderOf);
  }

  private KeyPair generate() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"), random);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("EC P-256 is required by the Java platform", e);
    }
  }

  private X509Certificate certificate(
      X500Name subject,
      X500Name issuer,
      KeyPair subjectKeys,
      PrivateKey issuerKey,
      BigInteger serial,
      Duration validity,
      boolean ca) {
    Instant notBefore = clock.instant().minus(Duration.ofMinutes(1));
    try {
      X509v3CertificateBuilder builder =
          new JcaX509v3CertificateBuilder(
              issuer,
              serial,
              Date.from(notBefore),
              Date.from(notBefore.plus(validity)),
              subject,
              subjectKeys.getPublic());
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
      builder.addExtension(
          Extension.keyUsage,
          true,
          new KeyUsage(ca ? KeyUsage.keyCertSign | KeyUsage.cRLSign : KeyUsage.digitalSignature));
      return new JcaX509CertificateConverter()
          .getCertificate(
              builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKey)));
    } catch (GeneralSecurityException | OperatorCreationException | java.io.IOException e) {
      throw new IllegalStateException("TEST certificate could not be made", e);
    }
  }
}
