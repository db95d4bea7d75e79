package dev.mynalab.ca.ocsp;

import java.util.Locale;

/**
 * What the responder does with a request nonce (the named parameter {@code ca.ocsp.nonce}).
 *
 * <p>The trade-off: responses are pre-signed per certificate so that the hot path does no RSA
 * signing; a nonce, being fresh per request, defeats pre-signing. RFC 8954 §2.1 (and RFC 5019
 * practice at large CAs) lets a responder ignore the nonce — replay is then bounded by the short
 * thisUpdate/nextUpdate window, and the client must check those times instead. Echoing the nonce
 * gives clients replay protection at the price of one RSA signature per such request.
 */
public enum NoncePolicy {
  /**
   * The default: the nonce is ignored and the pre-signed response is served (RFC 8954 §2.1; clients
   * like {@code openssl ocsp} then warn "no nonce in response" but verify).
   */
  IGNORE,
  /**
   * A request with a nonce (1–32 octets, else malformedRequest per RFC 8954) is signed on demand
   * with the nonce echoed; requests without a nonce still get the pre-signed response.
   */
  SIGN_ON_DEMAND;

  public static final NoncePolicy DEFAULT = IGNORE;

  public static NoncePolicy parse(String text) {
    String t = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
    for (NoncePolicy p : values()) {
      if (p.name().equals(t)) {
        return p;
      }
    }
    throw new IllegalArgumentException(
        "ca.ocsp.nonce must be ignore or sign-on-demand, got '" + text + "'");
  }
}
