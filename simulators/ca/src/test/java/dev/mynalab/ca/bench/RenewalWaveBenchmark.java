package dev.mynalab.ca.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mynalab.ca.CaSettings;
import dev.mynalab.ca.JpkiCertificateAuthority;
import dev.mynalab.ca.hierarchy.CaPurpose;
import dev.mynalab.ca.hierarchy.TestKeys;
import dev.mynalab.ca.issuance.Holder;
import dev.mynalab.ca.profile.BasicFour;
import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.kit.journal.Journal;
import dev.mynalab.kit.person.Sex;
import dev.mynalab.kit.random.WorldSeed;
import java.security.KeyPair;
import java.security.Signature;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * RN-03, the FY2025 renewal wave (about 1,580万 certificates, domain-rules.md RN-03 / ST-11),
 * against the simulated CA: how fast it renews certificates (both purposes, the full JPKI profile,
 * ledger, OCSP pre-signing and CRL bookkeeping), with the floor of that work measured in the same
 * run — one bare SHA256withRSA signature with the same CA key size per certificate. Prints the
 * rates, how long the CA would take to replay the whole wave, and its headroom over the wave's
 * average rate in office hours; writes {@code reports/benchmarks/ca-renewal-wave.json}.
 */
@Tag("benchmark")
class RenewalWaveBenchmark {

  /** FY2025 certificate expiries (RN-03: 電子証明書 about 1,580万). */
  static final long WAVE_CERTIFICATES = 15_800_000L;

  /** Counter hours in FY2025: 243 working days of 8 h 45 min (08:30–17:15). */
  static final double OFFICE_HOURS = 243 * 8.75;

  static final int HOLDERS = 400;

  @Test
  void renewalsPerSecondAgainstBareSigningAndTheWave() throws Exception {
    WorldSeed seed = WorldSeed.of(25);
    WorldClock clock = WorldClock.running();
    Journal journal = new Journal(clock, 1_000);
    JpkiCertificateAuthority ca =
        JpkiCertificateAuthority.create(clock, seed, journal, CaSettings.defaults());
    KeyPair card = TestKeys.rsa2048(seed, "bench.renewal.card");
    List<Holder> holders = new ArrayList<>();
    for (int i = 0; i < HOLDERS; i++) {
      Holder h =
          Holder.of(
              "wave-" + i,
              "13221",
              BasicFour.of(
                  "更新　" + i,
                  i % 2 == 0 ? Sex.MALE : Sex.FEMALE,
                  LocalDate.of(1970, 1, 1).plusDays(i * 37L),
                  "東京都清瀬市元町１－２－３"));
      holders.add(h);
      ca.issue(CaPurpose.AUTHENTICATION, card.getPublic(), h, clock.today().plusYears(9));
      ca.issue(CaPurpose.SIGNATURE, card.getPublic(), h, clock.today().plusYears(9));
    }

    renewAll(ca, holders, card, clock); // warm-up
    long t0 = System.nanoTime();
    int renewed = renewAll(ca, holders, card, clock);
    double caSeconds = (System.nanoTime() - t0) / 1e9;
    double caRate = renewed / caSeconds;

    KeyPair caKey = TestKeys.rsa2048(seed, "bench.renewal.floor");
    byte[] tbs = ca.store().all().get(0).certificate().getTBSCertificate();
    bareSignatures(caKey, tbs, renewed); // warm-up
    long t1 = System.nanoTime();
    bareSignatures(caKey, tbs, renewed);
    double floorRate = renewed / ((System.nanoTime() - t1) / 1e9);

    double waveAverage = WAVE_CERTIFICATES / (OFFICE_HOURS * 3600);
    double replayHours = WAVE_CERTIFICATES / caRate / 3600;
    assertThat(renewed).isEqualTo(2 * HOLDERS);
    System.out.printf(
        "CA renewals %,.0f/s (%d in %.2f s); bare RSA-2048 signing %,.0f/s; CA / bare x%.2f%n",
        caRate, renewed, caSeconds, floorRate, caRate / floorRate);
    System.out.printf(
        "FY2025 wave: %,d certificates = %.2f/s over office hours; the CA replays it in %.1f h"
            + " (headroom x%.0f)%n",
        WAVE_CERTIFICATES, waveAverage, replayHours, caRate / waveAverage);

    Map<String, Object> report = new LinkedHashMap<>();
    report.put("benchmark", "ca-renewal-wave");
    report.put("requirement", "REQ-RN-03");
    report.put("machine", BenchmarkReport.machine());
    report.put("holders", HOLDERS);
    report.put("renewedCertificates", renewed);
    report.put("caRenewalsPerSecond", Math.round(caRate));
    report.put("bareSignaturesPerSecond", Math.round(floorRate));
    report.put("caOverBare", Math.round(caRate / floorRate * 100) / 100.0);
    report.put("waveCertificates", WAVE_CERTIFICATES);
    report.put("waveOfficeHours", OFFICE_HOURS);
    report.put("waveAveragePerSecond", Math.round(waveAverage * 100) / 100.0);
    report.put("caReplayHours", Math.round(replayHours * 10) / 10.0);
    report.put("headroomOverWaveAverage", Math.round(caRate / waveAverage));
    System.out.println("wrote " + BenchmarkReport.write("ca-renewal-wave", report));
  }

  private static int renewAll(
      JpkiCertificateAuthority ca, List<Holder> holders, KeyPair card, WorldClock clock) {
    int n = 0;
    for (Holder h : holders) {
      ca.renew(CaPurpose.AUTHENTICATION, card.getPublic(), h, clock.today().plusYears(9));
      ca.renew(CaPurpose.SIGNATURE, card.getPublic(), h, clock.today().plusYears(9));
      n += 2;
    }
    return n;
  }

  private static void bareSignatures(KeyPair key, byte[] tbs, int count) throws Exception {
    Signature s = Signature.getInstance("SHA256withRSA");
    for (int i = 0; i < count; i++) {
      s.initSign(key.getPrivate());
      s.update(tbs);
      s.update((byte) i);
      assertThat(s.sign()).hasSize(256);
    }
  }
}
