package dev.mynalab.ca.hierarchy;

import dev.mynalab.kit.clock.WorldClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;

/**
 * Builds a self-signed JPKI root in the real profile (card-interface.md §5): RSA-2048,
 * sha256WithRSA, ten years ending at 14:59:59Z (23:59:59 JST) of the day before the tenth
 * anniversary, extensions in the real order — keyUsage (critical, keyCertSign + cRLSign),
 * subjectAltName DirName in Japanese, basicConstraints (critical, CA:TRUE), a CRL DP DirName equal
 * to the CA DN (where the ARL lives), SKI.
 */
public final class CaCertificateFactory {

  private CaCertificateFactory() {}

  /** The end of a validity that runs {@code years} years from the JST date of {@code notBefore}. */
  public static Instant tenYearsEnd(Instant notBefore, int years) {
    LocalDate start = LocalDate.ofInstant(notBefore, WorldClock.JST);
    return start
        .plusYears(years)
        .minusDays(1)
        .atTime(LocalTime.of(23, 59, 59))
        .atZone(WorldClock.JST)
        .toInstant();
  }

  static CaGeneration selfSigned(
      CaPurpose purpose, int number, KeyPair keys, BigInteger serial, Instant notBefore) {
    X500Name name = JpkiNames.ca(purpose);
    CaSigner signer = new KeyPairSigner(keys);
    try {
      SubjectPublicKeyInfo spki = SubjectPublicKeyInfo.getInstance(keys.getPublic().getEncoded());
      X509v3CertificateBuilder builder =
          new X509v3CertificateBuilder(
              name,
              serial,
              Date.from(notBefore),
              Date.from(tenYearsEnd(notBefore, 10)),
              name,
              spki);
      builder.addExtension(
          Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
      builder.addExtension(
          Extension.subjectAlternativeName,
          false,
          new GeneralNames(
              new GeneralName(GeneralName.directoryName, JpkiNames.caAlternative(purpose))));
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
      builder.addExtension(
          Extension.cRLDistributionPoints,
          false,
          new CRLDistPoint(
              new DistributionPoint[] {
                new DistributionPoint(
                    new DistributionPointName(
                        new GeneralNames(new GeneralName(GeneralName.directoryName, name))),
                    null,
                    null)
              }));
      builder.addExtension(
          Extension.subjectKeyIdentifier,
          false,
          new JcaX509ExtensionUtils().createSubjectKeyIdentifier(keys.getPublic()));
      X509CertificateHolder holder = builder.build(new SignerContentSigner(signer));
      X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(holder);
      return new CaGeneration(purpose, number, holder, certificate, signer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot build the " + purpose + " root", e);
    }
  }
}
