package dev.mynalab.reports.sign;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The installation's report-signing keys, kept in one directory ({@code reports/keys/} of the
 * checkout, gitignored) and generated on first use: a TEST report-signing CA ({@value #CA_NAME})
 * and a signer certificate it issues. Each installation has its own keys, so a report says which
 * installation produced it; the CA certificate ({@value #CA_FILE}) may be handed to whoever
 * verifies reports. Private keys never leave the directory and are never committed.
 *
 * <p>Validity dates come from the injected clock (DESIGN.md principle 6); key material from a
 * {@link SecureRandom} the caller chooses.
 */
public final class ReportSigningKeys {

  public static final String CA_NAME = "CN=mynalab TEST report-signing CA, O=JPKI-TEST, C=JP";
  public static final String SIGNER_NAME = "CN=mynalab TEST report signer, O=JPKI-TEST, C=JP";
  public static final String CA_FILE = "report-signing-ca.pem";
  static final String CA_KEY_FILE = "report-signing-ca.key.pem";
  static final String SIGNER_FILE = "report-signer.pem";
  static final String SIGNER_KEY_FILE = "report-signer.key.pem";
  private static final Duration VALIDITY = Duration.ofDays(3650);

  private ReportSigningKeys() {}

  /** The signing identity in {@code dir}, generating it there first when it is not there yet. */
  public static SigningIdentity loadOrCreate(Path dir, Clock clock, SecureRandom random) {
    if (Files.isRegularFile(dir.resolve(SIGNER_KEY_FILE))) {
      return load(dir);
    }
    return create(dir, clock, random);
  }

  /** The identity in {@code dir}; fails naming the file when one is missing or unreadable. */
  public static SigningIdentity load(Path dir) {
    return new SigningIdentity(
        Pem.readPrivateKey(dir.resolve(SIGNER_KEY_FILE)),
        Pem.readCertificate(dir.resolve(SIGNER_FILE)),
        Pem.readCertificate(dir.resolve(CA_FILE)));
  }

  /** A new CA and signer, written into {@code dir}. */
  public static SigningIdentity create(Path dir, Clock clock, SecureRandom random) {
    try {
      Files.createDirectories(dir);
      Instant now = clock.instant();
      KeyPair caKeys = rsa(random);
      KeyPair signerKeys = rsa(random);
      X500Name ca = x500(CA_NAME);
      X509Certificate caCert = certificate(ca, ca, caKeys, caKeys, now, random, true);
      X509Certificate signerCert =
          certificate(x500(SIGNER_NAME), ca, signerKeys, caKeys, now, random, false);
      writePrivate(dir.resolve(CA_KEY_FILE), Pem.encode(caKeys.getPrivate()));
      writePrivate(dir.resolve(SIGNER_KEY_FILE), Pem.encode(signerKeys.getPrivate()));
      Files.writeString(dir.resolve(CA_FILE), Pem.encode(caCert), StandardCharsets.US_ASCII);
      Files.writeString(
          dir.resolve(SIGNER_FILE), Pem.encode(signerCert), StandardCharsets.US_ASCII);
      return new SigningIdentity(signerKeys.getPrivate(), signerCert, caCert);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write report-signing keys into " + dir, e);
    } catch (GeneralSecurityException | OperatorCreationException e) {
      throw new IllegalStateException("cannot create report-signing keys: " + e.getMessage(), e);
    }
  }

  /** A name written most-specific first (as RFC 4514 prints it), encoded country first. */
  private static X500Name x500(String display) {
    RDN[] rdns = new X500Name(display).getRDNs();
    RDN[] encoded = new RDN[rdns.length];
    for (int i = 0; i < rdns.length; i++) {
      encoded[i] = rdns[rdns.length - 1 - i];
    }
    return new X500Name(encoded);
  }

  private static KeyPair rsa(SecureRandom random) throws GeneralSecurityException {
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(2048, random);
    return g.generateKeyPair();
  }

  private static X509Certificate certificate(
      X500Name subject,
      X500Name issuer,
      KeyPair subjectKeys,
      KeyPair issuerKeys,
      Instant now,
      SecureRandom random,
      boolean isCa)
      throws GeneralSecurityException, OperatorCreationException, IOException {
    JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
    X509v3CertificateBuilder b =
        new JcaX509v3CertificateBuilder(
            issuer,
            new BigInteger(64, random).setBit(63),
            Date.from(now.minus(Duration.ofDays(1))),
            Date.from(now.plus(VALIDITY)),
            subject,
            subjectKeys.getPublic());
    b.addExtension(Extension.basicConstraints, true, new BasicConstraints(isCa));
    b.addExtension(
        Extension.subjectKeyIdentifier,
        false,
        ext.createSubjectKeyIdentifier(subjectKeys.getPublic()));
    b.addExtension(
        Extension.authorityKeyIdentifier,
        false,
        ext.createAuthorityKeyIdentifier(issuerKeys.getPublic()));
    if (isCa) {
      b.addExtension(
          Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
    } else {
      b.addExtension(
          Extension.keyUsage,
          true,
          new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
      b.addExtension(
          Extension.extendedKeyUsage,
          false,
          new ExtendedKeyUsage(KeyPurposeId.id_kp_emailProtection));
    }
    return new JcaX509CertificateConverter()
        .getCertificate(
            b.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKeys.getPrivate())));
  }

  private static void writePrivate(Path file, String pem) throws IOException {
    Files.deleteIfExists(file);
    try {
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException e) {
      Files.createFile(file);
    }
    Files.writeString(file, pem, StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
  }
}
