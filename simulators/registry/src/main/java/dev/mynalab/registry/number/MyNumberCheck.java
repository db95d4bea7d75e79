package dev.mynalab.registry.number;

/**
 * The check digit of a 個人番号, per 行政手続における特定の個人を識別するための番号の利用等に関する法律施行令第八条に規定する
 * 個人番号とすべき番号の生成方法等に関する命令 第5条 (rule MN-02).
 *
 * <p>Let P<sub>n</sub> be the n-th digit of the 11-digit base counted from the right (n = 1 is the
 * rightmost) and Q<sub>n</sub> = n + 1 for 1 ≤ n ≤ 6, n − 5 for 7 ≤ n ≤ 11; r = Σ
 * P<sub>n</sub>Q<sub>n</sub> mod 11; the check digit is 0 when r ≤ 1, else 11 − r. Read left to
 * right the weights are 6,5,4,3,2,7,6,5,4,3,2.
 */
public final class MyNumberCheck {

  /** What a check of a candidate string found. */
  public enum Result {
    VALID,
    /** Twelve ASCII digits whose last digit is not the check digit of the first eleven. */
    WRONG_CHECK_DIGIT,
    /** Not twelve ASCII digits (wrong length, letters, full-width digits, spaces …). */
    MALFORMED
  }

  private static final int[] WEIGHTS = {6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

  private MyNumberCheck() {}

  /** Checks a candidate My Number as written; never throws. */
  public static Result check(String candidate) {
    if (!isAsciiDigits(candidate, MyNumber.LENGTH)) {
      return Result.MALFORMED;
    }
    int expected = checkDigit(candidate.substring(0, MyNumber.LENGTH - 1));
    return candidate.charAt(MyNumber.LENGTH - 1) - '0' == expected
        ? Result.VALID
        : Result.WRONG_CHECK_DIGIT;
  }

  /**
   * The check digit of an 11-digit base.
   *
   * @throws IllegalArgumentException when {@code base} is not 11 ASCII digits
   */
  public static int checkDigit(String base) {
    if (!isAsciiDigits(base, WEIGHTS.length)) {
      throw new IllegalArgumentException(
          "the base of a My Number is 11 ASCII digits, got '" + base + "'");
    }
    int sum = 0;
    for (int i = 0; i < WEIGHTS.length; i++) {
      sum += (base.charAt(i) - '0') * WEIGHTS[i];
    }
    int r = sum % 11;
    return r <= 1 ? 0 : 11 - r;
  }

  /** Explains a malformed candidate in one sentence, for error messages. */
  public static String describeMalformation(String candidate) {
    if (candidate == null || candidate.isEmpty()) {
      return "a My Number is 12 digits, but the input is empty";
    }
    for (int i = 0; i < candidate.length(); i++) {
      char c = candidate.charAt(i);
      if (c < '0' || c > '9') {
        return "a My Number is 12 ASCII digits, but character "
            + (i + 1)
            + " is '"
            + c
            + "'"
            + (Character.isDigit(c) ? " (a non-ASCII digit, e.g. full-width)" : "");
      }
    }
    return "a My Number is 12 digits, but the input has " + candidate.length();
  }

  private static boolean isAsciiDigits(String s, int length) {
    if (s == null || s.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
