package dev.mynalab.verifier.cli;

import dev.mynalab.verifier.crl.StreamedCrl;
import dev.mynalab.verifier.crl.StreamingCrlReader;
import dev.mynalab.verifier.crl.SyntheticCrlWriter;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.bouncycastle.asn1.x500.X500Name;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mynalab bench crl-index}: large revocation lists, our streaming index against the JDK's
 * {@code CertificateFactory.generateCRL} in the same run. Synthetic TEST CRL partitions totalling
 * {@code --entries} (default 1 M and 10 M in two rounds) are written to a temp dir, streamed into
 * {@link dev.mynalab.verifier.crl.SerialIndex} with the signature checked on the way, and measured:
 * retained heap per entry, load time, lookup time. The JDK path is measured at {@code
 * --jdk-entries} (default 1 M; its object graph for 10 M needs ~5.5 GB and is not attempted).
 * Writes reports/benchmarks/crl-index.json; the last line is {@code crl-index: …}.
 */
@Command(
    name = "crl-index",
    mixinStandardHelpOptions = true,
    description = "Large-CRL benchmark: streaming compact index vs the JDK X509CRL (heap, lookup).")
public final class CrlIndexBenchCommand implements Callable<Integer> {

  @Option(
      names = "--entries",
      split = ",",
      description = "total entries per round (default 1000000,10000000)")
  List<Long> totals = List.of(1_000_000L, 10_000_000L);

  @Option(names = "--partitions", description = "partitions per round (default 10)")
  int partitions = 10;

  @Option(
      names = "--jdk-entries",
      description = "entries of the single CRL parsed by the JDK (default 1000000; 0 skips)")
  long jdkEntries = 1_000_000L;

  @Option(names = "--lookups", description = "lookups timed per path (default 1000000)")
  int lookups = 1_000_000;

  @Option(names = "--out", description = "JSON output (default reports/benchmarks/crl-index.json)")
  Path out = Path.of("reports", "benchmarks", "crl-index.json");

  @Override
  public Integer call() throws Exception {
    if (partitions < 1 || lookups < 1 || totals.stream().anyMatch(t -> t < partitions)) {
      System.err.println(
          "crl-index: --partitions ≥ 1, --lookups ≥ 1, every --entries ≥ partitions");
      return 2;
    }
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(2048, SecureRandom.getInstance("SHA1PRNG"));
    KeyPair key = g.generateKeyPair();
    X500Name issuer = new X500Name("CN=JPKI-TEST bench CRL issuer,O=JPKI-TEST,C=JP");
    Instant thisUpdate = Instant.parse("2026-11-27T00:00:00Z");
    Instant nextUpdate = thisUpdate.plusSeconds(2 * 86_400);
    Path dir = Files.createTempDirectory("mynalab-crl-bench");
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("what", "streaming compact CRL index vs JDK X509CRL, same run, synthetic TEST CRLs");
    result.put("maxHeapBytes", Runtime.getRuntime().maxMemory());
    List<Map<String, Object>> rounds = new ArrayList<>();
    double oursBytesPerEntry = 0;
    try {
      for (long total : totals) {
        rounds.add(round(dir, key, issuer, total, thisUpdate, nextUpdate));
        oursBytesPerEntry = (double) rounds.get(rounds.size() - 1).get("heapBytesPerEntry");
      }
      result.put("ours", rounds);
      Map<String, Object> jdk =
          jdkEntries > 0
              ? jdk(dir, key, issuer, thisUpdate, nextUpdate)
              : Map.of("skipped", "--jdk-entries 0");
      result.put("jdk", jdk);
      double jdkPerEntry = jdk.get("heapBytesPerEntry") instanceof Double d ? d : Double.NaN;
      double ratio = jdkPerEntry / oursBytesPerEntry;
      result.put("heapRatioJdkOverOurs", BenchOutput.round(ratio, 1));
      result.put("target", "ours ≤ 1/10 of the JDK's heap per entry");
      BenchOutput.write(out, result);
      System.out.printf(
          "crl-index: ours_bytes_per_entry=%.1f jdk_bytes_per_entry=%.1f heap_ratio=%.1f ours_lookup_ns=%s jdk_lookup_ns=%s entries=%s%n",
          oursBytesPerEntry,
          jdkPerEntry,
          ratio,
          rounds.get(rounds.size() - 1).get("lookupNanos"),
          jdk.getOrDefault("lookupNanos", "n/a"),
          totals);
      return 0;
    } finally {
      try (var files = Files.list(dir)) {
        files.forEach(f -> f.toFile().delete());
      }
      Files.deleteIfExists(dir);
    }
  }

  private Map<String, Object> round(
      Path dir, KeyPair key, X500Name issuer, long total, Instant tu, Instant nu) throws Exception {
    long per = total / partitions;
    List<Path> files = new ArrayList<>();
    long bytes = 0;
    long t0 = System.nanoTime();
    for (int p = 0; p < partitions; p++) {
      Path f = dir.resolve("p" + p + ".crl");
      bytes += SyntheticCrlWriter.write(f, issuer, key.getPrivate(), p, per, tu, nu);
      files.add(f);
    }
    long writeNanos = System.nanoTime() - t0;
    long before = BenchOutput.usedHeap();
    List<StreamedCrl> loaded = new ArrayList<>();
    t0 = System.nanoTime();
    for (Path f : files) {
      try (InputStream in = Files.newInputStream(f)) {
        StreamedCrl crl = StreamingCrlReader.read(in, key.getPublic());
        if (!crl.signatureValid()) {
          throw new IllegalStateException("signature of " + f + " did not verify");
        }
        loaded.add(crl);
      }
    }
    long loadNanos = System.nanoTime() - t0;
    long after = BenchOutput.usedHeap();
    long entries = loaded.stream().mapToLong(c -> c.index().size()).sum();
    SplittableRandom r = new SplittableRandom(total);
    long hits = 0;
    t0 = System.nanoTime();
    for (int i = 0; i < lookups; i++) {
      int p = r.nextInt(partitions);
      long idx = r.nextLong(per * 2); // half of them are not revoked
      BigInteger s = BigInteger.valueOf(SyntheticCrlWriter.serial(p, idx));
      if (loaded.get(p).index().find(s).isPresent()) {
        hits++;
      }
    }
    long lookupNanos = (System.nanoTime() - t0) / lookups;
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("entries", entries);
    m.put("partitions", partitions);
    m.put("derBytes", bytes);
    m.put("writeSeconds", BenchOutput.round(writeNanos / 1e9, 2));
    m.put("loadAndVerifySeconds", BenchOutput.round(loadNanos / 1e9, 2));
    m.put("retainedHeapBytes", after - before);
    m.put("heapBytesPerEntry", BenchOutput.round((double) (after - before) / entries, 1));
    m.put(
        "indexArrayBytesPerEntry",
        BenchOutput.round(
            (double) loaded.stream().mapToLong(c -> c.index().arrayBytes()).sum() / entries, 1));
    m.put("lookupNanos", lookupNanos);
    m.put("lookupHitRate", BenchOutput.round((double) hits / lookups, 3));
    System.err.printf(
        "ours %,d entries: load+verify %.1f s, %.1f B/entry, lookup %d ns%n",
        entries, loadNanos / 1e9, (double) (after - before) / entries, lookupNanos);
    loaded.clear();
    for (Path f : files) {
      Files.deleteIfExists(f);
    }
    return m;
  }

  private Map<String, Object> jdk(Path dir, KeyPair key, X500Name issuer, Instant tu, Instant nu)
      throws Exception {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("entries", jdkEntries);
    long need = jdkEntries * 800;
    if (Runtime.getRuntime().maxMemory() < need) {
      m.put(
          "skipped",
          "max heap "
              + Runtime.getRuntime().maxMemory()
              + " < ~"
              + need
              + " needed; run with -Xmx");
      return m;
    }
    Path f = dir.resolve("jdk.crl");
    SyntheticCrlWriter.write(f, issuer, key.getPrivate(), 99, jdkEntries, tu, nu);
    long before = BenchOutput.usedHeap();
    long t0 = System.nanoTime();
    X509CRL crl;
    try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(f), 1 << 16)) {
      crl = (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(in);
    }
    int size = crl.getRevokedCertificates().size();
    long parseNanos = System.nanoTime() - t0;
    t0 = System.nanoTime();
    crl.verify(key.getPublic());
    long verifyNanos = System.nanoTime() - t0;
    long after = BenchOutput.usedHeap();
    SplittableRandom r = new SplittableRandom(jdkEntries);
    long hits = 0;
    t0 = System.nanoTime();
    for (int i = 0; i < lookups; i++) {
      BigInteger s = BigInteger.valueOf(SyntheticCrlWriter.serial(99, r.nextLong(jdkEntries * 2)));
      if (crl.getRevokedCertificate(s) != null) {
        hits++;
      }
    }
    long lookupNanos = (System.nanoTime() - t0) / lookups;
    m.put("parseSeconds", BenchOutput.round(parseNanos / 1e9, 2));
    m.put("verifySeconds", BenchOutput.round(verifyNanos / 1e9, 3));
    m.put("retainedHeapBytes", after - before);
    m.put("heapBytesPerEntry", BenchOutput.round((double) (after - before) / size, 1));
    m.put("lookupNanos", lookupNanos);
    m.put("lookupHitRate", BenchOutput.round((double) hits / lookups, 3));
    m.put(
        "note",
        "10 M entries through the JDK would need ~5.5 GB of heap; measured at " + jdkEntries);
    System.err.printf(
        "jdk %,d entries: parse %.1f s, %.1f B/entry, lookup %d ns%n",
        size, parseNanos / 1e9, (double) (after - before) / size, lookupNanos);
    Files.deleteIfExists(f);
    return m;
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new CrlIndexBenchCommand()).execute(args));
  }
}
