package dev.mynalab.verifier.cli;

import dev.mynalab.ca.access.RegisteredVerifier;
import dev.mynalab.ca.access.TlsContexts;
import dev.mynalab.ca.access.VerifierRole;
import dev.mynalab.ca.hierarchy.CaGeneration;
import dev.mynalab.ca.hierarchy.CaPurpose;
import dev.mynalab.ca.hierarchy.TestKeys;
import dev.mynalab.ca.issuance.Holder;
import dev.mynalab.ca.profile.BasicFour;
import dev.mynalab.ca.server.CaWorld;
import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.kit.journal.Journal;
import dev.mynalab.kit.person.Sex;
import dev.mynalab.kit.random.WorldSeed;
import dev.mynalab.verifier.Purpose;
import dev.mynalab.verifier.Status;
import dev.mynalab.verifier.VerifierService;
import dev.mynalab.verifier.VerifierSettings;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.Signature;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.PKIXRevocationChecker;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mynalab bench validation}: validations per second of good 利用者証明用 certificates (the login
 * path), in one run on one machine:
 *
 * <ul>
 *   <li><b>ours</b> — {@link dev.mynalab.verifier.CertificateValidator} with its caches (verified
 *       chains; OCSP answers until nextUpdate), OCSP over HTTPS to the simulated responder;
 *   <li><b>baseline</b> — what a Java developer would write: the JDK's PKIX {@code
 *       CertPathValidator} with a {@code PKIXRevocationChecker} doing OCSP against the same
 *       responder (via the certificate's AIA, over HTTPS with the same registered client
 *       certificate), no caching;
 *   <li><b>ceiling</b> — in-process RSA-2048 signature verifications per second, measured in the
 *       same run with the same threads, divided by the 2 verifications one uncached validation
 *       needs (the certificate's signature and the OCSP response's).
 * </ul>
 *
 * Same offered load: both validators run closed-loop with the same client threads over the same
 * certificates for the same time. Last line: {@code validation: ours=… baseline=… ceiling=…
 * p99_ms=… ratio_baseline=… ratio_ceiling=…}; writes reports/benchmarks/validation.json.
 */
@Command(
    name = "validation",
    mixinStandardHelpOptions = true,
    description =
        "Validation throughput: our verifier vs the JDK PKIX+OCSP baseline vs the RSA ceiling.")
public final class BenchValidationCommand implements Callable<Integer> {

  /** RSA verifications one uncached validation needs: certificate + OCSP response. */
  static final int VERIFICATIONS_PER_VALIDATION = 2;

  @Option(names = "--seconds", description = "measured seconds per contender (default 10)")
  int seconds = 10;

  @Option(names = "--threads", description = "client threads (default 4)")
  int threads = 4;

  @Option(names = "--certificates", description = "distinct certificates validated (default 200)")
  int certificates = 200;

  @Option(names = "--seed", description = "world seed (default 1)")
  long seed = 1;

  @Option(names = "--out", description = "JSON output (default reports/benchmarks/validation.json)")
  Path out = Path.of("reports", "benchmarks", "validation.json");

  @Override
  public Integer call() throws Exception {
    if (seconds < 1 || threads < 1 || certificates < 1) {
      System.err.println("validation: --seconds, --threads and --certificates must be ≥ 1");
      return 2;
    }
    WorldSeed worldSeed = WorldSeed.of(seed);
    WorldClock clock = WorldClock.running();
    Journal journal = new Journal(clock, 1_000);
    try (CaWorld ca = CaWorld.start(CaWorld.Options.defaults(worldSeed, clock, journal))) {
      List<byte[]> ders = issue(ca, worldSeed);
      VerifierService ours =
          VerifierService.connectedTo(
              ca, "bench-ours", VerifierSettings.defaults(), worldSeed, clock, journal);
      Run oursRun =
          measure(
              "ours",
              der ->
                  ours.certificates().validate(der, Purpose.AUTH, clock.instant()).status()
                      == Status.VALID,
              ders);
      // for honesty: the same verifier with both caches off (every validation verifies the chain
      // and asks the responder over HTTPS) — how much of the gain is caching, how much the path
      VerifierService uncached =
          VerifierService.connectedTo(
              ca, "bench-uncached", VerifierSettings.defaults(), worldSeed, clock, journal);
      uncached.certificates().setChainCaching(false);
      uncached.certificates().revocation().setCaching(false);
      Run uncachedRun =
          measure(
              "ours-uncached",
              der ->
                  uncached.certificates().validate(der, Purpose.AUTH, clock.instant()).status()
                      == Status.VALID,
              ders);
      Baseline baseline = new Baseline(ca, clock);
      Run baseRun = measure("baseline", baseline::valid, ders);
      double rsa = rsaPerSecond();
      double ceiling = rsa / VERIFICATIONS_PER_VALIDATION;
      double ratioBaseline = oursRun.perSecond() / Math.max(1e-9, baseRun.perSecond());
      double ratioCeiling = oursRun.perSecond() / ceiling;
      Map<String, Object> result = new LinkedHashMap<>();
      result.put(
          "what", "validations/s of good auth certificates, closed loop, same threads, same run");
      result.put("threads", threads);
      result.put("seconds", seconds);
      result.put("certificates", certificates);
      result.put("cores", Runtime.getRuntime().availableProcessors());
      result.put("ours", oursRun.json());
      result.put("oursUncached", uncachedRun.json());
      result.put("baseline", baseRun.json());
      result.put("rsaVerificationsPerSecond", BenchOutput.round(rsa, 0));
      result.put("verificationsPerValidation", VERIFICATIONS_PER_VALIDATION);
      result.put("ceiling", BenchOutput.round(ceiling, 0));
      result.put("ratioBaseline", BenchOutput.round(ratioBaseline, 2));
      result.put("ratioCeiling", BenchOutput.round(ratioCeiling, 2));
      result.put("ocspQueriesOurs", ours.certificates().revocation().ocspQueries());
      result.put("ocspCacheHitsOurs", ours.certificates().revocation().cacheHits());
      result.put(
          "cached",
          "ours caches (1) that a certificate's signature verifies under an anchor, keyed by the "
              + "SHA-256 of its DER (pure function, never stale) and (2) verified OCSP answers per "
              + "(issuer generation, serial) until their nextUpdate (the responder's own promise; "
              + "a revocation shows at the latest at nextUpdate). Validity, purpose and the cache "
              + "freshness are checked on every validation.");
      result.put("targets", Map.of("ratioBaseline", ">= 5", "ratioCeiling", ">= 0.5"));
      BenchOutput.write(out, result);
      System.out.printf(
          "validation: ours=%.0f/s baseline=%.0f/s ceiling=%.0f/s p99_ms=%.2f ratio_baseline=%.1f ratio_ceiling=%.2f%n",
          oursRun.perSecond(),
          baseRun.perSecond(),
          ceiling,
          oursRun.p99Millis(),
          ratioBaseline,
          ratioCeiling);
      return oursRun.failures() == 0 ? 0 : 1;
    }
  }

  private List<byte[]> issue(CaWorld ca, WorldSeed worldSeed) throws Exception {
    KeyPair key = TestKeys.rsa2048(worldSeed, "bench.card");
    List<byte[]> list = new ArrayList<>();
    String[] codes = {"01106", "13221"};
    for (int i = 0; i < certificates; i++) {
      list.add(
          ca.authority()
              .issue(
                  CaPurpose.AUTHENTICATION,
                  key.getPublic(),
                  Holder.of(
                      "bench-" + i,
                      codes[i % codes.length],
                      BasicFour.of(
                          "試験　太郎", Sex.MALE, LocalDate.of(1980, 1, 1).plusDays(i), "東京都清瀬市元町１")),
                  ca.authority().clock().today().plusYears(9))
              .certificate()
              .getEncoded());
    }
    return list;
  }

  interface Validation {
    boolean valid(byte[] der) throws Exception;
  }

  record Run(
      String name,
      long count,
      long failures,
      double perSecond,
      double p50Millis,
      double p99Millis) {
    Map<String, Object> json() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("validations", count);
      m.put("failures", failures);
      m.put("perSecond", BenchOutput.round(perSecond, 0));
      m.put("p50Millis", BenchOutput.round(p50Millis, 3));
      m.put("p99Millis", BenchOutput.round(p99Millis, 3));
      return m;
    }
  }

  private Run measure(String name, Validation v, List<byte[]> ders) throws Exception {
    // warm-up: every certificate once (fills caches and JIT), then a short timed phase unmeasured
    for (byte[] d : ders) {
      v.valid(d);
    }
    loop(v, ders, 2, null);
    long[][] latencies = new long[threads][];
    Stats stats = loop(v, ders, seconds, latencies);
    long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).toArray();
    Arrays.sort(all);
    double p50 = all.length == 0 ? 0 : all[(int) (all.length * 0.50)] / 1e6;
    double p99 =
        all.length == 0 ? 0 : all[Math.min(all.length - 1, (int) (all.length * 0.99))] / 1e6;
    Run run = new Run(name, stats.count, stats.failures, stats.count / stats.seconds, p50, p99);
    System.err.printf(
        "%s: %.0f validations/s, p50 %.3f ms, p99 %.3f ms, %d failures%n",
        name, run.perSecond(), p50, p99, stats.failures);
    return run;
  }

  private record Stats(long count, long failures, double seconds) {}

  private Stats loop(Validation v, List<byte[]> ders, int secs, long[][] latencies)
      throws Exception {
    AtomicLong count = new AtomicLong();
    AtomicLong failures = new AtomicLong();
    long end = System.nanoTime() + secs * 1_000_000_000L;
    List<Thread> list = new ArrayList<>();
    long start = System.nanoTime();
    for (int t = 0; t < threads; t++) {
      int id = t;
      Thread th =
          new Thread(
              () -> {
                SplittableRandom r = new SplittableRandom(id);
                long[] lat = new long[1 << 16];
                int n = 0;
                while (System.nanoTime() < end) {
                  byte[] der = ders.get(r.nextInt(ders.size()));
                  long t0 = System.nanoTime();
                  boolean ok;
                  try {
                    ok = v.valid(der);
                  } catch (Exception e) {
                    ok = false;
                  }
                  long dt = System.nanoTime() - t0;
                  if (n == lat.length) {
                    lat = Arrays.copyOf(lat, lat.length * 2);
                  }
                  lat[n++] = dt;
                  count.incrementAndGet();
                  if (!ok) {
                    failures.incrementAndGet();
                  }
                }
                if (latencies != null) {
                  latencies[id] = Arrays.copyOf(lat, n);
                }
              },
              "bench-" + t);
      th.start();
      list.add(th);
    }
    for (Thread th : list) {
      th.join();
    }
    double took = (System.nanoTime() - start) / 1e9;
    return new Stats(count.get(), failures.get(), took);
  }

  /** The JDK's own PKIX validation with OCSP, as a Java developer would write it. */
  static final class Baseline {
    private final Set<TrustAnchor> anchors = new HashSet<>();
    private final WorldClock clock;

    Baseline(CaWorld ca, WorldClock clock) {
      this.clock = clock;
      RegisteredVerifier reg =
          ca.verifiers()
              .byName("bench-baseline")
              .orElseGet(
                  () -> ca.verifiers().register("bench-baseline", VerifierRole.PLATFORM_OPERATOR));
      SSLContext tls = TlsContexts.client(reg.credential(), ca.infrastructure().certificate());
      // the JDK's OCSP client uses HttpsURLConnection: it needs the registered client certificate
      HttpsURLConnection.setDefaultSSLSocketFactory(tls.getSocketFactory());
      for (CaGeneration g : ca.authority().hierarchy().all()) {
        anchors.add(new TrustAnchor(g.certificate(), null));
      }
    }

    boolean valid(byte[] der) throws Exception {
      CertificateFactory cf = CertificateFactory.getInstance("X.509");
      X509Certificate cert =
          (X509Certificate) cf.generateCertificate(new ByteArrayInputStream(der));
      CertPath path = cf.generateCertPath(List.of(cert));
      CertPathValidator validator = CertPathValidator.getInstance("PKIX");
      PKIXRevocationChecker checker = (PKIXRevocationChecker) validator.getRevocationChecker();
      checker.setOptions(Set.of(PKIXRevocationChecker.Option.NO_FALLBACK));
      PKIXParameters params = new PKIXParameters(anchors);
      // JPKI marks certificatePolicies (with its CPS qualifier) critical; the JDK refuses that by
      // default ("critical policy qualifiers present"), so every JPKI integration sets this
      params.setPolicyQualifiersRejected(false);
      params.addCertPathChecker(checker);
      params.setDate(Date.from(clock.instant()));
      validator.validate(path, params);
      return true;
    }
  }

  private double rsaPerSecond() throws Exception {
    KeyPair key = TestKeys.rsa2048(WorldSeed.of(seed), "bench.rsa");
    byte[] data = new byte[1024];
    Signature s = Signature.getInstance("SHA256withRSA");
    s.initSign(key.getPrivate());
    s.update(data);
    byte[] sig = s.sign();
    Validation verify =
        der -> {
          Signature v = Signature.getInstance("SHA256withRSA");
          v.initVerify(key.getPublic());
          v.update(data);
          return v.verify(sig);
        };
    List<byte[]> one = List.of(data);
    loop(verify, one, 1, null);
    Stats st = loop(verify, one, Math.max(2, seconds / 2), null);
    System.err.printf("RSA-2048 verify: %.0f/s with %d threads%n", st.count / st.seconds, threads);
    return st.count / st.seconds;
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new BenchValidationCommand()).execute(args));
  }
}
