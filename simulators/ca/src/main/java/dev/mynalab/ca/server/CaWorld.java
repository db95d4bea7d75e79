package dev.mynalab.ca.server;

import dev.mynalab.ca.CaSettings;
import dev.mynalab.ca.JpkiCertificateAuthority;
import dev.mynalab.ca.access.InfrastructureCa;
import dev.mynalab.ca.access.RegisteredVerifier;
import dev.mynalab.ca.access.TlsContexts;
import dev.mynalab.ca.access.VerifierRegistry;
import dev.mynalab.ca.access.VerifierRole;
import dev.mynalab.ca.crl.CrlPartition;
import dev.mynalab.ca.crl.PublishedCrl;
import dev.mynalab.ca.hierarchy.CaGeneration;
import dev.mynalab.ca.hierarchy.CaPurpose;
import dev.mynalab.ca.hierarchy.TestKeys;
import dev.mynalab.ca.issuance.Holder;
import dev.mynalab.ca.profile.BasicFour;
import dev.mynalab.ca.store.CertificateRecord;
import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.kit.fixtures.Json;
import dev.mynalab.kit.fixtures.ReadyFile;
import dev.mynalab.kit.http.HttpEndpoint;
import dev.mynalab.kit.http.Loopback;
import dev.mynalab.kit.journal.Journal;
import dev.mynalab.kit.person.Sex;
import dev.mynalab.kit.random.WorldSeed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The CA part of {@code mynalab world up}: the simulated JPKI CAs with their OCSP and CRL endpoints
 * on loopback over HTTPS with required client certificates (J-LIS serves revocation data only to
 * registered verifiers), an admin endpoint apart, a registered TEST verifier, and sample
 * certificates (good and revoked, both purposes). Reusable: the lead's world command starts this
 * next to the registry and the verifiers.
 *
 * <pre>{@code
 * try (CaWorld ca = CaWorld.start(CaWorld.Options.defaults(seed, clock, journal))) {
 *   ca.export(dir);                      // trust material for a vendor
 *   ca.writeReadyFile(file);             // {"ocsp": ..., "crl": ..., "admin": ...}
 * }
 * }</pre>
 */
public final class CaWorld implements AutoCloseable {

  /** The name of the registered verifier whose credentials {@link #export} writes. */
  public static final String EXPORTED_VERIFIER = "verifier-client";

  /**
   * How to start.
   *
   * @param host a loopback address (the endpoints are for local testing only)
   * @param port the HTTPS port of the protocol plane, 0 for any free one
   * @param adminPort the plain-HTTP admin port, 0 for any free one
   */
  public record Options(
      WorldSeed seed,
      WorldClock clock,
      Journal journal,
      CaSettings settings,
      String host,
      int port,
      int adminPort) {

    public static Options defaults(WorldSeed seed, WorldClock clock, Journal journal) {
      return new Options(seed, clock, journal, CaSettings.defaults(), "127.0.0.1", 0, 0);
    }

    public Options withPort(int newPort) {
      return new Options(seed, clock, journal, settings, host, newPort, adminPort);
    }
  }

  /** The sample certificates exported for vendors. */
  public record Samples(
      CertificateRecord authGood,
      CertificateRecord authRevoked,
      CertificateRecord signGood,
      CertificateRecord signRevoked) {}

  private final JpkiCertificateAuthority ca;
  private final InfrastructureCa infrastructure;
  private final VerifierRegistry verifiers;
  private final RegisteredVerifier exported;
  private final HttpEndpoint endpoint;
  private final HttpEndpoint admin;
  private final ScheduledExecutorService refresher;
  private final Samples samples;
  private final WorldSeed seed;

  private CaWorld(Options o, JpkiCertificateAuthority existing) {
    Loopback.require(o.host());
    this.seed = o.seed();
    prepareKeys(o);
    this.ca =
        existing != null
            ? existing
            : JpkiCertificateAuthority.create(o.clock(), o.seed(), o.journal(), o.settings());
    this.infrastructure = new InfrastructureCa(o.seed(), o.clock().instant());
    this.verifiers = new VerifierRegistry(infrastructure);
    this.exported = verifiers.register(EXPORTED_VERIFIER, VerifierRole.PLATFORM_OPERATOR);
    // the JDK server writes headers and body separately: without this, Nagle + delayed ACK cost
    // 40 ms per exchange (stack.md P4)
    System.setProperty("sun.net.httpserver.nodelay", "true");
    HttpEndpoint.Builder builder =
        HttpEndpoint.builder("ca")
            .host(o.host())
            .port(o.port())
            .threads(8)
            .journal(o.journal())
            .tls(
                TlsContexts.server(
                    infrastructure.issueServer(o.host()), infrastructure.certificate()),
                true);
    this.endpoint = new RevocationHttpApi(ca, verifiers).routes(builder).start();
    HttpEndpoint adminEndpoint;
    try {
      adminEndpoint =
          new AdminHttpApi(ca, o.journal())
              .routes(HttpEndpoint.builder("ca-admin").host(o.host()).port(o.adminPort()))
              .start();
    } catch (RuntimeException e) {
      endpoint.close();
      throw e;
    }
    this.admin = adminEndpoint;
    URI ocsp = URI.create(endpoint.uri() + "/ocsp");
    ca.useOcspUrls(ocsp, ocsp);
    this.samples = issueSamples();
    ca.crls().publishAll();
    this.refresher =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "ca-ocsp-refresh");
              t.setDaemon(true);
              return t;
            });
    refresher.scheduleWithFixedDelay(this::refresh, 1, 1, TimeUnit.MINUTES);
  }

  /** Generates every key this world needs in parallel, before anything is built. */
  private static void prepareKeys(Options o) {
    List<String> names = new java.util.ArrayList<>();
    for (CaPurpose purpose : CaPurpose.values()) {
      for (int k = 1; k <= o.settings().generations(); k++) {
        names.add(dev.mynalab.ca.hierarchy.CaHierarchy.keyName(purpose, k));
      }
      names.add("ocsp." + purpose.code());
      names.add("sample." + purpose.code() + ".good");
      names.add("sample." + purpose.code() + ".revoked");
    }
    names.addAll(List.of("infra.ca", "infra.server", "infra.client." + EXPORTED_VERIFIER));
    TestKeys.prepare(o.seed(), names);
  }

  /**
   * Starts everything; when this returns, every endpoint listens.
   *
   * @throws IllegalArgumentException for bad configuration (a non-loopback host, bad settings)
   * @throws IllegalStateException when a port is taken
   */
  public static CaWorld start(Options options) {
    return new CaWorld(options, null);
  }

  /**
   * Serves an existing CA (e.g. the reference world's, joined to its registry) instead of creating
   * one: the same endpoints, registered verifier and samples. The CA's OCSP URL becomes this
   * world's, so certificates issued from now on point here. {@code options.settings()} is not used
   * (the CA has its own); seed, clock and journal should be the CA's.
   */
  public static CaWorld around(JpkiCertificateAuthority ca, Options options) {
    return new CaWorld(options, ca);
  }

  private void refresh() {
    try {
      ca.ocsp().refreshDue();
    } catch (RuntimeException e) {
      // the refresher must keep running; the journal records the failure
    }
  }

  private Samples issueSamples() {
    LocalDate expiry = ca.clock().today().plusYears(9);
    Holder good =
        Holder.of(
            "sample-good",
            "01106",
            BasicFour.of("見本　太郎", Sex.MALE, LocalDate.of(1980, 2, 17), "北海道札幌市南区真駒内１２３番地"));
    Holder revoked =
        Holder.of(
            "sample-revoked",
            "13221",
            BasicFour.of("見本　花子", Sex.FEMALE, LocalDate.of(1992, 7, 1), "東京都清瀬市元町１－２－３"));
    CertificateRecord authGood = issue(CaPurpose.AUTHENTICATION, good, expiry, "good");
    CertificateRecord signGood = issue(CaPurpose.SIGNATURE, good, expiry, "good");
    CertificateRecord authRevoked = issue(CaPurpose.AUTHENTICATION, revoked, expiry, "revoked");
    CertificateRecord signRevoked = issue(CaPurpose.SIGNATURE, revoked, expiry, "revoked");
    ca.revocations().basicFourChanged("sample-revoked"); // sign: affiliationChanged (EC-04)
    ca.revocations().suspendAfterLoss("sample-revoked"); // auth: keyCompromise (EC-05)
    return new Samples(authGood, authRevoked, signGood, signRevoked);
  }

  private CertificateRecord issue(CaPurpose purpose, Holder holder, LocalDate expiry, String tag) {
    return ca.issue(
        purpose,
        TestKeys.rsa2048(seed, "sample." + purpose.code() + "." + tag).getPublic(),
        holder,
        expiry);
  }

  public JpkiCertificateAuthority authority() {
    return ca;
  }

  public VerifierRegistry verifiers() {
    return verifiers;
  }

  public InfrastructureCa infrastructure() {
    return infrastructure;
  }

  /** The registered platform-operator verifier whose credentials are exported. */
  public RegisteredVerifier exportedVerifier() {
    return exported;
  }

  public Samples samples() {
    return samples;
  }

  /** The HTTPS base URI of the protocol plane. */
  public URI uri() {
    return endpoint.uri();
  }

  public URI adminUri() {
    return admin.uri();
  }

  /** The endpoint URLs written to the ready file. */
  public Map<String, String> endpoints() {
    Map<String, String> map = new LinkedHashMap<>();
    map.put("ocsp", endpoint.uri() + "/ocsp");
    map.put("crl", endpoint.uri() + "/crl/");
    map.put("admin", admin.uri() + "/admin/health");
    return map;
  }

  /**
   * Writes the trust material a vendor needs into {@code dir}: {@code sign-ca.pem} and {@code
   * auth-ca.pem} (every generation), {@code tls-ca.pem} (trust for the HTTPS endpoints), {@code
   * verifier-client.pem} / {@code .key} (a registered verifier's TEST credentials), {@code
   * crl/*.crl} (DER: every partition's full and delta CRL and every ARL), {@code samples/*.pem},
   * and {@code world.json} (seed, settings, endpoints).
   */
  public void export(Path dir) {
    try {
      Files.createDirectories(dir.resolve("crl"));
      Files.createDirectories(dir.resolve("samples"));
      for (CaPurpose purpose : CaPurpose.values()) {
        write(
            dir.resolve(purpose.code() + "-ca.pem"),
            testBanner("JPKI-TEST " + purpose.code() + " CA roots, every generation (same DN)")
                + Pem.certificates(
                    ca.hierarchy().generations(purpose).stream()
                        .map(CaGeneration::certificate)
                        .toList()));
      }
      write(
          dir.resolve("tls-ca.pem"),
          testBanner("the TLS infrastructure CA of the revocation endpoints")
              + Pem.certificates(List.of(infrastructure.certificate())));
      write(
          dir.resolve("verifier-client.pem"),
          testBanner("TLS client certificate of registered verifier " + exported.name())
              + Pem.certificates(List.of(exported.credential().certificate())));
      write(
          dir.resolve("verifier-client.key"),
          testBanner("TEST-ONLY private key of " + exported.name() + "; never use elsewhere")
              + Pem.privateKey(exported.credential().key()));
      for (CrlPartition p : ca.crls().partitions()) {
        PublishedCrl full = ca.crls().full(p);
        Files.write(dir.resolve("crl").resolve(full.fileName()), full.der());
        if (!p.isArl()) {
          PublishedCrl delta = ca.crls().delta(p);
          Files.write(dir.resolve("crl").resolve(delta.fileName()), delta.der());
        }
      }
      sample(dir, "auth-good", samples.authGood());
      sample(dir, "auth-revoked", samples.authRevoked());
      sample(dir, "sign-good", samples.signGood());
      sample(dir, "sign-revoked", samples.signRevoked());
      Map<String, Object> world = new LinkedHashMap<>();
      world.put("seed", seed.value());
      world.put("endpoints", endpoints());
      world.put("settings", ca.settings().describe());
      world.put("warning", "TEST ONLY: simulated JPKI CAs; no certificate here is real");
      write(
          dir.resolve("world.json"),
          Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(world));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot export to " + dir, e);
    }
  }

  /** Writes the endpoint URLs as a JSON object, atomically (readers never see half a file). */
  public void writeReadyFile(Path file) {
    ReadyFile.write(file, endpoints());
  }

  private static void sample(Path dir, String name, CertificateRecord r) throws IOException {
    write(
        dir.resolve("samples").resolve(name + ".pem"),
        testBanner("sample " + name + " certificate (holder " + r.holderReference() + ")")
            + Pem.certificates(List.of(r.certificate())));
  }

  private static String testBanner(String what) {
    return "# TEST ONLY — mynalab simulated JPKI (O=JPKI-TEST): " + what + "\n";
  }

  private static void write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    refresher.shutdownNow();
    admin.close();
    endpoint.close();
  }
}
