package dev.mynalab.registry.number;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mynalab.registry.number.MyNumberCheck.Result;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MyNumberCheckTest {

  /** Published valid examples (domain-rules.md MN-02). */
  @ParameterizedTest
  @ValueSource(strings = {"123456789018", "111111111118", "000111111111", "983205673214"})
  void publishedExamplesAreValid(String number) {
    assertThat(MyNumberCheck.check(number)).isEqualTo(Result.VALID);
    assertThat(MyNumber.parse(number).base()).isEqualTo(number.substring(0, 11));
  }

  @ParameterizedTest
  @ValueSource(strings = {"123456789019", "111111111110", "000111111112", "983205673210"})
  void everyOtherLastDigitIsWrong(String number) {
    assertThat(MyNumberCheck.check(number)).isEqualTo(Result.WRONG_CHECK_DIGIT);
    assertThatThrownBy(() -> MyNumber.parse(number))
        .isInstanceOf(InvalidMyNumberException.class)
        .hasMessageContaining("wrong check digit");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "12345", "1234567890180", "12345678901a", "１２３４５６７８９０１８", " 23456789018"})
  void malformedInputIsNamedAsSuch(String number) {
    assertThat(MyNumberCheck.check(number)).isEqualTo(Result.MALFORMED);
    assertThatThrownBy(() -> MyNumber.parse(number))
        .isInstanceOf(InvalidMyNumberException.class)
        .extracting(e -> ((InvalidMyNumberException) e).result())
        .isEqualTo(Result.MALFORMED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0000000000", "999999999999"})
  void baseMustBeElevenDigits(String base) {
    assertThatThrownBy(() -> MyNumberCheck.checkDigit(base))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @org.junit.jupiter.api.Test
  void remainderZeroAndOneGiveCheckDigitZero() {
    // sum 0 → r 0 → 0; 5·2 = 10 → r 10 → 1; 1·6 = 6 → r 6 → 5; 6·2 = 12 → r 1 → 0
    assertThat(MyNumberCheck.checkDigit("00000000000")).isZero();
    assertThat(MyNumberCheck.checkDigit("00000000005")).isEqualTo(1);
    assertThat(MyNumberCheck.checkDigit("10000000000")).isEqualTo(5);
    // 00000000010 → 1*3 = 3, r=3 → 8;  00000000001 → 2 → 9; r = 1 case: 00000000006 → 12 mod 11 = 1
    // → 0
    assertThat(MyNumberCheck.checkDigit("00000000006")).isZero();
  }
}
