package dev.mynalab.registry.number;

/** A string that is not a valid My Number, with the reason: malformed or a wrong check digit. */
public final class InvalidMyNumberException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final MyNumberCheck.Result result;

  InvalidMyNumberException(MyNumberCheck.Result result, String candidate) {
    super(message(result, candidate));
    this.result = result;
  }

  public MyNumberCheck.Result result() {
    return result;
  }

  private static String message(MyNumberCheck.Result result, String candidate) {
    if (result == MyNumberCheck.Result.WRONG_CHECK_DIGIT) {
      int expected = MyNumberCheck.checkDigit(candidate.substring(0, MyNumber.LENGTH - 1));
      return "wrong check digit: "
          + candidate
          + " ends in "
          + candidate.charAt(MyNumber.LENGTH - 1)
          + ", but the check digit of "
          + candidate.substring(0, MyNumber.LENGTH - 1)
          + " is "
          + expected;
    }
    return MyNumberCheck.describeMalformation(candidate);
  }
}
