package dev.mynalab.drivers.card;

import dev.mynalab.card.personalisation.IssuerSession;
import dev.mynalab.card.personalisation.Pins;

/**
 * Puts a reused card back to its issued state between scenarios: each of the four PINs reset to its
 * issued value with a full retry counter, by the 機構 through the issuer channel (PN-02: a locked PIN
 * is reset at the counter, the certificates stay).
 */
final class PinReset {

  private PinReset() {}

  static void restore(IssuerSession session, Pins pins) {
    for (CardSecret s : CardSecret.values()) {
      session.resetPin(s.ref(), s.valueIn(pins));
    }
  }
}
