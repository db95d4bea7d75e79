package dev.mynalab.kit.http;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A simulator served on loopback as two endpoints (DESIGN.md principle 3): its protocol plane and,
 * on a port of its own, its admin plane. Started together — when the admin plane cannot start, the
 * protocol plane is closed again, so nothing half-started is left listening — and closed together.
 */
public final class ServicePlanes implements AutoCloseable {

  private final String name;
  private final HttpEndpoint protocol;
  private final HttpEndpoint admin;

  private ServicePlanes(String name, HttpEndpoint protocol, HttpEndpoint admin) {
    this.name = name;
    this.protocol = protocol;
    this.admin = admin;
  }

  /**
   * Starts {@code protocol}, then the admin plane {@code admin} builds.
   *
   * @param name the ready-file key of the protocol plane; the admin plane's is {@code name-admin}
   */
  public static ServicePlanes start(
      String name, HttpEndpoint.Builder protocol, Supplier<HttpEndpoint.Builder> admin) {
    HttpEndpoint p = protocol.start();
    try {
      return new ServicePlanes(name, p, admin.get().start());
    } catch (RuntimeException e) {
      p.close();
      throw e;
    }
  }

  public URI uri() {
    return protocol.uri();
  }

  public URI adminUri() {
    return admin.uri();
  }

  /** For a ready file: {@code name} → protocol URI, {@code name-admin} → admin URI. */
  public Map<String, String> endpoints() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put(name, uri().toString());
    m.put(name + "-admin", adminUri().toString());
    return m;
  }

  @Override
  public void close() {
    protocol.close();
    admin.close();
  }
}
