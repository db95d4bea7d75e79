package dev.mynalab.registry.http;

import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.kit.http.HttpEndpoint;
import dev.mynalab.kit.journal.Journal;
import dev.mynalab.kit.random.WorldSeed;
import dev.mynalab.registry.ResidentRegistry;
import dev.mynalab.registry.municipality.Municipalities;
import dev.mynalab.registry.store.RegistryStore;
import dev.mynalab.registry.store.Stores;
import dev.mynalab.rulebook.RuleBook;
import java.net.URI;

/**
 * The register as two HTTP endpoints: the protocol plane ({@link RegistryApi}, the clerks' 届出 and
 * 住基ネット queries) and the admin plane ({@link AdminApi}: health, time, reset, journal, rule book).
 * {@code ./mynalab world up} starts it with {@link #start}; tests start it on free ports.
 */
public final class RegistryServer implements AutoCloseable {

  private final HttpEndpoint protocol;
  private final HttpEndpoint admin;

  private RegistryServer(HttpEndpoint protocol, HttpEndpoint admin) {
    this.protocol = protocol;
    this.admin = admin;
  }

  /**
   * Starts both planes on loopback; port 0 picks a free one.
   *
   * @throws IllegalStateException naming the endpoint when a port is taken
   */
  public static RegistryServer start(
      ResidentRegistry registry, WorldClock clock, Journal journal, int port, int adminPort) {
    RegistryApi api = new RegistryApi(registry);
    HttpEndpoint protocol =
        HttpEndpoint.builder("registry")
            .port(port)
            .journal(journal)
            .post(RegistryApi.BASE, api::post)
            .get(RegistryApi.BASE, api::get)
            .start();
    HttpEndpoint admin;
    try {
      admin =
          new AdminApi(registry, clock, journal)
              .routes(HttpEndpoint.builder("registry-admin").port(adminPort))
              .start();
    } catch (RuntimeException e) {
      protocol.close();
      throw e;
    }
    return new RegistryServer(protocol, admin);
  }

  /**
   * A complete register from system properties, for {@code world up} and standalone runs: {@code
   * mynalab.registry.store} ({@link Stores#ALLOWED}, default {@code memory}), {@code
   * mynalab.registry.user}/{@code .password}, {@code mynalab.registry.port}/{@code .adminPort}, the
   * seed ({@code mynalab.seed}) and the rule book ({@code mynalab.rule.*}).
   */
  public static RegistryServer fromSystemProperties(WorldClock clock, Journal journal) {
    ResidentRegistry registry =
        new ResidentRegistry(
            storeFromSystemProperties(),
            Municipalities.fromFixture(),
            RuleBook.fromSystemProperties(),
            clock,
            WorldSeed.fromSystemProperty(),
            journal);
    return serve(registry, clock, journal);
  }

  /**
   * The store the system properties configure: {@code mynalab.registry.store} ({@link
   * Stores#ALLOWED}, default {@code memory}) with {@code mynalab.registry.user}/{@code .password}.
   *
   * @throws IllegalArgumentException naming the property when its value is not understood
   */
  public static RegistryStore storeFromSystemProperties() {
    return Stores.open(
        System.getProperty("mynalab.registry.store", "memory"),
        System.getProperty("mynalab.registry.user", "sa"),
        System.getProperty("mynalab.registry.password", ""));
  }

  /**
   * Serves an existing register (e.g. the reference world's, joined to the CAs) on the ports of
   * {@code mynalab.registry.port}/{@code .adminPort} (default 0: any free one).
   */
  public static RegistryServer serve(ResidentRegistry registry, WorldClock clock, Journal journal) {
    return start(
        registry,
        clock,
        journal,
        intProperty("mynalab.registry.port", 0),
        intProperty("mynalab.registry.adminPort", 0));
  }

  private static int intProperty(String key, int fallback) {
    String v = System.getProperty(key);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(v.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " must be a port number 0..65535, got '" + v + "'");
    }
  }

  public URI uri() {
    return protocol.uri();
  }

  public URI adminUri() {
    return admin.uri();
  }

  @Override
  public void close() {
    protocol.close();
    admin.close();
  }
}
