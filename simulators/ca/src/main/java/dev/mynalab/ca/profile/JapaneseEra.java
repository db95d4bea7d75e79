package dev.mynalab.ca.profile;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * The 生年月日 value of the signing certificate's SAN (OID 1.2.392.200149.8.5.5.4, card-interface.md
 * §5): {@code EYYYYMMDD}, the era code (1 明治, 2 大正, 3 昭和, 4 平成, 5 令和, 0 unknown) followed by the
 * Gregorian date.
 */
public final class JapaneseEra {

  private static final LocalDate TAISHO = LocalDate.of(1912, 7, 30);
  private static final LocalDate SHOWA = LocalDate.of(1926, 12, 25);
  private static final LocalDate HEISEI = LocalDate.of(1989, 1, 8);
  private static final LocalDate REIWA = LocalDate.of(2019, 5, 1);
  private static final LocalDate MEIJI = LocalDate.of(1868, 1, 25);

  private JapaneseEra() {}

  /** The era code of {@code date}: 1 明治 … 5 令和, 0 before 明治 (unknown). */
  public static int code(LocalDate date) {
    if (!date.isBefore(REIWA)) {
      return 5;
    }
    if (!date.isBefore(HEISEI)) {
      return 4;
    }
    if (!date.isBefore(SHOWA)) {
      return 3;
    }
    if (!date.isBefore(TAISHO)) {
      return 2;
    }
    if (!date.isBefore(MEIJI)) {
      return 1;
    }
    return 0;
  }

  /** {@code EYYYYMMDD}, e.g. {@code 319800217} for 1980-02-17 (昭和). */
  public static String sanValue(LocalDate date) {
    return code(date) + date.format(DateTimeFormatter.BASIC_ISO_DATE);
  }
}
