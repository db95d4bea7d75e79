package dev.mynalab.card.personalisation;

import java.util.Objects;

/**
 * The four PINs the holder chooses at issuance (PN-01): 署名用パスワード, 利用者証明用暗証番号, 住民基本台帳用暗証番号,
 * 券面事項入力補助用暗証番号 (the last three may be equal). The card checks the formats again; this record only
 * refuses obviously wrong input early. {@link #toString()} never shows a value.
 */
public record Pins(String authPin, String signPassword, String textPin, String jukiPin) {

  public Pins {
    Objects.requireNonNull(authPin, "authPin");
    Objects.requireNonNull(signPassword, "signPassword");
    Objects.requireNonNull(textPin, "textPin");
    Objects.requireNonNull(jukiPin, "jukiPin");
    requireFourDigits("authPin", authPin);
    requireFourDigits("textPin", textPin);
    requireFourDigits("jukiPin", jukiPin);
    if (!validSignPassword(signPassword)) {
      throw new IllegalArgumentException(
          "signPassword must be 6–16 of A–Z and 0–9 with at least one letter and one digit");
    }
  }

  /** One 4-digit PIN for the three PIN slots (allowed by PN-01) and a sign password. */
  public static Pins of(String fourDigitPin, String signPassword) {
    return new Pins(fourDigitPin, signPassword, fourDigitPin, fourDigitPin);
  }

  public static boolean validSignPassword(String s) {
    return s != null
        && s.matches("[A-Z0-9]{6,16}")
        && s.chars().anyMatch(Character::isLetter)
        && s.chars().anyMatch(Character::isDigit);
  }

  static void requireFourDigits(String field, String value) {
    if (!value.matches("[0-9]{4}")) {
      throw new IllegalArgumentException(field + " must be exactly 4 digits");
    }
  }

  @Override
  public String toString() {
    return "Pins[****]";
  }
}
