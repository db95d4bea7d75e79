package dev.mynalab.card.personalisation;

import dev.mynalab.kit.random.WorldSeed;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.util.Date;
import java.util.SplittableRandom;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERTaggedObject;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.PolicyInformation;
import org.bouncycastle.asn1.x509.PolicyQualifierInfo;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A small, self-contained TEST JPKI issuer (Bouncy Castle) so that {@code card serve} and this
 * module's tests have certified on-card keys before the CA simulator joins in the {@code world}
 * module. Profile after card-interface.md §5, with TEST names ({@code O=JPKI-TEST}) and the test
 * hierarchy's policy arc {@code 1.2.392.200149.8.5.1.0.*}. Not the reference CA: no CRL, no OCSP.
 */
public final class TestJpkiIssuer implements JpkiCertifier {

  /** 署名用 test policy (card-interface.md §5: MynaWallet hackathon doc). */
  public static final String SIGN_POLICY = "1.2.392.200149.8.5.1.0.20";

  /** 利用者証明用 test policy, by analogy with the production .1.3.30. */
  public static final String AUTH_POLICY = "1.2.392.200149.8.5.1.0.30";

  private static final String SAN_ARC = "1.2.392.200149.8.5.5.";

  private final Clock clock;
  private final SecureRandom random;
  private final SplittableRandom serials;
  private final KeyPair signCaKey;
  private final KeyPair authCaKey;
  private final X509Certificate signCa;
  private final X509Certificate authCa;

  private TestJpkiIssuer(WorldSeed seed, Clock clock) throws Exception {
    this.clock = clock;
    this.random = TestRandom.forPurpose(seed, "card.test-jpki-issuer");
    this.serials = seed.stream("card.test-jpki-serials");
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(2048, random);
    signCaKey = g.generateKeyPair();
    authCaKey = g.generateKeyPair();
    signCa = selfSigned(caName("JPKI-TEST for digital signature"), signCaKey);
    authCa = selfSigned(caName("JPKI-TEST for user authentication"), authCaKey);
  }

  public static TestJpkiIssuer create(WorldSeed seed, Clock clock) {
    try {
      return new TestJpkiIssuer(seed, clock);
    } catch (Exception e) {
      throw new IllegalStateException("cannot create the TEST JPKI issuer", e);
    }
  }

  @Override
  public X509Certificate signingCa() {
    return signCa;
  }

  @Override
  public X509Certificate authenticationCa() {
    return authCa;
  }

  /** 利用者証明用証明書: subject {@code C=JP, CN=<23 chars with the municipality code>}, no name. */
  @Override
  public X509Certificate certifyAuthentication(PublicKey key, HolderData holder) {
    X500Name subject =
        new X500NameBuilder(BCStyle.INSTANCE)
            .addRDN(BCStyle.C, "JP")
            .addRDN(BCStyle.CN, subjectId(holder))
            .build();
    return endEntity(
        subject, key, holder, authCa, authCaKey, false, AUTH_POLICY, KeyUsage.digitalSignature);
  }

  /** 署名用証明書: the 基本4情報 in six otherName SAN entries (card-interface.md §5). */
  @Override
  public X509Certificate certifySigning(PublicKey key, HolderData holder) {
    X500Name subject =
        new X500NameBuilder(BCStyle.INSTANCE)
            .addRDN(BCStyle.C, "JP")
            .addRDN(BCStyle.L, "municipality " + holder.municipalityCode())
            .addRDN(BCStyle.CN, subjectId(holder))
            .build();
    return endEntity(
        subject,
        key,
        holder,
        signCa,
        signCaKey,
        true,
        SIGN_POLICY,
        KeyUsage.digitalSignature | KeyUsage.nonRepudiation);
  }

  private X509Certificate endEntity(
      X500Name subject,
      PublicKey key,
      HolderData holder,
      X509Certificate ca,
      KeyPair caKey,
      boolean signing,
      String policy,
      int keyUsage) {
    try {
      Instant now = clock.instant();
      X509v3CertificateBuilder b =
          new JcaX509v3CertificateBuilder(
              ca,
              BigInteger.valueOf(0x10000000L + serials.nextLong(0x6FFFFFFFL)),
              Date.from(now),
              Date.from(fifthBirthdayAfter(holder.dateOfBirth(), now)),
              subject,
              key);
      JcaX509ExtensionUtils u = new JcaX509ExtensionUtils();
      b.addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage));
      if (!signing) {
        b.addExtension(
            Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_clientAuth));
      }
      b.addExtension(
          Extension.certificatePolicies,
          true,
          new CertificatePolicies(
              new PolicyInformation(
                  new ASN1ObjectIdentifier(policy),
                  new DERSequence(
                      new PolicyQualifierInfo("https://jpki-test.mynalab.invalid/cps.html")))));
      if (signing) {
        b.addExtension(Extension.subjectAlternativeName, false, signingSan(holder));
      }
      b.addExtension(Extension.subjectKeyIdentifier, false, u.createSubjectKeyIdentifier(key));
      b.addExtension(Extension.authorityKeyIdentifier, false, u.createAuthorityKeyIdentifier(ca));
      return sign(b, caKey);
    } catch (Exception e) {
      throw new IllegalStateException("TEST certificate issuance failed: " + e.getMessage(), e);
    }
  }

  /** SAN otherNames in the real card's order .1, .4, .3, .5, .2, .6 (BLOG). */
  private static GeneralNames signingSan(HolderData h) {
    String nameAlt = "0".repeat(h.name().length());
    String addrAlt = "0".repeat(h.address().length());
    String sex = h.sex() == 9 ? "3" : Integer.toString(h.sex());
    return new GeneralNames(
        new GeneralName[] {
          other("1", h.name()),
          other("4", eraCode(h.dateOfBirth()) + h.birthYyyymmdd()),
          other("3", sex),
          other("5", h.address()),
          other("2", nameAlt),
          other("6", addrAlt)
        });
  }

  private static GeneralName other(String arc, String value) {
    return new GeneralName(
        GeneralName.otherName,
        new DERSequence(
            new ASN1Encodable[] {
              new ASN1ObjectIdentifier(SAN_ARC + arc),
              new DERTaggedObject(true, 0, new DERUTF8String(value))
            }));
  }

  /** 1 明治, 2 大正, 3 昭和, 4 平成, 5 令和 (card-interface.md §5, SAN .4). */
  static int eraCode(LocalDate date) {
    JapaneseEra era = JapaneseDate.from(date).getEra();
    return era.getValue() + 2;
  }

  /** 14:59:59Z (23:59:59 JST) of the 5th birthday after {@code issued}. */
  static Instant fifthBirthdayAfter(LocalDate dob, Instant issued) {
    LocalDate today = LocalDate.ofInstant(issued, dev.mynalab.kit.clock.WorldClock.JST);
    LocalDate birthday = dob.withYear(today.getYear());
    if (!birthday.isAfter(today)) {
      birthday = birthday.plusYears(1);
    }
    return birthday.plusYears(4).atTime(14, 59, 59).toInstant(ZoneOffset.UTC);
  }

  private String subjectId(HolderData h) {
    StringBuilder s = new StringBuilder();
    String alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    for (int i = 0; i < 14; i++) {
      s.append(alphabet.charAt(serials.nextInt(alphabet.length())));
    }
    return s.append(h.municipalityCode()).append("003A").toString();
  }

  private static X500Name caName(String ou) {
    return new X500NameBuilder(BCStyle.INSTANCE)
        .addRDN(BCStyle.C, "JP")
        .addRDN(BCStyle.O, "JPKI-TEST")
        .addRDN(BCStyle.OU, ou)
        .addRDN(BCStyle.OU, "Japan Agency for Local Authority Information Systems (TEST)")
        .build();
  }

  private X509Certificate selfSigned(X500Name name, KeyPair key) throws Exception {
    Instant now = clock.instant();
    X509v3CertificateBuilder b =
        new JcaX509v3CertificateBuilder(
            name,
            BigInteger.ONE,
            Date.from(now.minusSeconds(86_400)),
            Date.from(now.plusSeconds(10L * 365 * 86_400)),
            name,
            key.getPublic());
    JcaX509ExtensionUtils u = new JcaX509ExtensionUtils();
    b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
    b.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
    b.addExtension(
        Extension.subjectKeyIdentifier, false, u.createSubjectKeyIdentifier(key.getPublic()));
    return sign(b, key);
  }

  private X509Certificate sign(X509v3CertificateBuilder b, KeyPair key) throws Exception {
    return new JcaX509CertificateConverter()
        .getCertificate(
            b.build(new JcaContentSignerBuilder("SHA256withRSA").build(key.getPrivate())));
  }
}
