package dev.mynalab.card.personalisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** 照合番号, era dates, card expiry (CV-01..03), 個人番号 check digit and PIN formats (PN-01). */
class HolderDataTest {

  private HolderData holder(LocalDate dob, LocalDate expiry, String code) {
    return new HolderData("国分　太郎", "東京都清瀬市", dob, 1, "537686677188", "13221", expiry, code);
  }

  @Test
  void verificationNumberBUsesTheEraYearOfBirth() {
    // card-interface.md §3: 1980-02-17 (昭和55), expiry 2035, code 2285 → 55021720352285
    HolderData h = holder(LocalDate.of(1980, 2, 17), LocalDate.of(2035, 2, 17), "2285");
    assertThat(h.verificationNumberB()).isEqualTo("55021720352285");
    assertThat(h.eraBirthDate()).isEqualTo("550217");
    assertThat(h.verificationNumberA()).isEqualTo("537686677188");
    assertThat(holder(LocalDate.of(2019, 5, 1), LocalDate.of(2030, 5, 1), "0001").eraBirthDate())
        .as("令和元年")
        .isEqualTo("010501");
    assertThat(holder(LocalDate.of(1989, 1, 7), LocalDate.of(2030, 1, 7), "0001").eraBirthDate())
        .as("昭和64年")
        .isEqualTo("640107");
  }

  @Test
  void cardExpiryIsTheTenthOrFifthBirthdayAfterIssue() {
    LocalDate dob = LocalDate.of(1980, 2, 17);
    assertThat(CardValidity.expiry(dob, LocalDate.of(2026, 1, 27))).isEqualTo("2035-02-17");
    // CV-03: a birthday on the issue date itself does not count
    assertThat(CardValidity.expiry(dob, LocalDate.of(2026, 2, 17))).isEqualTo("2036-02-17");
    // minors: the 5th birthday; CV-02: the threshold was 20 before 2022-04-01 and is 18 since
    LocalDate eighteen = LocalDate.of(2003, 5, 1);
    assertThat(CardValidity.expiry(eighteen, LocalDate.of(2022, 3, 31))).isEqualTo("2026-05-01");
    assertThat(CardValidity.expiry(eighteen, LocalDate.of(2022, 4, 1))).isEqualTo("2031-05-01");
  }

  @Test
  void cardExpiryIsTheRuleBooksWithItsOneLeapDayParameter() {
    LocalDate leap = LocalDate.of(2000, 2, 29);
    LocalDate issued = LocalDate.of(2020, 3, 10); // 10th birthday after: 2030, a common year
    assertThat(CardValidity.expiry(leap, issued)).isEqualTo("2030-02-28");
    dev.mynalab.rulebook.RuleBookParameters d = dev.mynalab.rulebook.RuleBookParameters.defaults();
    dev.mynalab.rulebook.RuleBook march =
        new dev.mynalab.rulebook.RuleBook(
            new dev.mynalab.rulebook.RuleBookParameters(
                dev.mynalab.rulebook.RuleBookParameters.LeapDayBirthday.MAR_01,
                d.ageTestAnchor(),
                d.dayBeforeBirthday()));
    assertThat(CardValidity.expiry(march, leap, issued, issued)).isEqualTo("2030-03-01");
    // CV-02: the receipt date, not the issue date, picks the threshold (20 before 2022-04-01)
    LocalDate nineteen = LocalDate.of(2002, 6, 10);
    assertThat(
            CardValidity.expiry(
                dev.mynalab.rulebook.RuleBook.withDefaults(),
                nineteen,
                LocalDate.of(2022, 3, 15),
                LocalDate.of(2022, 4, 20)))
        .isEqualTo("2026-06-10");
  }

  @Test
  void myNumberCheckDigit() {
    assertThat(MyNumbers.valid("537686677188")).as("the MC test card's number").isTrue();
    assertThat(MyNumbers.valid("537686677189")).isFalse();
    assertThat(MyNumbers.valid("53768667718")).isFalse();
    assertThatThrownBy(
            () ->
                new HolderData(
                    "a",
                    "b",
                    LocalDate.of(2000, 1, 1),
                    1,
                    "537686677189",
                    "13221",
                    LocalDate.of(2030, 1, 1),
                    "1234"))
        .hasMessageContaining("個人番号");
  }

  @Test
  void pinsFollowTheRulesAndNeverPrintThemselves() {
    assertThat(Pins.validSignPassword("ABC123")).isTrue();
    assertThat(Pins.validSignPassword("ABCDEF")).as("needs a digit").isFalse();
    assertThat(Pins.validSignPassword("123456")).as("needs a letter").isFalse();
    assertThat(Pins.validSignPassword("abc123")).as("upper case only").isFalse();
    assertThat(Pins.validSignPassword("A1234")).as("6 at least").isFalse();
    assertThat(Pins.validSignPassword("A1234567890123456")).as("16 at most").isFalse();
    assertThatThrownBy(() -> Pins.of("123", "ABC123")).hasMessageContaining("4 digits");
    assertThat(Pins.of("1234", "ABC123").toString()).doesNotContain("1234").doesNotContain("ABC");
  }

  @Test
  void aPhotolessCardKeepsEverythingButThePhotoAndAnAddressChangeKeepsItPhotoless() {
    HolderData h = holder(LocalDate.of(2025, 1, 10), LocalDate.of(2030, 1, 10), "0001");
    assertThat(h.facePhoto()).isTrue();
    HolderData none = h.withoutFacePhoto();
    assertThat(none.facePhoto()).isFalse();
    assertThat(none.myNumber()).isEqualTo(h.myNumber());
    assertThat(none.withAddress("東京都千代田区2-2").facePhoto()).isFalse();
  }
}
