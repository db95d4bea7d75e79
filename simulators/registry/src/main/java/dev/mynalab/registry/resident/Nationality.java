package dev.mynalab.registry.resident;

import java.time.LocalDate;

/**
 * 国籍: Japanese ({@code JP}), or a foreign resident's country with the end of the 在留期間 (null for
 * 永住者, 特別永住者 and other stays without a fixed end; CV-04).
 *
 * @param country ISO 3166-1 alpha-2, {@code JP} for Japanese nationals
 * @param stayUntil 在留期間満了日 of a foreign resident with a fixed stay, else null
 */
public record Nationality(String country, LocalDate stayUntil) {

  public static final Nationality JAPANESE = new Nationality("JP", null);

  public boolean japanese() {
    return "JP".equals(country);
  }

  /** Why this nationality cannot be recorded, or null. */
  public String problem() {
    if (country == null || !country.matches("[A-Z]{2}")) {
      return "country must be an ISO 3166-1 alpha-2 code such as JP or VN, got '" + country + "'";
    }
    if (japanese() && stayUntil != null) {
      return "a Japanese national has no 在留期間";
    }
    return null;
  }
}
