package dev.mynalab.rulebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleBookParametersTest {

  @Test
  void defaultsAreDocumentedAndListed() {
    RuleBookParameters p = RuleBookParameters.fromProperties(Map.of());
    assertThat(p).isEqualTo(RuleBookParameters.defaults());
    assertThat(p.asMap())
        .containsExactly(
            Map.entry("mynalab.rule.leapDayBirthday", "FEB_28"),
            Map.entry("mynalab.rule.ageTestAnchor", "ISSUE_DATE"),
            Map.entry("mynalab.rule.dayBeforeBirthday", "NOT_YET_OF_AGE"),
            Map.entry("mynalab.rule.phoneCertificatesFollowCard", "true"));
    assertThat(p.describe()).allSatisfy(d -> assertThat(d.allowed()).contains(d.value()));
  }

  @Test
  void propertiesOverrideDefaults() {
    RuleBookParameters p =
        RuleBookParameters.fromProperties(
            Map.of(
                "mynalab.rule.leapDayBirthday", "mar_01",
                "mynalab.rule.ageTestAnchor", "APPLICATION_RECEIPT_DATE"));
    assertThat(p.leapDayBirthday()).isEqualTo(RuleBookParameters.LeapDayBirthday.MAR_01);
    assertThat(p.ageTestAnchor())
        .isEqualTo(RuleBookParameters.AgeTestAnchor.APPLICATION_RECEIPT_DATE);
  }

  @Test
  void aBadValueNamesTheKeyAndTheAllowedValues() {
    assertThatThrownBy(
            () ->
                RuleBookParameters.fromProperties(Map.of("mynalab.rule.leapDayBirthday", "03-01")))
        .isInstanceOf(InvalidRuleBookParameterException.class)
        .hasMessageContaining("mynalab.rule.leapDayBirthday")
        .hasMessageContaining("FEB_28, MAR_01")
        .hasMessageContaining("'03-01'");
  }

  @Test
  void phoneCertificatesFollowCardIsABooleanAndAnOpenQuestionOfSp04() {
    assertThat(
            RuleBookParameters.fromProperties(
                    Map.of("mynalab.rule.phoneCertificatesFollowCard", " FALSE "))
                .phoneCertificatesFollowCard())
        .isFalse();
    assertThat(RuleBookParameters.defaults().phoneCertificatesFollowCard()).isTrue();
    assertThat(RuleBookParameters.defaults().describe())
        .anySatisfy(
            d -> {
              assertThat(d.key()).isEqualTo("mynalab.rule.phoneCertificatesFollowCard");
              assertThat(d.ruleId()).isEqualTo("SP-04");
              assertThat(d.meaning()).contains("unverified");
            });
    assertThatThrownBy(
            () ->
                RuleBookParameters.fromProperties(
                    Map.of("mynalab.rule.phoneCertificatesFollowCard", "yes")))
        .isInstanceOf(InvalidRuleBookParameterException.class)
        .hasMessageContaining("mynalab.rule.phoneCertificatesFollowCard")
        .hasMessageContaining("true, false");
  }

  @Test
  void anUnknownKeyIsRefused() {
    assertThatThrownBy(
            () -> RuleBookParameters.fromProperties(Map.of("mynalab.rule.leapday", "FEB_28")))
        .isInstanceOf(InvalidRuleBookParameterException.class)
        .hasMessageContaining("mynalab.rule.leapday")
        .hasMessageContaining("mynalab.rule.leapDayBirthday");
  }

  @Test
  void systemPropertiesAreRead() {
    System.setProperty("mynalab.rule.dayBeforeBirthday", "ALREADY_OF_AGE");
    try {
      assertThat(RuleBook.fromSystemProperties().parameters().dayBeforeBirthday())
          .isEqualTo(RuleBookParameters.DayBeforeBirthday.ALREADY_OF_AGE);
    } finally {
      System.clearProperty("mynalab.rule.dayBeforeBirthday");
    }
  }
}
