package dev.mynalab.registry.municipality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MunicipalitiesTest {

  @ParameterizedTest(name = "{0} → check digit {1}")
  @CsvSource({"13101, 6", "01100, 2", "13104, 1", "47325, 1", "13113, 0", "27100, 4"})
  void checkDigitOfKnownCodes(String five, int digit) {
    assertThat(LocalGovernmentCode.checkDigit(five)).isEqualTo(digit);
  }

  @Test
  void aWrongCheckDigitOrShapeIsInvalid() {
    assertThat(LocalGovernmentCode.isValid("131016")).isTrue();
    assertThat(LocalGovernmentCode.isValid("131017")).isFalse();
    assertThat(LocalGovernmentCode.isValid("13101")).isFalse();
    assertThat(LocalGovernmentCode.isValid("13101a")).isFalse();
    assertThat(LocalGovernmentCode.isValid(null)).isFalse();
    assertThatThrownBy(
            () -> new Municipality("131017", "東京都", "千代田区", Municipality.Kind.SPECIAL_WARD))
        .hasMessageContaining("131017");
  }

  @Test
  void theFixtureCoversSeveralPrefecturesAndEveryKind() {
    Municipalities all = Municipalities.fromFixture();
    assertThat(all.all())
        .extracting(Municipality::prefecture)
        .hasSizeGreaterThan(20)
        .contains("東京都", "北海道", "沖縄県");
    assertThat(all.all().stream().map(Municipality::prefecture).distinct().count())
        .isGreaterThanOrEqualTo(10);
    assertThat(all.all()).extracting(Municipality::kind).contains(Municipality.Kind.values());
    assertThat(all.find("473251")).hasValueSatisfying(m -> assertThat(m.name()).isEqualTo("読谷村"));
    assertThat(all.find("999999")).isEmpty();
  }

  @Test
  void aDuplicateCodeIsRefused() {
    Municipality m = new Municipality("131016", "東京都", "千代田区", Municipality.Kind.SPECIAL_WARD);
    assertThatThrownBy(() -> new Municipalities(List.of(m, m))).hasMessageContaining("twice");
  }
}
