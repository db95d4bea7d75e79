package dev.mynalab.verifier.crl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.SplittableRandom;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.ExtensionsGenerator;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The streaming index agrees with the JDK's X509CRL on every serial of small CRLs. */
class StreamingCrlReaderTest {

  static KeyPair key;
  static KeyPair other;
  static final X500Name ISSUER = new X500Name("CN=TEST CRL issuer,O=JPKI-TEST,C=JP");

  @BeforeAll
  static void keys() throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(2048, SecureRandom.getInstance("SHA1PRNG"));
    key = g.generateKeyPair();
    other = g.generateKeyPair();
  }

  static byte[] crl(List<BigInteger> serials, SplittableRandom r, Instant base) throws Exception {
    X509v2CRLBuilder b = new X509v2CRLBuilder(ISSUER, Date.from(base));
    b.setNextUpdate(Date.from(base.plusSeconds(86_400)));
    for (BigInteger s : serials) {
      Date when = Date.from(base.minusSeconds(r.nextInt(1_000_000)));
      int choice = r.nextInt(4);
      if (choice == 0) {
        b.addCRLEntry(s, when, (org.bouncycastle.asn1.x509.Extensions) null);
      } else {
        int reason =
            new int[] {CRLReason.keyCompromise, CRLReason.affiliationChanged, CRLReason.superseded}
                [choice - 1];
        ExtensionsGenerator e = new ExtensionsGenerator();
        e.addExtension(Extension.reasonCode, false, CRLReason.lookup(reason));
        b.addCRLEntry(s, when, e.generate());
      }
    }
    return b.build(new JcaContentSignerBuilder("SHA256withRSA").build(key.getPrivate()))
        .getEncoded();
  }

  static List<BigInteger> serials(SplittableRandom r, int n) {
    java.util.Set<BigInteger> list = new java.util.LinkedHashSet<>(); // a CRL lists a serial once
    while (list.size() < n) {
      int bytes = 1 + r.nextInt(20); // 1..20 octets: longs, 128-bit and overflow serials
      byte[] b = new byte[bytes];
      for (int j = 0; j < bytes; j++) {
        b[j] = (byte) r.nextInt(256);
      }
      list.add(new BigInteger(1, b));
    }
    return new ArrayList<>(list);
  }

  @Test
  void agreesWithTheJdkOnEverySerial() throws Exception {
    SplittableRandom r = new SplittableRandom(6);
    Instant base = Instant.parse("2026-11-27T00:00:00Z");
    for (int round = 0; round < 5; round++) {
      List<BigInteger> revoked = serials(r, 1 + r.nextInt(400));
      byte[] der = crl(revoked, r, base);
      StreamedCrl ours = StreamingCrlReader.read(new ByteArrayInputStream(der), key.getPublic());
      X509CRL jdk =
          (X509CRL)
              CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(der));
      jdk.verify(key.getPublic());
      assertThat(ours.signatureValid()).isTrue();
      assertThat(ours.index().size()).isEqualTo(jdk.getRevokedCertificates().size());
      assertThat(ours.thisUpdate()).isEqualTo(jdk.getThisUpdate().toInstant());
      assertThat(ours.nextUpdate()).isEqualTo(jdk.getNextUpdate().toInstant());
      List<BigInteger> probes = new ArrayList<>(revoked);
      probes.addAll(serials(r, 300)); // mostly not revoked
      for (BigInteger s : probes) {
        X509CRLEntry e = jdk.getRevokedCertificate(s);
        var mine = ours.index().find(s);
        assertThat(mine.isPresent()).as("serial %s", s.toString(16)).isEqualTo(e != null);
        if (e != null) {
          assertThat(mine.get().revokedEpochSecond())
              .isEqualTo(e.getRevocationDate().toInstant().getEpochSecond());
          int reason = e.getRevocationReason() == null ? 0 : e.getRevocationReason().ordinal();
          assertThat(mine.get().reasonCode()).isEqualTo(reason);
        }
      }
    }
  }

  @Test
  void anEmptyCrlHasNoEntries() throws Exception {
    byte[] der = crl(List.of(), new SplittableRandom(1), Instant.parse("2026-11-27T00:00:00Z"));
    StreamedCrl ours = StreamingCrlReader.read(new ByteArrayInputStream(der), key.getPublic());
    assertThat(ours.signatureValid()).isTrue();
    assertThat(ours.index().size()).isZero();
    assertThat(ours.index().find(BigInteger.ONE)).isEmpty();
  }

  @Test
  void theWrongKeyOrATamperedEntryFailsTheSignature() throws Exception {
    SplittableRandom r = new SplittableRandom(7);
    byte[] der = crl(serials(r, 50), r, Instant.parse("2026-11-27T00:00:00Z"));
    assertThat(
            StreamingCrlReader.read(new ByteArrayInputStream(der), other.getPublic())
                .signatureValid())
        .isFalse();
    byte[] tampered = der.clone();
    tampered[200] ^= 0x01;
    boolean valid;
    try {
      valid =
          StreamingCrlReader.read(new ByteArrayInputStream(tampered), key.getPublic())
              .signatureValid();
    } catch (IOException e) {
      valid = false; // the flip broke the structure: also refused
    }
    assertThat(valid).isFalse();
  }

  @Test
  void truncatedOrNonDerInputIsRefused() throws Exception {
    SplittableRandom r = new SplittableRandom(8);
    byte[] der = crl(serials(r, 10), r, Instant.parse("2026-11-27T00:00:00Z"));
    byte[] cut = java.util.Arrays.copyOf(der, der.length / 2);
    assertThatThrownBy(
            () -> StreamingCrlReader.read(new ByteArrayInputStream(cut), key.getPublic()))
        .isInstanceOf(IOException.class);
    assertThatThrownBy(
            () ->
                StreamingCrlReader.read(
                    new ByteArrayInputStream("garbage".getBytes()), key.getPublic()))
        .isInstanceOf(IOException.class);
  }
}
