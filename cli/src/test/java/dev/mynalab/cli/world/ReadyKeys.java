package dev.mynalab.cli.world;

import java.util.List;

/**
 * The ready-file keys of {@code world up} whose values are HTTP(S) URLs (README endpoint table).
 */
public final class ReadyKeys {

  private ReadyKeys() {}

  /** Every HTTP(S) endpoint, protocol and admin planes, in start order. */
  public static final List<String> HTTP =
      List.of(
          "ocsp",
          "crl",
          "admin",
          "verifier",
          "verifier-admin",
          "registry",
          "registry-admin",
          "etax",
          "platform",
          "relyingparty-admin",
          "medical",
          "medical-admin",
          "konbini",
          "konbini-admin",
          "network",
          "network-admin",
          "portal");
}
