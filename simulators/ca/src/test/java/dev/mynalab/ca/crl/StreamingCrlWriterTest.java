package dev.mynalab.ca.crl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mynalab.ca.TestWorld;
import dev.mynalab.ca.hierarchy.CaPurpose;
import dev.mynalab.ca.store.RevocationReason;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class StreamingCrlWriterTest {

  private final TestWorld world = new TestWorld();

  private static List<CrlEntry> entries(int n) {
    SplittableRandom r = new SplittableRandom(n);
    RevocationReason[] reasons = RevocationReason.values();
    List<CrlEntry> list = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      byte[] serial = new byte[4 + r.nextInt(6)];
      r.nextBytes(serial);
      serial[0] = (byte) (1 + r.nextInt(0x7f));
      list.add(
          new CrlEntry(
              new BigInteger(1, serial),
              Instant.parse("2026-01-01T00:00:00Z").plusSeconds(r.nextInt(10_000_000)),
              reasons[r.nextInt(reasons.length)],
              // every third entry was recorded late: invalidityDate before the revocationDate
              i % 3 == 0
                  ? Instant.parse("2025-12-01T15:00:00Z").plusSeconds(r.nextInt(86_400))
                  : null));
    }
    return list;
  }

  @Test
  void writesExactlyWhatTheBouncyCastleBuilderWrites() throws Exception {
    CrlPartition partition =
        new CrlPartition(
            world.ca.hierarchy().current(CaPurpose.AUTHENTICATION),
            world.ca.municipalities().byCode("01106").orElseThrow());
    Instant thisUpdate = Instant.parse("2026-11-27T01:00:00Z");
    Instant nextUpdate = Instant.parse("2026-11-28T01:00:00Z");
    for (int n : new int[] {0, 1, 3, 200, 5000}) {
      List<CrlEntry> list = entries(n);
      for (BigInteger base : new BigInteger[] {null, BigInteger.valueOf(7)}) {
        byte[] expected =
            CrlEncoder.encode(
                partition, BigInteger.valueOf(300), base, thisUpdate, nextUpdate, list);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long written =
            StreamingCrlWriter.write(
                out,
                partition,
                BigInteger.valueOf(300),
                base,
                thisUpdate,
                nextUpdate,
                list::forEach);
        assertThat(out.toByteArray()).as("n=%d base=%s", n, base).isEqualTo(expected);
        assertThat(written).isEqualTo(expected.length);
      }
    }
  }

  @Test
  void theStreamedCrlVerifiesAndAnswersLookups() throws Exception {
    CrlPartition partition =
        new CrlPartition(
            world.ca.hierarchy().current(CaPurpose.SIGNATURE),
            world.ca.municipalities().byCode("13221").orElseThrow());
    List<CrlEntry> list = entries(5_000);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StreamingCrlWriter.write(
        out,
        partition,
        BigInteger.ONE,
        null,
        Instant.parse("2026-11-27T01:00:00Z"),
        Instant.parse("2026-11-28T01:00:00Z"),
        list::forEach);
    X509CRL crl =
        (X509CRL)
            CertificateFactory.getInstance("X.509")
                .generateCRL(new ByteArrayInputStream(out.toByteArray()));
    crl.verify(partition.issuer().publicKey());
    assertThat(crl.getRevokedCertificates()).hasSize(5_000);
    assertThat(crl.getRevokedCertificate(list.get(1_234).serial())).isNotNull();
  }
}
