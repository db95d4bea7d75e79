package dev.mynalab.smartphone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mynalab.ca.hierarchy.CaPurpose;
import dev.mynalab.ca.profile.SmartphoneProfile;
import dev.mynalab.ca.store.CertificateRecord;
import dev.mynalab.card.personalisation.SecretRef;
import dev.mynalab.registry.resident.Resident;
import dev.mynalab.smartphone.se.ChipSession;
import dev.mynalab.verifier.Purpose;
import dev.mynalab.verifier.Status;
import dev.mynalab.world.authority.IssuedCard;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SmartphoneLoadingTest {

  private static List<CertificateRecord> phoneRecords(PhoneLab lab, Resident r, Smartphone p) {
    return lab.world.ca().store().byHolder(r.personId() + "#" + p.id());
  }

  @Test
  void androidIsRefusedTheDayBeforeSp01AndLoadsOnTheDayWithMarkedCertificates() {
    try (PhoneLab lab = new PhoneLab(LocalDate.of(2023, 5, 10))) {
      Resident r = lab.person("山田 花子", LocalDate.of(1985, 6, 1));
      IssuedCard card = lab.card(r);
      Smartphone phone = lab.phones.buy(PhoneModel.android("Pixel TEST", false));

      assertThatThrownBy(() -> lab.load(phone, r))
          .isInstanceOfSatisfying(
              SmartphoneRefused.class, e -> assertThat(e.rule()).isEqualTo("SP-01"))
          .hasMessageContaining("2023-05-11");
      assertThat(phone.loaded()).isFalse();
      assertThat(phoneRecords(lab, r, phone)).isEmpty();

      lab.world.advanceTo(LocalDate.of(2023, 5, 11));
      lab.load(phone, r);

      assertThat(SmartphoneProfile.platformOf(phone.userCertificate().orElseThrow()))
          .contains("android");
      assertThat(SmartphoneProfile.platformOf(phone.signingCertificate().orElseThrow()))
          .contains("android");
      assertThat(SmartphoneProfile.platformOf(card.authenticationCertificate())).isEmpty();
      // the phone's keys are its own, and the card's certificates stay active
      assertThat(phone.userCertificate().orElseThrow().getPublicKey())
          .isNotEqualTo(card.authenticationCertificate().getPublicKey());
      assertThat(
              lab.world.ca().store().active(r.personId(), CaPurpose.SIGNATURE, lab.clock.instant()))
          .hasSize(1);
      assertThat(phoneRecords(lab, r, phone)).hasSize(2);
    }
  }

  @Test
  void thePhoneLogsInWithItsPinAndSignsWithItsPasswordVerifiedByTheVerifier() {
    try (PhoneLab lab = new PhoneLab(LocalDate.of(2024, 4, 1))) {
      Resident r = lab.person("山田 花子", LocalDate.of(1985, 6, 1));
      lab.card(r);
      Smartphone phone = lab.load(lab.phones.buy(PhoneModel.android("Pixel TEST", false)), r);

      var login = phone.logIn(lab.phones.verifier().logins(), Authorisation.pin("9753"));
      assertThat(login.authenticated()).as(login.reasons().toString()).isTrue();

      byte[] doc = "申請書".getBytes(StandardCharsets.UTF_8);
      byte[] sig = phone.signWithSigningKey(doc, Authorisation.password("PHONE99"));
      var verdict =
          lab.phones
              .verifier()
              .verifySignature(doc, sig, phone.signingCertificate().orElseThrow(), Purpose.SIGN);
      assertThat(verdict.status()).isEqualTo(Status.VALID);

      // the card's PIN is not the phone's: the SE counts the wrong entry
      assertThatThrownBy(() -> phone.signWithUserKey(doc, Authorisation.pin("1234")))
          .isInstanceOfSatisfying(
              SmartphoneRefused.class, e -> assertThat(e.statusWord()).isEqualTo(0x63C2));
      // biometrics are refused on a model without support, and never replace the password
      assertThatThrownBy(() -> phone.signWithUserKey(doc, Authorisation.biometric()))
          .hasMessageContaining("biometrics cannot replace");
      assertThatThrownBy(() -> phone.signWithSigningKey(doc, Authorisation.biometric()))
          .hasMessageContaining("signing password");
    }
  }

  @Test
  void biometricsReplaceTheFourDigitPinOnASupportedAndroidModel() {
    try (PhoneLab lab = new PhoneLab(LocalDate.of(2024, 4, 1))) {
      Resident r = lab.person("山田 花子", LocalDate.of(1985, 6, 1));
      lab.card(r);
      Smartphone phone = lab.load(lab.phones.buy(PhoneModel.android("Galaxy TEST", true)), r);
      assertThat(
              phone
                  .logIn(lab.phones.verifier().logins(), Authorisation.biometric())
                  .authenticated())
          .isTrue();
      assertThatThrownBy(
              () -> phone.logIn(lab.phones.verifier().logins(), Authorisation.biometricMismatch()))
          .hasMessageContaining("did not match");
    }
  }

  @Test
  void theIphoneNeedsTheTextPinHoldsTheCardFaceAndIsUsedOnlyWithFaceId() {
    try (PhoneLab lab = new PhoneLab(LocalDate.of(2025, 6, 23))) {
      Resident r = lab.person("山田 花子", LocalDate.of(1985, 6, 1));
      lab.card(r);
      Smartphone phone = lab.phones.buy(PhoneModel.iphone("iPhone TEST"));
      assertThatThrownBy(() -> lab.load(phone, r)).hasMessageContaining("SP-02");

      lab.world.advanceTo(LocalDate.of(2025, 6, 24));
      assertThatThrownBy(
              () ->
                  lab.phones
                      .loading()
                      .load(
                          phone,
                          r.residentCode(),
                          CardCredentials.signingPassword("CARD123"),
                          PhoneLab.PHONE))
          .isInstanceOfSatisfying(
              SmartphoneRefused.class,
              e -> assertThat(e.problem().pointer()).isEqualTo("/card/textPin"));
      assertThatThrownBy(
              () ->
                  lab.phones
                      .loading()
                      .load(
                          phone,
                          r.residentCode(),
                          new CardCredentials("CARD123", "0000"),
                          PhoneLab.PHONE))
          .hasMessageContaining("2 tries left");
      assertThat(phone.loaded()).isFalse();

      lab.load(phone, r);
      assertThat(phone.holdsCardFace()).isTrue();
      assertThat(phone.cardFaceShows("東京都千代田区1-1", Authorisation.biometric())).isTrue();
      assertThat(SmartphoneProfile.platformOf(phone.signingCertificate().orElseThrow()))
          .contains("iphone");
      assertThat(
              phone
                  .logIn(lab.phones.verifier().logins(), Authorisation.biometric())
                  .authenticated())
          .isTrue();
      assertThatThrownBy(
              () -> phone.logIn(lab.phones.verifier().logins(), Authorisation.passcode("123456")))
          .hasMessageContaining("a passcode does not");
      assertThatThrownBy(
              () -> phone.logIn(lab.phones.verifier().logins(), Authorisation.pin("9753")))
          .hasMessageContaining("Face ID");
    }
  }

  @Test
  void aFaceAuthenticationCardCannotLoadAndNothingIsIssued() {
    try (PhoneLab lab = new PhoneLab(LocalDate.of(2024, 4, 1))) {
      Resident r = lab.person("山田 花子", LocalDate.of(1985, 6, 1));
      lab.faceCard(r);
      Smartphone phone = lab.phones.buy(PhoneModel.android("Pixel TEST", false));
      assertThatThrownBy(() -> lab.load(phone, r))
          .isInstanceOfSatisfying(
              SmartphoneRefused.class, e -> assertThat(e.rule()).isEqualTo("CV-07"));
      assertThat(phoneRecords(lab, r, phone)).isEmpty();
    }
  }

  @Test
  void aWrongPasswordCountsOnTheCardAndALockedOneIsRefusedBeforeAnything() {
    try (PhoneLab lab = new PhoneLab(LocalDate.of(2024, 4, 1))) {
      Resident r = lab.person("山田 花子", LocalDate.of(1985, 6, 1));
      IssuedCard card = lab.card(r);
      Smartphone phone = lab.phones.buy(PhoneModel.android("Pixel TEST", false));
      for (int i = 4; i >= 0; i--) {
        int left = i;
        assertThatThrownBy(
                () ->
                    lab.phones
                        .loading()
                        .load(
                            phone,
                            r.residentCode(),
                            CardCredentials.signingPassword("WRONG1"),
                            PhoneLab.PHONE))
            .hasMessageContaining(left > 0 ? left + " tries left" : "");
      }
      assertThat(ChipSession.open(card.card()).triesLeft(SecretRef.SIGN_PASSWORD)).isZero();
      assertThatThrownBy(() -> lab.load(phone, r))
          .isInstanceOfSatisfying(
              SmartphoneRefused.class, e -> assertThat(e.rule()).isEqualTo("PN-01"));
      assertThat(phoneRecords(lab, r, phone)).isEmpty();
    }
  }

  @Test
  void aRevokedCardSigningCertificateIsRefusedByTheVerifier() {
    try (PhoneLab lab = new PhoneLab(LocalDate.of(2024, 4, 1))) {
      Resident r = lab.person("山田 花子", LocalDate.of(1985, 6, 1));
      lab.card(r);
      lab.world
          .registry()
          .moveWithin(
              new dev.mynalab.registry.api.Requests.MoveWithin(
                  r.residentCode(), lab.clock.today(), "東京都千代田区2-2", null));
      Smartphone phone = lab.phones.buy(PhoneModel.android("Pixel TEST", false));
      assertThatThrownBy(() -> lab.load(phone, r))
          .isInstanceOfSatisfying(
              SmartphoneRefused.class, e -> assertThat(e.rule()).isEqualTo("verifier"))
          .hasMessageContaining("REVOKED");
      assertThat(phone.loaded()).isFalse();
    }
  }

  @Test
  void anExpiredCardSigningCertificateIsRefused() {
    try (PhoneLab lab = new PhoneLab(LocalDate.of(2023, 6, 1))) {
      Resident r = lab.person("山田 花子", LocalDate.of(1985, 1, 15));
      lab.card(r);
      // the certificates end on the 5th birthday (2028-01-15), the card on the 10th
      lab.world.advanceTo(LocalDate.of(2028, 2, 1));
      Smartphone phone = lab.phones.buy(PhoneModel.android("Pixel TEST", false));
      assertThatThrownBy(() -> lab.load(phone, r)).hasMessageContaining("EXPIRED");
    }
  }
}
