package dev.mynalab.smartphone;

import dev.mynalab.card.personalisation.Pins;
import java.util.Objects;

/**
 * The phone-side secrets the holder chooses while loading (SP-01: the phone certificates have their
 * own PINs; SP-02: new iPhone-side PINs are set): a 4-digit PIN for the user certificate and a
 * signing password in the card's format (PN-01). {@link #toString()} never shows a value.
 */
public record PhoneSecrets(String userPin, String signPassword) {

  public PhoneSecrets {
    Objects.requireNonNull(userPin, "userPin");
    Objects.requireNonNull(signPassword, "signPassword");
    if (!userPin.matches("[0-9]{4}")) {
      throw new IllegalArgumentException("userPin must be exactly 4 digits");
    }
    if (!Pins.validSignPassword(signPassword)) {
      throw new IllegalArgumentException(
          "signPassword must be 6–16 of A–Z and 0–9 with at least one letter and one digit");
    }
  }

  @Override
  public String toString() {
    return "PhoneSecrets[****]";
  }
}
