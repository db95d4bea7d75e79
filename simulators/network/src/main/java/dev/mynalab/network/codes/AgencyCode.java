package dev.mynalab.network.codes;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A 機関別符号 (情報提供用個人識別符号): the code by which one information-holding agency names one person on the
 * information-provision network. 32 upper-case hexadecimal characters (128 bits), so it can never
 * be mistaken for a 12-digit 個人番号 or an 11-digit 住民票コード, and guessing one is hopeless (番号法 第2条第14項
 * defines the 符号 as something other than the 個人番号).
 */
public record AgencyCode(String value) {

  private static final Pattern FORM = Pattern.compile("[0-9A-F]{32}");

  public AgencyCode {
    Objects.requireNonNull(value, "value");
    if (!FORM.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "a 機関別符号 is 32 upper-case hexadecimal characters, got " + value.length() + " chars");
    }
  }

  /** Whether {@code text} has the form of a code (says nothing about whether one was issued). */
  public static boolean isWellFormed(String text) {
    return text != null && FORM.matcher(text).matches();
  }

  @Override
  public String toString() {
    return value;
  }
}
