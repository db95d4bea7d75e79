package dev.mynalab.medical.facility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MedicalFacilityTest {

  @Test
  void withoutAReaderTheObligationIsMetOnlyBefore20230401() {
    MedicalFacility none = new MedicalFacility("紙の医院", MedicalFacility.Kind.CLINIC, null);
    assertThat(none.meetsObligationOn(LocalDate.of(2023, 3, 31))).isTrue();
    assertThat(none.meetsObligationOn(LocalDate.of(2023, 4, 1))).isFalse();
  }

  @Test
  void aReaderCountsFromItsInstallationDay() {
    MedicalFacility late =
        new MedicalFacility("遅い病院", MedicalFacility.Kind.HOSPITAL, LocalDate.of(2023, 6, 1));
    assertThat(late.offersOnlineChecksOn(LocalDate.of(2023, 5, 31))).isFalse();
    assertThat(late.meetsObligationOn(LocalDate.of(2023, 5, 31))).isFalse();
    assertThat(late.meetsObligationOn(LocalDate.of(2023, 6, 1))).isTrue();
  }
}
