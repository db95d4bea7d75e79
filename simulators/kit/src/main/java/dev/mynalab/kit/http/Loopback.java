package dev.mynalab.kit.http;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The simulators serve TEST material only and listen on loopback only (load and fault tests never
 * leave the machine): every server that lets its host be chosen checks it here.
 */
public final class Loopback {

  private Loopback() {}

  /**
   * @throws IllegalArgumentException when {@code host} is not a loopback address or does not
   *     resolve
   */
  public static void require(String host) {
    try {
      if (!InetAddress.getByName(host).isLoopbackAddress()) {
        throw new IllegalArgumentException(
            "host must be a loopback address (127.0.0.1, ::1, localhost: test servers only), got '"
                + host
                + "'");
      }
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("host '" + host + "' cannot be resolved", e);
    }
  }
}
