package dev.mynalab.ca.profile;

/**
 * A municipality as the CRL partitions know it: the 5-digit 地方公共団体コード without check digit (it also
 * appears in characters 15–19 of the authentication CN), the prefecture and the romanised name used
 * in the CRLDP DirName (e.g. {@code Hokkaido}, {@code Sapporo-shi-Minami-ku}).
 */
public record Municipality(String code, String prefecture, String name, String nameJa) {

  public Municipality {
    if (code == null || !code.matches("\\d{5}")) {
      throw new IllegalArgumentException("municipality code must be 5 digits, got '" + code + "'");
    }
    if (prefecture == null || prefecture.isBlank() || name == null || name.isBlank()) {
      throw new IllegalArgumentException("municipality " + code + " needs a prefecture and a name");
    }
  }
}
