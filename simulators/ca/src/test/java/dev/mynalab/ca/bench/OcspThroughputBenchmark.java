package dev.mynalab.ca.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mynalab.ca.CaSettings;
import dev.mynalab.ca.JpkiCertificateAuthority;
import dev.mynalab.ca.hierarchy.CaGeneration;
import dev.mynalab.ca.hierarchy.CaHierarchy;
import dev.mynalab.ca.hierarchy.CaPurpose;
import dev.mynalab.ca.hierarchy.TestKeys;
import dev.mynalab.ca.issuance.Holder;
import dev.mynalab.ca.ocsp.OcspTestSupport;
import dev.mynalab.ca.profile.BasicFour;
import dev.mynalab.ca.server.Pem;
import dev.mynalab.ca.store.CertificateRecord;
import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.kit.http.HttpEndpoint;
import dev.mynalab.kit.http.HttpResponse;
import dev.mynalab.kit.journal.Journal;
import dev.mynalab.kit.person.Sex;
import dev.mynalab.kit.random.WorldSeed;
import dev.mynalab.kit.testing.RequiresService;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue item 8: OCSP throughput and latency on loopback, in one run — our responder serving
 * pre-signed answers, the same responder signing every request, and {@code openssl ocsp -index …
 * -port … -multi 2} (which signs every request) — over plain HTTP for all three (openssl's
 * responder has no TLS), same requests, same closed-loop client. Prints the ratios and writes
 * {@code reports/benchmarks/ca-ocsp-throughput.json}.
 */
@Tag("benchmark")
class OcspThroughputBenchmark {

  static final int CERTIFICATES = 500;
  static final int CONCURRENCY = 8;
  static final Duration WARM_UP = Duration.ofSeconds(3);
  static final Duration MEASURE = Duration.ofSeconds(10);

  @TempDir Path dir;

  @Test
  void presignedVersusSigningPerRequestVersusOpensslOcsp() throws Exception {
    System.setProperty("sun.net.httpserver.nodelay", "true");
    WorldSeed seed = WorldSeed.of(8);
    WorldClock clock = WorldClock.running();
    Journal journal = new Journal(clock, 1_000);
    JpkiCertificateAuthority ca =
        JpkiCertificateAuthority.create(clock, seed, journal, CaSettings.defaults());
    PublicKey key = TestKeys.rsa2048(seed, "bench.card").getPublic();
    List<CertificateRecord> records = new ArrayList<>();
    for (int i = 0; i < CERTIFICATES; i++) {
      Holder h =
          Holder.of(
              "bench-" + i,
              "01106",
              BasicFour.of("試験　" + i, Sex.UNKNOWN, LocalDate.of(1980, 1, 1), "北海道札幌市南区"));
      records.add(ca.issue(CaPurpose.AUTHENTICATION, key, h, clock.today().plusYears(8)));
      if (i % 10 == 0) {
        ca.revocations().suspendAfterLoss("bench-" + i);
      }
    }
    List<byte[]> requests = new ArrayList<>();
    for (CertificateRecord r : records) {
      requests.add(OcspTestSupport.request(r, null));
    }

    List<LoadDriver.Result> results = new ArrayList<>();
    try (HttpEndpoint ours =
        HttpEndpoint.builder("ocsp-bench")
            .threads(4)
            .post(
                "/ocsp",
                r ->
                    HttpResponse.bytes(
                        200,
                        "application/ocsp-response",
                        ca.ocsp().respond(r.body(), p -> true).der()))
            .start()) {
      URI url = URI.create(ours.uri() + "/ocsp");
      ca.ocsp().setPresigning(true);
      long before = ca.ocsp().signatures();
      results.add(
          LoadDriver.run("mynalab-presigned", url, requests, CONCURRENCY, WARM_UP, MEASURE));
      long presignedSignatures = ca.ocsp().signatures() - before;
      assertThat(presignedSignatures).as("the hot path signs nothing").isZero();
      ca.ocsp().setPresigning(false);
      results.add(
          LoadDriver.run("mynalab-sign-per-request", url, requests, CONCURRENCY, WARM_UP, MEASURE));
      ca.ocsp().setPresigning(true);
    }

    Map<String, Object> openssl = new LinkedHashMap<>();
    if (RequiresService.onPath("openssl")) {
      results.add(opensslRun(ca, records, requests, openssl));
    } else {
      RequiresService.require("openssl", false, "apt-get install openssl");
    }

    LoadDriver.Result presigned = results.get(0);
    Map<String, Object> ratios = new LinkedHashMap<>();
    for (LoadDriver.Result r : results) {
      System.out.printf(
          "%-26s %,8d req in %5.1f s = %,7.0f req/s  p50 %,6d µs  p90 %,6d µs  p99 %,6d µs  errors %d%n",
          r.name(),
          r.requests(),
          r.seconds(),
          r.throughput(),
          r.percentile(0.5),
          r.percentile(0.9),
          r.percentile(0.99),
          r.errors());
      if (r != presigned) {
        double ratio = presigned.throughput() / r.throughput();
        double p99 = (double) r.percentile(0.99) / Math.max(1, presigned.percentile(0.99));
        System.out.printf(
            "  presigned / %s: throughput x%.2f, p99 latency x%.2f lower%n", r.name(), ratio, p99);
        ratios.put("presignedThroughputOver_" + r.name(), Math.round(ratio * 100) / 100.0);
        ratios.put("p99Of_" + r.name() + "_OverPresigned", Math.round(p99 * 100) / 100.0);
      }
    }
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("benchmark", "ca-ocsp-throughput");
    report.put("transport", "HTTP/1.1 on loopback (openssl ocsp has no TLS); closed loop");
    report.put("concurrency", CONCURRENCY);
    report.put("certificates", CERTIFICATES);
    report.put("warmUpSeconds", WARM_UP.toSeconds());
    report.put("measureSeconds", MEASURE.toSeconds());
    report.put("machine", BenchmarkReport.machine());
    report.put("openssl", openssl);
    report.put("results", results.stream().map(LoadDriver.Result::json).toList());
    report.put("ratios", ratios);
    System.out.println("wrote " + BenchmarkReport.write("ca-ocsp-throughput", report));
  }

  private LoadDriver.Result opensslRun(
      JpkiCertificateAuthority ca,
      List<CertificateRecord> records,
      List<byte[]> requests,
      Map<String, Object> info)
      throws Exception {
    CaGeneration g = records.get(0).issuer();
    Path caPem = dir.resolve("ca.pem");
    Path caKey = dir.resolve("ca.key");
    Files.writeString(caPem, Pem.certificates(List.of(g.certificate())));
    Files.writeString(
        caKey,
        Pem.privateKey(
            TestKeys.rsa2048(WorldSeed.of(8), CaHierarchy.keyName(g.purpose(), g.number()))
                .getPrivate()));
    DateTimeFormatter f = DateTimeFormatter.ofPattern("yyMMddHHmmss'Z'").withZone(ZoneOffset.UTC);
    StringBuilder index = new StringBuilder();
    for (CertificateRecord r : records) {
      String state = r.isRevoked() ? "R" : "V";
      String revoked =
          r.isRevoked() ? f.format(r.revocation().orElseThrow().at()) + ",keyCompromise" : "";
      index
          .append(state)
          .append('\t')
          .append(f.format(r.notAfter()))
          .append('\t')
          .append(revoked)
          .append('\t')
          .append(r.serial().toString(16).toUpperCase())
          .append("\tunknown\t/C=JP/CN=bench-")
          .append(r.serial().toString(16))
          .append("\n");
    }
    Path indexFile = dir.resolve("index.txt");
    Files.writeString(indexFile, index.toString());
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    List<String> command =
        List.of(
            "openssl",
            "ocsp",
            "-index",
            indexFile.toString(),
            "-CA",
            caPem.toString(),
            "-rsigner",
            caPem.toString(),
            "-rkey",
            caKey.toString(),
            "-port",
            Integer.toString(port),
            "-multi",
            "2",
            "-nmin",
            "60",
            "-ignore_err");
    info.put("command", String.join(" ", command));
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("openssl.log").toFile())
            .start();
    try {
      waitForPort(port);
      URI url = URI.create("http://127.0.0.1:" + port + "/");
      byte[] check =
          java.net.http.HttpClient.newHttpClient()
              .send(
                  java.net.http.HttpRequest.newBuilder(url)
                      .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(requests.get(1)))
                      .build(),
                  java.net.http.HttpResponse.BodyHandlers.ofByteArray())
              .body();
      assertThat(new OCSPResp(check).getStatus()).as("openssl answers successfully").isZero();
      return LoadDriver.run("openssl-ocsp-multi-2", url, requests, CONCURRENCY, WARM_UP, MEASURE);
    } finally {
      List<ProcessHandle> started = new ArrayList<>(process.descendants().toList());
      started.add(process.toHandle());
      started.forEach(ProcessHandle::destroy);
      Thread.sleep(2_000);
      started.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }
  }

  private static void waitForPort(int port) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < deadline) {
      try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
        return;
      } catch (java.io.IOException e) {
        Thread.sleep(100);
      }
    }
    throw new IllegalStateException("openssl ocsp did not listen on " + port);
  }
}
