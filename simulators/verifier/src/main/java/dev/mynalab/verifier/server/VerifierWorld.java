package dev.mynalab.verifier.server;

import dev.mynalab.ca.access.TlsContexts;
import dev.mynalab.ca.server.CaWorld;
import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.kit.fixtures.ReadyFile;
import dev.mynalab.kit.http.AdminPlane;
import dev.mynalab.kit.http.HttpEndpoint;
import dev.mynalab.kit.http.Loopback;
import dev.mynalab.kit.journal.Journal;
import dev.mynalab.kit.random.WorldSeed;
import dev.mynalab.verifier.VerifierService;
import dev.mynalab.verifier.VerifierSettings;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The verifier part of {@code mynalab world up}: the validation service over HTTPS (TLS client
 * certificates of registered relying parties required) next to a running {@link CaWorld}.
 *
 * <pre>{@code
 * try (CaWorld ca = CaWorld.start(...);
 *     VerifierWorld v = VerifierWorld.start(VerifierWorld.Options.defaults(ca, seed, clock, journal))) {
 *   v.export(dir);              // rp-client.pem / rp-client.key / verifier-tls-ca.pem / openapi.yaml
 *   v.endpoints();              // {"verifier": "https://127.0.0.1:port"} for the ready file
 * }
 * }</pre>
 */
public final class VerifierWorld implements AutoCloseable {

  /** The relying party whose TEST credentials {@link #export} writes. */
  public static final String EXPORTED_RP = "rp-client";

  /** The name under which the verifier registers at the CAs. */
  public static final String CA_REGISTRATION = "mynalab-verifier";

  /**
   * How to start.
   *
   * @param host a loopback address
   * @param port 0 for any free port
   */
  public record Options(
      CaWorld ca,
      WorldSeed seed,
      WorldClock clock,
      Journal journal,
      VerifierSettings settings,
      String host,
      int port) {

    public static Options defaults(CaWorld ca, WorldSeed seed, WorldClock clock, Journal journal) {
      return new Options(ca, seed, clock, journal, VerifierSettings.defaults(), "127.0.0.1", 0);
    }

    public Options withSettings(VerifierSettings s) {
      return new Options(ca, seed, clock, journal, s, host, port);
    }

    public Options withPort(int p) {
      return new Options(ca, seed, clock, journal, settings, host, p);
    }
  }

  private final VerifierService service;
  private final RelyingPartyCa rpCa;
  private final RelyingParties parties;
  private final RelyingParties.RelyingParty exported;
  private final HttpEndpoint endpoint;
  private final HttpEndpoint admin;
  private HttpEndpoint loadListener;

  private VerifierWorld(Options o) {
    Loopback.require(o.host());
    this.service =
        VerifierService.connectedTo(
            o.ca(), CA_REGISTRATION, o.settings(), o.seed(), o.clock(), o.journal());
    this.rpCa = new RelyingPartyCa(o.seed(), o.clock().instant());
    this.parties = new RelyingParties(rpCa);
    this.exported = parties.register(EXPORTED_RP, RelyingPartyRole.PLATFORM_OPERATOR);
    System.setProperty("sun.net.httpserver.nodelay", "true"); // stack.md P4
    this.endpoint =
        new VerifierHttpApi(service.certificates(), service.documents(), service.logins(), parties)
            .routes(
                HttpEndpoint.builder("verifier")
                    .host(o.host())
                    .port(o.port())
                    .threads(Math.max(4, Runtime.getRuntime().availableProcessors() * 2))
                    .journal(o.journal())
                    .tls(TlsContexts.server(rpCa.issueServer(), rpCa.certificate()), true))
            .start();
    RevocationFaultsApi faults = new RevocationFaultsApi(() -> service.certificates().revocation());
    HttpEndpoint adminEndpoint;
    try {
      adminEndpoint =
          faults
              .routes(
                  AdminPlane.of(
                          "verifier",
                          o.clock(),
                          o.journal(),
                          () -> service.certificates().revocation().clearCache())
                      .withHealth(() -> Map.of("revocationSources", faults.facts()))
                      .routes(HttpEndpoint.builder("verifier-admin").host(o.host()).port(0)))
              .start();
    } catch (RuntimeException e) {
      endpoint.close();
      throw e;
    }
    this.admin = adminEndpoint;
  }

  /**
   * Starts the service; when this returns it listens.
   *
   * @throws IllegalArgumentException for a non-loopback host
   * @throws IllegalStateException when the port is taken
   */
  public static VerifierWorld start(Options options) {
    return new VerifierWorld(options);
  }

  public VerifierService service() {
    return service;
  }

  public RelyingParties relyingParties() {
    return parties;
  }

  public RelyingParties.RelyingParty exportedRelyingParty() {
    return exported;
  }

  /** The TLS CA that issued the service's server certificate and the RP client certificates. */
  public RelyingPartyCa relyingPartyCa() {
    return rpCa;
  }

  public URI uri() {
    return endpoint.uri();
  }

  /**
   * Opens (once) a plain-HTTP listener on loopback with the same routes, where every request is
   * taken for the exported relying party — for load generators that cannot present the client
   * certificate (Gatling's Netty TLS client did not complete handshakes with the JDK's HttpsServer
   * requiring client certificates). Never part of {@code world up}; loopback only.
   */
  public synchronized URI openLoadTestListener() {
    if (loadListener == null) {
      loadListener =
          new VerifierHttpApi(
                  service.certificates(), service.documents(), service.logins(), parties, exported)
              .routes(
                  HttpEndpoint.builder("verifier-load")
                      .host("127.0.0.1")
                      .port(0)
                      .threads(Math.max(4, Runtime.getRuntime().availableProcessors() * 2)))
              .start();
    }
    return loadListener.uri();
  }

  /** The base URI of the admin plane (plain HTTP, loopback; {@link AdminPlane} + faults). */
  public URI adminUri() {
    return admin.uri();
  }

  /** For the ready file: {@code verifier} (HTTPS) and {@code verifier-admin}. */
  public Map<String, String> endpoints() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("verifier", endpoint.uri().toString());
    m.put("verifier-admin", admin.uri().toString());
    return m;
  }

  /**
   * Writes what a relying party (or a vendor's test client) needs: {@code rp-client.pem} / {@code
   * rp-client.key} (a registered relying party's TEST TLS credentials), {@code verifier-tls-ca.pem}
   * (trust for the service's HTTPS), {@code openapi.yaml} (the contract) and {@code verifier.json}.
   */
  public void export(Path dir) {
    RelyingPartyExport.write(dir, rpCa, exported, endpoints());
  }

  /** Writes {@link #endpoints()} as a JSON object, atomically. */
  public void writeReadyFile(Path file) {
    ReadyFile.write(file, endpoints());
  }

  @Override
  public synchronized void close() {
    if (loadListener != null) {
      loadListener.close();
    }
    admin.close();
    endpoint.close();
  }
}
