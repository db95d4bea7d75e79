package dev.mynalab.smartphone;

import dev.mynalab.rulebook.RuleBook;
import java.time.LocalDate;

/**
 * The two ways a phone carries JPKI, each with its own start date in the rule book.
 *
 * <ul>
 *   <li>{@link #ANDROID}: スマホ用電子証明書 loaded through the マイナポータル app (SP-01, from 2023-05-11).
 *   <li>{@link #IPHONE}: 「iPhoneのマイナンバーカード」 in Apple Wallet (SP-02, from 2025-06-24): also holds
 *       the card-face data, and is used only with Face ID / Touch ID.
 * </ul>
 */
public enum Platform {
  ANDROID("android", "SP-01", RuleBook.ANDROID_PHONE_CERTIFICATES_FROM, "Androidのスマホ用電子証明書"),
  IPHONE("iphone", "SP-02", RuleBook.IPHONE_MY_NUMBER_CARD_FROM, "iPhoneのマイナンバーカード");

  private final String code;
  private final String rule;
  private final LocalDate availableFrom;
  private final String label;

  Platform(String code, String rule, LocalDate availableFrom, String label) {
    this.code = code;
    this.rule = rule;
    this.availableFrom = availableFrom;
    this.label = label;
  }

  /** The platform as the CA's TEST marker names it ({@code android}, {@code iphone}). */
  public String code() {
    return code;
  }

  /** The rule of domain-rules.md §9 that governs it. */
  public String rule() {
    return rule;
  }

  /** The first day the service exists. */
  public LocalDate availableFrom() {
    return availableFrom;
  }

  public String label() {
    return label;
  }

  public boolean availableOn(LocalDate date) {
    return !date.isBefore(availableFrom);
  }

  /** The platform named by a TEST marker code. */
  public static Platform ofCode(String code) {
    for (Platform p : values()) {
      if (p.code.equals(code)) {
        return p;
      }
    }
    throw new IllegalArgumentException("no platform " + code);
  }
}
