package dev.mynalab.card.personalisation;

/** 個人番号 check digit (MN-02: 命令 第5条): weights n+1 for n ≤ 6, n−5 for n ≥ 7, from the right. */
public final class MyNumbers {

  private MyNumbers() {}

  public static boolean valid(String number) {
    return number != null
        && number.matches("[0-9]{12}")
        && checkDigit(number.substring(0, 11)) == number.charAt(11) - '0';
  }

  /** The check digit of an 11-digit base. */
  public static int checkDigit(String base) {
    if (!base.matches("[0-9]{11}")) {
      throw new IllegalArgumentException("the base of a 個人番号 is 11 digits");
    }
    int sum = 0;
    for (int n = 1; n <= 11; n++) {
      int p = base.charAt(11 - n) - '0';
      int q = n <= 6 ? n + 1 : n - 5;
      sum += p * q;
    }
    int r = sum % 11;
    return r <= 1 ? 0 : 11 - r;
  }
}
