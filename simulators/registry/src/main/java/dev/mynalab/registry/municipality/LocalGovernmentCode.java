package dev.mynalab.registry.municipality;

/**
 * The 全国地方公共団体コード (JIS X 0401/0402 plus 総務省's check digit): 2 digits of prefecture, 3 of
 * municipality, then a 検査数字. The check digit: S = 6·d1 + 5·d2 + 4·d3 + 3·d4 + 2·d5, then (11 − S
 * mod 11) mod 10. E.g. 千代田区 13101 → 6.
 */
public final class LocalGovernmentCode {

  private LocalGovernmentCode() {}

  /** The check digit of a 5-digit code. */
  public static int checkDigit(String fiveDigits) {
    if (fiveDigits == null || !fiveDigits.matches("\\d{5}")) {
      throw new IllegalArgumentException("a 5-digit code is needed, got " + fiveDigits);
    }
    int[] weights = {6, 5, 4, 3, 2};
    int sum = 0;
    for (int i = 0; i < 5; i++) {
      sum += (fiveDigits.charAt(i) - '0') * weights[i];
    }
    return (11 - sum % 11) % 10;
  }

  /** True when {@code code} is 6 digits whose last is the check digit of the first 5. */
  public static boolean isValid(String code) {
    return code != null
        && code.matches("\\d{6}")
        && checkDigit(code.substring(0, 5)) == code.charAt(5) - '0';
  }
}
