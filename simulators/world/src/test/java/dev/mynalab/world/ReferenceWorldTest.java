package dev.mynalab.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mynalab.ca.hierarchy.CaPurpose;
import dev.mynalab.ca.store.CertificateRecord;
import dev.mynalab.ca.store.RevocationReason;
import dev.mynalab.card.client.CardClient;
import dev.mynalab.card.personalisation.Pins;
import dev.mynalab.card.transport.InProcessTransport;
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
import dev.mynalab.world.authority.IssuanceFailure;
import dev.mynalab.world.authority.IssuedCard;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The join of registry, card and CA: issuance with on-card keys, revocation by notification. */
class ReferenceWorldTest {

  private static final Pins PINS = new Pins("1234", "ABC123", "5678", "2468");
  private static final String CHIYODA = "131016";

  private final WorldClock clock = WorldClock.frozenAt(LocalDate.of(2026, 4, 1));
  private final Journal journal = new Journal(clock);
  private final ReferenceWorld world = ReferenceWorld.create(clock, WorldSeed.of(42), journal);

  private Resident resident(String name, LocalDate birth) {
    return world
        .registry()
        .birth(
            new Requests.Birth(
                CHIYODA,
                PersonName.of(name),
                birth,
                Sex.FEMALE,
                Nationality.JAPANESE,
                new Honseki(CHIYODA, "千代田区1番地"),
                "東京都千代田区1-1",
                null));
  }

  private static X509Certificate parse(byte[] der) throws Exception {
    return (X509Certificate)
        CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
  }

  @Test
  void theCardSignsAChallengeWithAKeyItGeneratedAndTheCaCertified() throws Exception {
    Resident r = resident("鈴木 花子", LocalDate.of(1985, 6, 1));
    IssuedCard card = world.authority().issueCard(r.residentCode(), PINS, clock.today());

    CardClient client = new CardClient(new InProcessTransport(card.card()));
    client.selectJpki();
    CardClient.Read read = client.readAll(0x000A);
    assertThat(read.ok()).isTrue();
    X509Certificate onCard = parse(read.data());
    List<CertificateRecord> issued = world.ca().store().byHolder(r.personId());
    assertThat(issued).extracting(CertificateRecord::certificate).contains(onCard);

    byte[] challenge = "challenge from a relying party".getBytes(StandardCharsets.UTF_8);
    assertThat(client.verify(0x0018, PINS.authPin())).isEqualTo(0x9000);
    byte[] hash = MessageDigest.getInstance("SHA-256").digest(challenge);
    var response = client.sign(0x0017, CardClient.sha256DigestInfo(hash));
    assertThat(response.getSW()).isEqualTo(0x9000);
    Signature v = Signature.getInstance("SHA256withRSA");
    v.initVerify(onCard.getPublicKey());
    v.update(challenge);
    assertThat(v.verify(response.getData())).isTrue();
    assertThat(card.signingCertificate()).isPresent();
    assertThat(world.ocsp().statusOf(onCard)).isEqualTo(Status.GOOD);
  }

  @Test
  void afterATenkyoTheSigningCertificateIsRevokedAndTheUserCertificateStaysGood() {
    Resident r = resident("田中 一郎", LocalDate.of(1980, 1, 10));
    IssuedCard card = world.authority().issueCard(r.residentCode(), PINS, clock.today());
    X509Certificate signing = card.signingCertificate().orElseThrow();

    world.advanceDays(3);
    world
        .registry()
        .moveWithin(new Requests.MoveWithin(r.residentCode(), clock.today(), "東京都千代田区2-2", null));

    CertificateRecord rec =
        world.ca().store().byHolder(r.personId()).stream()
            .filter(c -> c.purpose() == CaPurpose.SIGNATURE)
            .findFirst()
            .orElseThrow();
    assertThat(rec.revocation()).isPresent();
    assertThat(rec.revocation().get().reason()).isEqualTo(RevocationReason.AFFILIATION_CHANGED);
    assertThat(world.ocsp().statusOf(signing)).isEqualTo(Status.REVOKED);
    assertThat(world.ocsp().statusOf(card.authenticationCertificate())).isEqualTo(Status.GOOD);

    world.authority().writeNewAddress(r.residentCode(), PINS.jukiPin());
    assertThat(card.holder().address()).isEqualTo("東京都千代田区2-2");
    X509Certificate renewed =
        world.authority().reissueSigningCertificate(r.residentCode(), "NEW456");
    assertThat(world.ocsp().statusOf(renewed)).isEqualTo(Status.GOOD);
    assertThat(renewed.getSerialNumber()).isNotEqualTo(signing.getSerialNumber());
  }

  @Test
  void theAddressIsNotWrittenWithAWrongJukiPin() {
    Resident r = resident("山田 太郎", LocalDate.of(1990, 3, 3));
    IssuedCard card = world.authority().issueCard(r.residentCode(), PINS, clock.today());
    world.advanceDays(1);
    world
        .registry()
        .moveWithin(new Requests.MoveWithin(r.residentCode(), clock.today(), "東京都千代田区3-3", null));
    assertThatThrownBy(() -> world.authority().writeNewAddress(r.residentCode(), "0000"))
        .isInstanceOf(IssuanceFailure.class)
        .satisfies(e -> assertThat(((IssuanceFailure) e).statusWord() & 0xFFF0).isEqualTo(0x63C0));
    assertThat(card.holder().address()).isEqualTo("東京都千代田区1-1");
  }

  @Test
  void underFifteenTheCardHasNoSigningCertificate() {
    Resident r = resident("小林 陽太", LocalDate.of(2015, 5, 5));
    IssuedCard card = world.authority().issueCard(r.residentCode(), PINS, clock.today());
    assertThat(card.signingCertificate()).isEmpty();
    CardClient client = new CardClient(new InProcessTransport(card.card()));
    client.selectJpki();
    assertThat(client.readAll(0x0001).ok()).isFalse();
    assertThat(world.ca().store().byHolder(r.personId()))
        .extracting(CertificateRecord::purpose)
        .containsExactly(CaPurpose.AUTHENTICATION);
  }

  @Test
  void aSuspensionRevokesBothAndLiftingItRestoresNeither() {
    Resident r = resident("佐々木 優", LocalDate.of(1975, 12, 24));
    IssuedCard card = world.authority().issueCard(r.residentCode(), PINS, clock.today());
    assertThat(world.authority().suspend(r.residentCode())).hasSize(2);
    world.authority().liftSuspension(r.residentCode());
    assertThat(world.ocsp().statusOf(card.authenticationCertificate())).isEqualTo(Status.REVOKED);
    assertThat(world.ocsp().statusOf(card.signingCertificate().orElseThrow()))
        .isEqualTo(Status.REVOKED);
  }

  @Test
  void aReissuedCardMakesTheOldOneLapseWithItsCertificates() {
    Resident r = resident("高橋 恵", LocalDate.of(1988, 8, 8));
    IssuedCard old = world.authority().issueCard(r.residentCode(), PINS, clock.today());
    world.advanceDays(10);
    IssuedCard fresh = world.authority().issueCard(r.residentCode(), PINS, clock.today());
    assertThat(world.authority().valid(old)).isFalse();
    assertThat(world.authority().valid(fresh)).isTrue();
    assertThat(world.ocsp().statusOf(old.authenticationCertificate())).isEqualTo(Status.REVOKED);
    assertThat(world.ocsp().statusOf(fresh.authenticationCertificate())).isEqualTo(Status.GOOD);
  }

  @Test
  void emigrationRevokesTheSigningCertificateOnTheDepartureDate() {
    Resident r = resident("伊藤 直子", LocalDate.of(1970, 7, 7));
    IssuedCard card = world.authority().issueCard(r.residentCode(), PINS, clock.today());
    LocalDate departure = clock.today().plusDays(10);
    world
        .registry()
        .emigrate(new Requests.Emigration(r.residentCode(), departure, "US", null, clock.today()));
    X509Certificate signing = card.signingCertificate().orElseThrow();
    world.advanceTo(departure.minusDays(1));
    assertThat(world.ocsp().statusOf(signing)).isEqualTo(Status.GOOD);
    world.advanceTo(departure);
    assertThat(world.ocsp().statusOf(signing)).isEqualTo(Status.REVOKED);
    assertThat(world.ocsp().statusOf(card.authenticationCertificate())).isEqualTo(Status.GOOD);
  }

  @Test
  void aFaceAuthenticationCardHasNoSigningCertificateAndNoUserPin() {
    Resident r = resident("中村 健", LocalDate.of(1950, 2, 2));
    IssuedCard card =
        world
            .authority()
            .issueCard(
                new dev.mynalab.world.authority.CardApplication(
                    r.residentCode(), PINS, clock.today(), true));
    assertThat(card.signingCertificate()).isEmpty();
    CardClient client = new CardClient(new InProcessTransport(card.card()));
    client.selectJpki();
    assertThat(client.verify(0x0018, PINS.authPin())).isNotEqualTo(0x9000);
    assertThat(client.readAll(0x000A).ok()).isTrue();
  }

  @Test
  void anUnknownResidentGetsNoCardAndNothingIsRecorded() {
    long before = journal.entries().size();
    assertThatThrownBy(() -> world.authority().issueCard("00000000000", PINS, clock.today()))
        .isInstanceOf(IssuanceFailure.class);
    assertThat(journal.entries().size()).isEqualTo(before);
  }

  @Test
  void renewalInTheLastThreeMonthsRunsToTheSixthBirthdayCappedByTheCard() {
    Resident r = resident("森 一", LocalDate.of(1980, 5, 1));
    IssuedCard card = world.authority().issueCard(r.residentCode(), PINS, clock.today());
    X509Certificate before = card.authenticationCertificate();
    world.advanceTo(LocalDate.of(2030, 2, 15));
    List<X509Certificate> renewed = world.authority().renewCertificates(r.residentCode());
    assertThat(renewed).hasSize(2);
    assertThat(lastDay(renewed.get(0))).isEqualTo(LocalDate.of(2035, 5, 1));
    assertThat(world.ocsp().statusOf(before)).isEqualTo(Status.REVOKED);
    assertThat(world.ocsp().statusOf(card.authenticationCertificate())).isEqualTo(Status.GOOD);
  }

  private LocalDate lastDay(X509Certificate c) {
    return world.ca().store().all().stream()
        .filter(r -> r.certificate().equals(c))
        .findFirst()
        .orElseThrow()
        .lastDay();
  }

  @Test
  void aLateMoveInMakesTheCardLapseAndRevokesBothCertificates() {
    Resident r = resident("岡田 守", LocalDate.of(1985, 1, 1));
    IssuedCard card = world.authority().issueCard(r.residentCode(), PINS, clock.today());
    world.registry().moveOut(new Requests.MoveOut(r.residentCode(), clock.today(), "011002"));
    world.advanceDays(31);
    assertThat(world.authority().valid(card)).isFalse();
    assertThat(world.ocsp().statusOf(card.authenticationCertificate())).isEqualTo(Status.REVOKED);
  }

  @Test
  void noNewSigningCertificateUnderFifteen() {
    Resident r = resident("小林 葵", LocalDate.of(2014, 1, 1));
    world.authority().issueCard(r.residentCode(), PINS, clock.today());
    assertThatThrownBy(
            () -> world.authority().reissueSigningCertificate(r.residentCode(), "NEW456"))
        .isInstanceOf(IssuanceFailure.class)
        .satisfies(e -> assertThat(((IssuanceFailure) e).rule()).isEqualTo("EC-03"));
  }

  @Test
  void aFaceAuthenticationCardIsRefusedBeforeItExistedAndNothingIsRecorded() {
    clock.set(LocalDate.of(2023, 12, 14));
    Resident r = resident("中村 静", LocalDate.of(1950, 2, 2));
    assertThatThrownBy(
            () ->
                world
                    .authority()
                    .issueCard(
                        new dev.mynalab.world.authority.CardApplication(
                            r.residentCode(), PINS, clock.today(), true)))
        .isInstanceOf(IssuanceFailure.class)
        .satisfies(e -> assertThat(((IssuanceFailure) e).rule()).isEqualTo("CV-07"));
    assertThat(world.registry().find(r.residentCode()).orElseThrow().card()).isNull();
  }
}
