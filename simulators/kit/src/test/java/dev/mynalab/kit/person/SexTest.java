package dev.mynalab.kit.person;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Each system's encoding of 性別, in one place. */
class SexTest {

  @Test
  void theSigningCertificateSays1For男2For女3ForUnknown() {
    assertThat(Sex.MALE.jpkiCode()).isEqualTo("1");
    assertThat(Sex.FEMALE.jpkiCode()).isEqualTo("2");
    assertThat(Sex.UNKNOWN.jpkiCode()).isEqualTo("3");
  }

  @Test
  void theCardHoldsIso5218AndReadsBack() {
    for (Sex s : Sex.values()) {
      assertThat(Sex.ofCardCode(s.cardCode())).isEqualTo(s);
    }
    assertThat(Sex.UNKNOWN.cardCode()).isEqualTo(9);
    assertThat(Sex.ofCardCode(0)).isEqualTo(Sex.UNKNOWN);
  }

  @Test
  void theRegisterRecordsOnly男Or女() {
    assertThat(Sex.MALE.inRegister()).isTrue();
    assertThat(Sex.FEMALE.inRegister()).isTrue();
    assertThat(Sex.UNKNOWN.inRegister()).isFalse();
    assertThat(Sex.FEMALE.japanese()).isEqualTo("女");
  }
}
