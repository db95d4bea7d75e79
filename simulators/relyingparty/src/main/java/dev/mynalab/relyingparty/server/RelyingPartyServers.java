package dev.mynalab.relyingparty.server;

import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.kit.http.HttpEndpoint;
import dev.mynalab.kit.http.Loopback;
import dev.mynalab.kit.journal.Journal;
import dev.mynalab.kit.random.WorldSeed;
import dev.mynalab.relyingparty.etax.ETaxReception;
import dev.mynalab.relyingparty.platform.Businesses;
import dev.mynalab.relyingparty.platform.PlatformOperator;
import dev.mynalab.verifier.VerifierService;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The 利用-stage relying parties as servers on loopback (a thin adapter over the libraries): the
 * e-Tax 受付システム and the プラットフォーム事業者 on their protocol planes, and one admin plane (clock, reset,
 * journal). All of them judge certificates through the given {@link VerifierService}.
 *
 * <pre>{@code
 * try (RelyingPartyServers rp = RelyingPartyServers.start(
 *     RelyingPartyServers.Options.defaults(verifier, seed, clock, journal))) {
 *   rp.endpoints(); // {"etax": "http://127.0.0.1:…", "platform": "http://…", "relyingparty-admin": "http://…"}
 * }
 * }</pre>
 */
public final class RelyingPartyServers implements AutoCloseable {

  /**
   * How to start.
   *
   * @param host a loopback address
   * @param etaxPort / platformPort / adminPort 0 for any free port
   */
  public record Options(
      VerifierService verifier,
      WorldSeed seed,
      WorldClock clock,
      Journal journal,
      Businesses businesses,
      String host,
      int etaxPort,
      int platformPort,
      int adminPort) {

    public static Options defaults(
        VerifierService verifier, WorldSeed seed, WorldClock clock, Journal journal) {
      return new Options(
          verifier, seed, clock, journal, Businesses.fromFixture(), "127.0.0.1", 0, 0, 0);
    }

    public Options withPorts(int etax, int platform, int admin) {
      return new Options(verifier, seed, clock, journal, businesses, host, etax, platform, admin);
    }
  }

  private final ETaxReception etax;
  private final PlatformOperator platform;
  private final HttpEndpoint etaxEndpoint;
  private final HttpEndpoint platformEndpoint;
  private final HttpEndpoint adminEndpoint;

  private RelyingPartyServers(Options o) {
    Loopback.require(o.host());
    this.etax = new ETaxReception(o.verifier(), o.clock(), o.seed(), o.journal());
    this.platform = new PlatformOperator(o.verifier(), o.businesses(), o.journal());
    HttpEndpoint e = null;
    HttpEndpoint p = null;
    try {
      e = new ETaxHttpApi(etax).routes(builder("etax", o, o.etaxPort())).start();
      p = new PlatformHttpApi(platform).routes(builder("platform", o, o.platformPort())).start();
      this.adminEndpoint =
          new AdminHttpApi(o.clock(), o.journal(), etax)
              .routes(builder("relyingparty-admin", o, o.adminPort()))
              .start();
    } catch (RuntimeException ex) {
      if (e != null) {
        e.close();
      }
      if (p != null) {
        p.close();
      }
      throw ex;
    }
    this.etaxEndpoint = e;
    this.platformEndpoint = p;
  }

  /**
   * Starts every endpoint; when this returns they listen.
   *
   * @throws IllegalArgumentException for a non-loopback host
   * @throws IllegalStateException when a port is taken
   */
  public static RelyingPartyServers start(Options options) {
    return new RelyingPartyServers(options);
  }

  private static HttpEndpoint.Builder builder(String name, Options o, int port) {
    return HttpEndpoint.builder(name).host(o.host()).port(port).threads(4).journal(o.journal());
  }

  public ETaxReception etax() {
    return etax;
  }

  public PlatformOperator platform() {
    return platform;
  }

  public URI etaxUri() {
    return etaxEndpoint.uri();
  }

  public URI platformUri() {
    return platformEndpoint.uri();
  }

  public URI adminUri() {
    return adminEndpoint.uri();
  }

  /** The endpoint URLs for the ready file. */
  public Map<String, String> endpoints() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("etax", etaxEndpoint.uri().toString());
    m.put("platform", platformEndpoint.uri().toString());
    m.put("relyingparty-admin", adminEndpoint.uri().toString());
    return m;
  }

  @Override
  public void close() {
    etaxEndpoint.close();
    platformEndpoint.close();
    adminEndpoint.close();
  }
}
