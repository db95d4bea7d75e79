package dev.mynalab.ca.profile;

/**
 * Which day is the 誕生日 of someone born on 29 February in a common year, for certificate expiry
 * ("through the 5th birthday after issue", EC-01). No source defines it for JPKI (domain-rules.md
 * AG-03, an open question): the named parameter {@code ca.leap-day-birthday} chooses, and every
 * report prints it.
 */
public enum LeapDayBirthday {
  /**
   * 28 February — the default: the 年齢計算ニ関スル法律 with 民法 第143条 ただし書 completes the year at the end of
   * 02-28, and statutes that define a deemed birthday (銃刀法 第7条の2) use 02-28. Unverified for JPKI.
   */
  FEB_28,
  /** 1 March — the other reading (the day after 28 February). */
  MAR_01;

  public static final LeapDayBirthday DEFAULT = FEB_28;

  /** Parses {@code feb-28} / {@code mar-01} (case-insensitive; underscores allowed). */
  public static LeapDayBirthday parse(String text) {
    String t = text.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
    for (LeapDayBirthday v : values()) {
      if (v.name().equals(t)) {
        return v;
      }
    }
    throw new IllegalArgumentException(
        "ca.leap-day-birthday must be feb-28 or mar-01, got '" + text + "'");
  }
}
