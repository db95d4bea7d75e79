package dev.mynalab.konbini.server;

import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.kit.http.HttpEndpoint;
import dev.mynalab.kit.http.ServicePlanes;
import dev.mynalab.kit.journal.Journal;
import dev.mynalab.konbini.CertificateHolders;
import dev.mynalab.konbini.IssuanceCenter;
import dev.mynalab.konbini.pinreset.ResetBookings;
import java.net.URI;
import java.util.Map;

/**
 * The 証明書交付センター as a service on loopback: the protocol plane ({@link KonbiniHttpApi}) and the admin
 * plane ({@link KonbiniAdminApi}) on two ports. A thin adapter over the library: the lead's {@code
 * world up} builds an {@link IssuanceCenter} on the world's verifier, registry and 機構 and starts
 * this; tests start it on free ports.
 */
public final class KonbiniServer implements AutoCloseable {

  private final ServicePlanes planes;

  private KonbiniServer(ServicePlanes planes) {
    this.planes = planes;
  }

  /**
   * Starts both planes on 127.0.0.1.
   *
   * @param port protocol port, 0 for any free one
   * @param adminPort admin port, 0 for any free one
   */
  public static KonbiniServer start(
      IssuanceCenter center,
      ResetBookings bookings,
      CertificateHolders holders,
      WorldClock clock,
      Journal journal,
      int port,
      int adminPort) {
    return new KonbiniServer(
        ServicePlanes.start(
            "konbini",
            new KonbiniHttpApi(center, bookings, holders)
                .routes(
                    HttpEndpoint.builder("konbini").host("127.0.0.1").port(port).journal(journal)),
            () ->
                new KonbiniAdminApi(
                        clock,
                        journal,
                        center.hours(),
                        () -> {
                          center.reset();
                          bookings.reset();
                        })
                    .routes(
                        HttpEndpoint.builder("konbini-admin").host("127.0.0.1").port(adminPort))));
  }

  public URI uri() {
    return planes.uri();
  }

  public URI adminUri() {
    return planes.adminUri();
  }

  /** For the world's ready file: {@code konbini} and {@code konbini-admin}. */
  public Map<String, String> endpoints() {
    return planes.endpoints();
  }

  @Override
  public void close() {
    planes.close();
  }
}
