package dev.mynalab.ca.bench;

import dev.mynalab.ca.crl.CrlEncoder;
import dev.mynalab.ca.crl.CrlEntry;
import dev.mynalab.ca.crl.CrlPartition;
import dev.mynalab.ca.crl.StreamingCrlWriter;
import dev.mynalab.ca.hierarchy.CaGeneration;
import dev.mynalab.ca.hierarchy.CaHierarchy;
import dev.mynalab.ca.hierarchy.CaPurpose;
import dev.mynalab.ca.profile.Municipality;
import dev.mynalab.ca.store.RevocationReason;
import dev.mynalab.kit.random.WorldSeed;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue item 8: build and sign partitioned CRL sets totalling 1 M and 10 M entries — Bouncy
 * Castle's builder (one byte[] per CRL) against the streaming writer (constant memory) — plus one
 * unpartitioned CRL of 1 M (both ways) and of 10 M (streaming only: the builder would need ~2-3 GB
 * of entry objects). Bytes are counted, not stored. Run with {@code ./mvnw -pl simulators/ca -am
 * verify -Dgroups=benchmark -DexcludedGroups=none -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
class CrlScaleBenchmark {

  /** Japan has 1,741 市区町村 (plus Tokyo's 23 wards); the partitions are synthetic. */
  static final int MUNICIPALITIES = 1_741;

  private final CaGeneration issuer =
      CaHierarchy.create(WorldSeed.of(8), Instant.parse("2026-11-27T00:00:00Z"), 1)
          .current(CaPurpose.AUTHENTICATION);
  private final Instant thisUpdate = Instant.parse("2026-11-27T01:00:00Z");
  private final Instant nextUpdate = Instant.parse("2026-11-28T01:00:00Z");

  /**
   * The entries of partition {@code p} out of {@code partitions}, regenerated identically per call.
   */
  private static StreamingCrlWriter.Entries entries(long total, int partitions, int p) {
    long count = total / partitions + (p < total % partitions ? 1 : 0);
    return visitor -> {
      SplittableRandom r = new SplittableRandom(1_000_003L * p + total);
      RevocationReason[] reasons = RevocationReason.values();
      for (long i = 0; i < count; i++) {
        long serial = 0x01000000L + ((p * 0x10000L + i) * 2654435761L & 0x7fffffffffL);
        visitor.accept(
            new CrlEntry(
                BigInteger.valueOf(serial),
                Instant.parse("2024-01-01T00:00:00Z").plusSeconds(r.nextInt(90_000_000)),
                reasons[r.nextInt(reasons.length)]));
      }
    };
  }

  private CrlPartition partition(int p) {
    return new CrlPartition(
        issuer,
        new Municipality(
            String.format("%05d", 10_000 + p), "Pref-" + (p % 47), "City-" + p, "市" + p));
  }

  private record Run(
      String mode, long entries, int crls, long bytes, double seconds, long peakHeapMiB) {
    Map<String, Object> json() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("mode", mode);
      m.put("entries", entries);
      m.put("crls", crls);
      m.put("bytes", bytes);
      m.put("seconds", Math.round(seconds * 1000) / 1000.0);
      m.put("entriesPerSecond", Math.round(entries / seconds));
      m.put("peakHeapMiB", peakHeapMiB);
      return m;
    }
  }

  private Run builder(long total, int partitions) {
    resetPeaks();
    long start = System.nanoTime();
    long bytes = 0;
    for (int p = 0; p < partitions; p++) {
      List<CrlEntry> list = new ArrayList<>();
      entries(total, partitions, p).forEach(list::add);
      bytes +=
          CrlEncoder.encode(partition(p), BigInteger.ONE, null, thisUpdate, nextUpdate, list)
              .length;
    }
    return new Run("bc-builder", total, partitions, bytes, seconds(start), peakHeapMiB());
  }

  private Run streaming(long total, int partitions) throws Exception {
    resetPeaks();
    long start = System.nanoTime();
    long bytes = 0;
    OutputStream sink = OutputStream.nullOutputStream();
    for (int p = 0; p < partitions; p++) {
      bytes +=
          StreamingCrlWriter.write(
              new java.io.BufferedOutputStream(sink, 1 << 16),
              partition(p),
              BigInteger.ONE,
              null,
              thisUpdate,
              nextUpdate,
              entries(total, partitions, p));
    }
    return new Run("streaming", total, partitions, bytes, seconds(start), peakHeapMiB());
  }

  @Test
  void partitionedCrlSetsOf1MAnd10M() throws Exception {
    List<Map<String, Object>> runs = new ArrayList<>();
    warmUp();
    for (long total : new long[] {1_000_000L, 10_000_000L}) {
      Run b = builder(total, MUNICIPALITIES);
      Run s = streaming(total, MUNICIPALITIES);
      print(b);
      print(s);
      System.out.printf(
          "partitioned %,d: streaming/builder time ratio %.2f (builder is %.2fx the streaming time)%n",
          total, s.seconds() / b.seconds(), b.seconds() / s.seconds());
      runs.add(b.json());
      runs.add(s.json());
    }
    Run single1b = builder(1_000_000L, 1);
    Run single1s = streaming(1_000_000L, 1);
    Run single10s = streaming(10_000_000L, 1);
    for (Run r : List.of(single1b, single1s, single10s)) {
      print(r);
      Map<String, Object> m = r.json();
      m.put("partitioned", false);
      runs.add(m);
    }
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("benchmark", "ca-crl-scale");
    report.put("partitions", MUNICIPALITIES);
    report.put(
        "note",
        "bytes are counted into a null stream; signing is RSA-2048 SHA-256 via the signer port;"
            + " peakHeapMiB is the JVM heap pools' peak usage during the run (includes garbage)");
    report.put("machine", BenchmarkReport.machine());
    report.put("runs", runs);
    System.out.println("wrote " + BenchmarkReport.write("ca-crl-scale", report));
  }

  private void warmUp() throws Exception {
    builder(20_000, 20);
    streaming(20_000, 20);
  }

  private static void print(Run r) {
    System.out.printf(
        "%-10s %,12d entries in %,5d CRLs: %,14d bytes, %8.2f s, %,10d entries/s, peak heap %,d MiB%n",
        r.mode(),
        r.entries(),
        r.crls(),
        r.bytes(),
        r.seconds(),
        Math.round(r.entries() / r.seconds()),
        r.peakHeapMiB());
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }

  private static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
  }

  private static long peakHeapMiB() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak / (1024 * 1024);
  }
}
