package dev.mynalab.registry.number;

import java.util.Objects;

/**
 * A 個人番号 (My Number): 12 decimal digits, the 11-digit base followed by the 検査用数字 (check digit).
 * Leading zeros are significant, so the value is a string (rule MN-01). An instance always holds a
 * well-formed number with a correct check digit: parse with {@link #parse(String)}, which says
 * precisely what is wrong otherwise.
 */
public record MyNumber(String digits) {

  public static final int LENGTH = 12;

  public MyNumber {
    Objects.requireNonNull(digits, "digits");
    MyNumberCheck.Result result = MyNumberCheck.check(digits);
    if (result != MyNumberCheck.Result.VALID) {
      throw new InvalidMyNumberException(result, digits);
    }
  }

  /**
   * Parses a number as written.
   *
   * @throws InvalidMyNumberException saying whether the input is malformed or has a wrong check
   *     digit
   */
  public static MyNumber parse(String text) {
    return new MyNumber(text);
  }

  /** The number made of an 11-digit base and its computed check digit. */
  public static MyNumber fromBase(String base) {
    return new MyNumber(base + MyNumberCheck.checkDigit(base));
  }

  /** The 11 digits before the check digit. */
  public String base() {
    return digits.substring(0, LENGTH - 1);
  }

  @Override
  public String toString() {
    return digits;
  }
}
