package dev.mynalab.verifier.server;

import dev.mynalab.ca.access.TlsContexts;
import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.kit.fixtures.ReadyFile;
import dev.mynalab.kit.http.HttpEndpoint;
import dev.mynalab.kit.http.Loopback;
import dev.mynalab.kit.journal.Journal;
import dev.mynalab.kit.random.WorldSeed;
import dev.mynalab.verifier.VerifierService;
import dev.mynalab.verifier.VerifierSettings;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The reference verifier deployed the way a vendor deploys theirs: it knows the JPKI only through a
 * trust export on disk ({@link TrustDirectory}: roots, the registered client credential for OCSP
 * and CRLs, the CRL index) — no CA object, no shared process. {@code mynalab verifier serve} runs
 * it; {@code mynalab conformance --profile} with {@code verifier.http.trustExport} tests it like
 * any other endpoint.
 *
 * <ul>
 *   <li>protocol plane: the validation contract ({@code openapi.yaml}, the handlers of {@link
 *       VerifierHttpApi}) over HTTPS, client certificates of registered relying parties required;
 *   <li>admin plane (plain HTTP, loopback, DESIGN.md principle 3): {@code GET /admin/health},
 *       {@code GET /admin/journal}, {@code POST /admin/trust/reload} — re-reads the trust directory
 *       (or the one named in {@code {"trust": DIR}}), so a running verifier follows a new run's CA.
 *       A directory that does not read leaves the previous trust in place (422 problem).
 * </ul>
 *
 * A reload builds a new {@link VerifierService} (fresh OCSP/CRL caches, outstanding login
 * challenges dropped) and swaps it in at once: a request is judged wholly on the old or the new
 * trust.
 */
public final class FileTrustVerifier implements AutoCloseable {

  /** The relying party whose TEST credentials {@link #export} writes (as {@link VerifierWorld}). */
  public static final String EXPORTED_RP = VerifierWorld.EXPORTED_RP;

  /**
   * How to start.
   *
   * @param trust the trust directory ({@link TrustDirectory})
   * @param settings verifier knobs; the CRL index is always the trust directory's
   * @param host a loopback address
   * @param port HTTPS port of the protocol plane, 0 for any free one
   * @param adminPort plain-HTTP admin port, 0 for any free one
   */
  public record Options(
      Path trust,
      WorldSeed seed,
      WorldClock clock,
      Journal journal,
      VerifierSettings settings,
      String host,
      int port,
      int adminPort) {

    public static Options defaults(Path trust, WorldSeed seed, WorldClock clock, Journal journal) {
      return new Options(
          trust, seed, clock, journal, VerifierSettings.defaults(), "127.0.0.1", 0, 0);
    }

    public Options withPorts(String newHost, int newPort, int newAdminPort) {
      return new Options(trust, seed, clock, journal, settings, newHost, newPort, newAdminPort);
    }
  }

  /** The trust in use and the service built on it. */
  public record Loaded(TrustDirectory trust, VerifierService service, Instant loadedAt) {}

  private record Current(Loaded loaded, VerifierHttpApi api) {}

  private final Options options;
  private final RelyingPartyCa rpCa;
  private final RelyingParties parties;
  private final RelyingParties.RelyingParty exported;
  private final AtomicReference<Current> current = new AtomicReference<>();
  private final AtomicLong reloads = new AtomicLong();
  private final HttpEndpoint endpoint;
  private final HttpEndpoint admin;

  private FileTrustVerifier(Options o) {
    Loopback.require(o.host());
    if (o.port() < 0 || o.port() > 65535 || o.adminPort() < 0 || o.adminPort() > 65535) {
      throw new IllegalArgumentException("ports must be 0..65535");
    }
    this.options = o;
    this.rpCa = new RelyingPartyCa(o.seed(), o.clock().instant());
    this.parties = new RelyingParties(rpCa);
    this.exported = parties.register(EXPORTED_RP, RelyingPartyRole.PLATFORM_OPERATOR);
    current.set(build(TrustDirectory.read(o.trust())));
    System.setProperty("sun.net.httpserver.nodelay", "true"); // stack.md P4
    this.endpoint =
        VerifierHttpApi.routes(
                HttpEndpoint.builder("verifier")
                    .host(o.host())
                    .port(o.port())
                    .threads(Math.max(4, Runtime.getRuntime().availableProcessors() * 2))
                    .journal(o.journal())
                    .tls(TlsContexts.server(rpCa.issueServer(), rpCa.certificate()), true),
                () -> current.get().api())
            .start();
    try {
      this.admin =
          new TrustAdminHttpApi(this, o.journal(), o.clock())
              .routes(HttpEndpoint.builder("verifier-admin").host(o.host()).port(o.adminPort()))
              .start();
    } catch (RuntimeException e) {
      endpoint.close();
      throw e;
    }
  }

  /**
   * Reads the trust directory and starts both planes; when this returns they listen.
   *
   * @throws IllegalArgumentException for an unusable trust directory (naming the file), a
   *     non-loopback host or a bad port
   * @throws IllegalStateException when a port is taken
   */
  public static FileTrustVerifier start(Options options) {
    return new FileTrustVerifier(options);
  }

  private Current build(TrustDirectory trust) {
    VerifierSettings s =
        options.settings().withSources(options.settings().ocspOverride(), trust.crlIndex());
    VerifierService service =
        VerifierService.standalone(
            trust.anchors(),
            trust.revocationTls(),
            s,
            options.seed(),
            options.clock(),
            options.journal());
    Loaded loaded = new Loaded(trust, service, options.clock().instant());
    return new Current(
        loaded,
        new VerifierHttpApi(
            service.certificates(), service.documents(), service.logins(), parties));
  }

  /**
   * Re-reads the trust directory ({@code dir}, or the current one when null) and swaps the service.
   *
   * @throws IllegalArgumentException naming the file when the directory does not read; the previous
   *     trust stays in use
   */
  public synchronized Loaded reload(Path dir) {
    Path target = dir != null ? dir : current.get().loaded().trust().dir();
    Current next = build(TrustDirectory.read(target));
    current.set(next);
    reloads.incrementAndGet();
    options
        .journal()
        .record(
            "verifier-admin",
            "trust-reload",
            "trust reloaded from " + target,
            Map.of(
                "dir", target.toString(),
                "anchorsSha256", next.loaded().trust().anchorsSha256(),
                "crlIndex", next.loaded().trust().crlIndex().toString()));
    return next.loaded();
  }

  /** The trust and service in use now. */
  public Loaded loaded() {
    return current.get().loaded();
  }

  public long reloads() {
    return reloads.get();
  }

  public RelyingParties relyingParties() {
    return parties;
  }

  public RelyingParties.RelyingParty exportedRelyingParty() {
    return exported;
  }

  public RelyingPartyCa relyingPartyCa() {
    return rpCa;
  }

  /** The HTTPS base URI of the protocol plane. */
  public URI uri() {
    return endpoint.uri();
  }

  /** The base URI of the admin plane. */
  public URI adminUri() {
    return admin.uri();
  }

  /** For the ready file: {@code verifier}, {@code admin} (health) and {@code reload}. */
  public Map<String, String> endpoints() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("verifier", endpoint.uri().toString());
    m.put("admin", admin.uri() + "/admin/health");
    m.put("reload", admin.uri() + "/admin/trust/reload");
    return m;
  }

  /**
   * Writes the relying party's side ({@code rp-client.pem/.key}, {@code verifier-tls-ca.pem},
   * {@code openapi.yaml}, {@code verifier.json}) — what a harness needs to call this verifier.
   */
  public void export(Path dir) {
    RelyingPartyExport.write(dir, rpCa, exported, endpoints());
  }

  /** Writes {@link #endpoints()} as a JSON object, atomically. */
  public void writeReadyFile(Path file) {
    ReadyFile.write(file, endpoints());
  }

  @Override
  public void close() {
    admin.close();
    endpoint.close();
  }
}
