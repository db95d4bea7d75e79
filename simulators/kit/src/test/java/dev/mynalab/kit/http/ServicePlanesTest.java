package dev.mynalab.kit.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServicePlanesTest {

  private static HttpEndpoint.Builder plane(String name, int port) {
    return HttpEndpoint.builder(name)
        .port(port)
        .get("/ping", r -> HttpResponse.ok(Map.of("plane", name)));
  }

  @Test
  void bothPlanesListenUnderTheirKeysAndCloseTogether() throws Exception {
    ServicePlanes planes = ServicePlanes.start("svc", plane("svc", 0), () -> plane("svc-admin", 0));
    assertThat(planes.endpoints())
        .containsOnlyKeys("svc", "svc-admin")
        .containsEntry("svc", planes.uri().toString())
        .containsEntry("svc-admin", planes.adminUri().toString());
    int protocol = planes.uri().getPort();
    int admin = planes.adminUri().getPort();
    new Socket("127.0.0.1", protocol).close();
    new Socket("127.0.0.1", admin).close();
    planes.close();
    for (int port : new int[] {protocol, admin}) {
      assertThatThrownBy(() -> new Socket("127.0.0.1", port).close())
          .isInstanceOf(ConnectException.class);
    }
  }

  @Test
  void whenTheAdminPlaneCannotStartTheProtocolPlaneIsClosedAgain() throws Exception {
    int free;
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      free = probe.getLocalPort();
    }
    int protocolPort = free;
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      assertThatThrownBy(
              () ->
                  ServicePlanes.start(
                      "svc",
                      plane("svc", protocolPort),
                      () -> {
                        try (Socket up = new Socket("127.0.0.1", protocolPort)) {
                          assertThat(up.isConnected()).as("the protocol plane was up").isTrue();
                        } catch (java.io.IOException e) {
                          throw new AssertionError("the protocol plane did not listen", e);
                        }
                        return plane("svc-admin", taken.getLocalPort());
                      }))
          .isInstanceOf(IllegalStateException.class);
    }
    assertThatThrownBy(() -> new Socket("127.0.0.1", protocolPort).close())
        .as("nothing half-started is left listening")
        .isInstanceOf(ConnectException.class);
  }
}
