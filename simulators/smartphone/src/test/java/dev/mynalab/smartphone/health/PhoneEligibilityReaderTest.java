package dev.mynalab.smartphone.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mynalab.card.personalisation.Pins;
import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.kit.journal.Journal;
import dev.mynalab.kit.person.Sex;
import dev.mynalab.kit.random.WorldSeed;
import dev.mynalab.registry.api.Requests;
import dev.mynalab.registry.resident.Honseki;
import dev.mynalab.registry.resident.Nationality;
import dev.mynalab.registry.resident.PersonName;
import dev.mynalab.registry.resident.Resident;
import dev.mynalab.smartphone.Authorisation;
import dev.mynalab.smartphone.CardCredentials;
import dev.mynalab.smartphone.PhoneModel;
import dev.mynalab.smartphone.PhoneSecrets;
import dev.mynalab.smartphone.Smartphone;
import dev.mynalab.smartphone.SmartphoneRefused;
import dev.mynalab.smartphone.SmartphoneWorld;
import dev.mynalab.world.ReferenceWorld;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** SP-03: phones at facility readers from 2025-09-19, only with the added reader. */
class PhoneEligibilityReaderTest {

  @Test
  void aPhoneIsAcceptedFromTheDayAtAFacilityWithTheAddedReaderOnly() {
    WorldClock clock = WorldClock.frozenAt(LocalDate.of(2025, 9, 18));
    ReferenceWorld world = ReferenceWorld.create(clock, WorldSeed.of(11), new Journal(clock));
    try (SmartphoneWorld phones = new SmartphoneWorld(world)) {
      Resident r =
          world
              .registry()
              .birth(
                  new Requests.Birth(
                      "131016",
                      PersonName.of("山田 花子"),
                      LocalDate.of(1985, 6, 1),
                      Sex.FEMALE,
                      Nationality.JAPANESE,
                      new Honseki("131016", "千代田区1番地"),
                      "東京都千代田区1-1",
                      null));
      world.authority().issueCard(r.residentCode(), Pins.of("1234", "CARD123"), clock.today());
      Smartphone phone = phones.buy(PhoneModel.iphone("iPhone TEST"));
      phones
          .loading()
          .load(
              phone,
              r.residentCode(),
              new CardCredentials("CARD123", "1234"),
              new PhoneSecrets("9753", "PHONE99"));

      PhoneEligibilityReader withReader = phones.facilityReader(true);
      assertThat(withReader.acceptsPhonesToday()).isFalse();
      assertThatThrownBy(() -> withReader.presentPhone(phone, Authorisation.biometric()))
          .isInstanceOfSatisfying(
              SmartphoneRefused.class, e -> assertThat(e.rule()).isEqualTo("SP-03"))
          .hasMessageContaining("2025-09-19");

      world.advanceTo(LocalDate.of(2025, 9, 19));
      EligibilityAnswer answer = withReader.presentPhone(phone, Authorisation.biometric());
      assertThat(answer.accepted()).as(answer.reasons().toString()).isTrue();
      assertThat(answer.platform()).isEqualTo("iphone");

      assertThatThrownBy(
              () -> phones.facilityReader(false).presentPhone(phone, Authorisation.biometric()))
          .hasMessageContaining("has not added the reader");
    }
  }
}
