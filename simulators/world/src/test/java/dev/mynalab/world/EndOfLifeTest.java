package dev.mynalab.world;

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
import dev.mynalab.world.OcspCheck.Status;
import dev.mynalab.world.authority.ExpressIssue;
import dev.mynalab.world.authority.InfantCards;
import dev.mynalab.world.authority.IssuanceFailure;
import dev.mynalab.world.authority.IssuedCard;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The end of a card's life across registry, CA and verifier: 返納 (LV-04), a 死亡届 filed late
 * (invalidityDate), a 国外転出者's certificates against the 附票 (OS-02), and the infant rules (CV-05,
 * MN-07).
 */
class EndOfLifeTest {

  private static final Pins PINS = new Pins("1234", "ABC123", "5678", "2468");
  private static final String CHIYODA = "131016";
  private static final String SAPPORO = "011002";

  private final WorldClock clock = WorldClock.frozenAt(LocalDate.of(2026, 4, 1));
  private final ReferenceWorld world =
      ReferenceWorld.create(clock, WorldSeed.of(42), new Journal(clock));

  private Resident resident(String name, LocalDate birth) {
    return world
        .registry()
        .birth(
            new Requests.Birth(
                CHIYODA,
                PersonName.of(name),
                birth,
                Sex.MALE,
                Nationality.JAPANESE,
                new Honseki(CHIYODA, "千代田区1番地"),
                "東京都千代田区1-1",
                null));
  }

  @Test
  void aReturnedCardLapsesAndBothCertificatesAreRevokedWithoutInvalidityDate() {
    Resident r = resident("返納 一郎", LocalDate.of(1980, 5, 1));
    IssuedCard card = world.authority().issueCard(r.residentCode(), PINS, clock.today());
    world.advanceTo(LocalDate.of(2026, 6, 1));
    world.registry().returnCard(new Requests.CardReturn(r.residentCode(), null));
    assertThat(world.authority().valid(card)).isFalse();
    OcspCheck.Answer a = world.ocsp().answerFor(card.authenticationCertificate());
    assertThat(a.status()).isEqualTo(Status.REVOKED);
    assertThat(a.invalidFrom()).isNull();
    assertThat(world.ocsp().statusOf(card.signingCertificate().orElseThrow()))
        .isEqualTo(Status.REVOKED);
  }

  @Test
  void aLateDeathNoticeIsDatedBackToTheDayOfDeath() {
    Resident r = resident("遅野 清", LocalDate.of(1950, 5, 1));
    IssuedCard card = world.authority().issueCard(r.residentCode(), PINS, clock.today());
    world.advanceTo(LocalDate.of(2026, 6, 6));
    world.registry().death(new Requests.Death(r.residentCode(), LocalDate.of(2026, 6, 1)));
    X509Certificate signing = card.signingCertificate().orElseThrow();
    OcspCheck.Answer a = world.ocsp().answerFor(signing);
    var died = LocalDate.of(2026, 6, 1).atStartOfDay(WorldClock.JST).toInstant();
    assertThat(a.invalidFrom()).isEqualTo(died);
    assertThat(a.revokedAt()).isEqualTo(clock.instant());
    assertThat(a.forSignatureMadeAt(died.minusSeconds(1))).isEqualTo(Status.GOOD);
    assertThat(a.forSignatureMadeAt(died.plusSeconds(86_400))).isEqualTo(Status.REVOKED);
  }

  @Test
  void aDepartedHolderGetsAnOverseasSigningCertificateOnlyAtTheHonseki() {
    Resident r = resident("旅田 一郎", LocalDate.of(1980, 5, 1));
    IssuedCard card = world.authority().issueCard(r.residentCode(), PINS, clock.today());
    LocalDate departure = LocalDate.of(2026, 4, 20);
    world
        .registry()
        .emigrate(new Requests.Emigration(r.residentCode(), departure, "US", null, clock.today()));
    assertThatThrownBy(
            () ->
                world
                    .authority()
                    .issueOverseasSigningCertificate(r.residentCode(), CHIYODA, "NEW2468"))
        .isInstanceOfSatisfying(
            IssuanceFailure.class, e -> assertThat(e.rule()).isEqualTo("OS-02"));
    world.advanceTo(LocalDate.of(2026, 5, 1));
    assertThatThrownBy(
            () ->
                world
                    .authority()
                    .issueOverseasSigningCertificate(r.residentCode(), SAPPORO, "NEW2468"))
        .isInstanceOf(IssuanceFailure.class);
    assertThat(card.signingCertificate()).isPresent(); // nothing was erased by the refusals
    X509Certificate fresh =
        world.authority().issueOverseasSigningCertificate(r.residentCode(), CHIYODA, "NEW2468");
    assertThat(world.ocsp().statusOf(fresh)).isEqualTo(Status.GOOD);
    assertThat(card.signingCertificate()).contains(fresh);
  }

  @Test
  void infantsUnderOneFromDecember2024GetAPhotolessCardAndExpressIssue() {
    LocalDate born = LocalDate.of(2025, 1, 10);
    assertThat(InfantCards.photoless(born, LocalDate.of(2026, 1, 9))).isTrue();
    assertThat(InfantCards.photoless(born, LocalDate.of(2026, 1, 10))).isFalse();
    assertThat(InfantCards.photoless(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 12, 1)))
        .isFalse();
    assertThat(ExpressIssue.applies(ExpressIssue.Ground.INFANT, LocalDate.of(2025, 3, 1), born))
        .isTrue();
    assertThat(ExpressIssue.applies(ExpressIssue.Ground.ORDINARY, LocalDate.of(2025, 3, 1), born))
        .isFalse();
    assertThat(
            ExpressIssue.applies(ExpressIssue.Ground.LOSS_REISSUE, LocalDate.of(2024, 12, 1), born))
        .isFalse();
    Resident baby = resident("乳井 一", born);
    // received 2026-01-01, before the first birthday: the card face has no photo (CV-05)
    IssuedCard card =
        world.authority().issueCard(baby.residentCode(), PINS, LocalDate.of(2026, 1, 1));
    assertThat(card.holder().facePhoto()).isFalse();
  }
}
