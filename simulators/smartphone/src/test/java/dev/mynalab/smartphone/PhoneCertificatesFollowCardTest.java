package dev.mynalab.smartphone;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mynalab.ca.store.CertificateRecord;
import dev.mynalab.ca.store.RevocationReason;
import dev.mynalab.registry.api.Requests;
import dev.mynalab.registry.resident.Resident;
import dev.mynalab.verifier.Purpose;
import dev.mynalab.verifier.Status;
import dev.mynalab.world.authority.IssuedCard;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** SP-04 (unverified): the rule-book parameter phoneCertificatesFollowCard, both ways. */
class PhoneCertificatesFollowCardTest {

  private static void moveWithin(PhoneLab lab, Resident r) {
    lab.world
        .registry()
        .moveWithin(
            new Requests.MoveWithin(r.residentCode(), lab.clock.today(), "東京都千代田区2-2", null));
  }

  @Test
  void followingTheCardAChangeOfAddressRevokesThePhoneSigningCertificateToo() {
    try (PhoneLab lab = new PhoneLab(LocalDate.of(2024, 4, 1), true)) {
      Resident r = lab.person("山田 花子", LocalDate.of(1985, 6, 1));
      IssuedCard card = lab.card(r);
      Smartphone phone = lab.load(lab.phones.buy(PhoneModel.android("Pixel TEST", false)), r);
      // the phone certificate never outlives the card's (issued later, it would otherwise)
      assertThat(phone.signingCertificate().orElseThrow().getNotAfter())
          .isBeforeOrEqualTo(card.signingCertificate().orElseThrow().getNotAfter());

      moveWithin(lab, r);

      var verifier = lab.phones.verifier();
      assertThat(verifier.validate(phone.signingCertificate().orElseThrow(), Purpose.SIGN).status())
          .isEqualTo(Status.REVOKED);
      assertThat(verifier.validate(phone.userCertificate().orElseThrow(), Purpose.AUTH).status())
          .isEqualTo(Status.VALID);
      CertificateRecord rec =
          lab.world.ca().store().byHolder(phone.holderReference().orElseThrow()).stream()
              .filter(c -> c.certificate().equals(phone.signingCertificate().orElseThrow()))
              .findFirst()
              .orElseThrow();
      assertThat(rec.revocation().orElseThrow().reason())
          .isEqualTo(RevocationReason.AFFILIATION_CHANGED);
    }
  }

  @Test
  void independentOfTheCardTheSameChangeLeavesThePhoneCertificateActive() {
    try (PhoneLab lab = new PhoneLab(LocalDate.of(2024, 4, 1), false)) {
      Resident r = lab.person("山田 花子", LocalDate.of(1985, 6, 1));
      lab.card(r);
      Smartphone phone = lab.load(lab.phones.buy(PhoneModel.android("Pixel TEST", false)), r);
      moveWithin(lab, r);
      assertThat(
              lab.phones
                  .verifier()
                  .validate(phone.signingCertificate().orElseThrow(), Purpose.SIGN)
                  .status())
          .isEqualTo(Status.VALID);
      assertThat(lab.world.revocations().companions(r.personId())).isEmpty();
    }
  }

  @Test
  void aLostPhoneIsSuspendedThroughTheHotlineAndTheCardIsNotTouched() {
    try (PhoneLab lab = new PhoneLab(LocalDate.of(2024, 4, 1))) {
      Resident r = lab.person("山田 花子", LocalDate.of(1985, 6, 1));
      IssuedCard card = lab.card(r);
      Smartphone phone = lab.load(lab.phones.buy(PhoneModel.android("Pixel TEST", false)), r);

      assertThat(lab.phones.hotline().reportLost(phone)).hasSize(2);

      var login = phone.logIn(lab.phones.verifier().logins(), Authorisation.pin("9753"));
      assertThat(login.authenticated()).isFalse();
      assertThat(login.outcome()).isEqualTo("CERTIFICATE_REJECTED");
      assertThat(
              lab.phones
                  .verifier()
                  .validate(card.signingCertificate().orElseThrow(), Purpose.SIGN)
                  .status())
          .isEqualTo(Status.VALID);
    }
  }
}
