package dev.mynalab.world.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mynalab.card.client.CardClient;
import dev.mynalab.card.personalisation.Pins;
import dev.mynalab.card.transport.InProcessTransport;
import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.kit.journal.Journal;
import dev.mynalab.kit.person.Sex;
import dev.mynalab.kit.random.WorldSeed;
import dev.mynalab.network.portal.AuthenticatedHolder;
import dev.mynalab.network.portal.AuthenticationFailedException;
import dev.mynalab.network.resident.JuminhyoCodeChange;
import dev.mynalab.registry.api.Requests;
import dev.mynalab.registry.resident.Honseki;
import dev.mynalab.registry.resident.Nationality;
import dev.mynalab.registry.resident.PersonName;
import dev.mynalab.registry.resident.Resident;
import dev.mynalab.world.ReferenceWorld;
import dev.mynalab.world.authority.IssuedCard;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The 情報提供ネットワーク's ports joined to the registry and to the CA of the reference world. */
class NetworkJoinTest {

  private static final Pins PINS = new Pins("1234", "ABC123", "5678", "2468");
  private static final String CHIYODA = "131016";
  private static final byte[] CHALLENGE = "マイナポータル challenge".getBytes(StandardCharsets.UTF_8);

  private final WorldClock clock = WorldClock.frozenAt(LocalDate.of(2026, 4, 1));
  private final ReferenceWorld world =
      ReferenceWorld.create(clock, WorldSeed.of(42), new Journal(clock));
  private final RegistryResidentDirectory directory =
      new RegistryResidentDirectory(world.registry());
  private final CardUserAuthentication authentication = new CardUserAuthentication(world);

  private Resident resident(String name) {
    return world
        .registry()
        .birth(
            new Requests.Birth(
                CHIYODA,
                PersonName.of(name),
                LocalDate.of(1985, 6, 1),
                Sex.FEMALE,
                Nationality.JAPANESE,
                new Honseki(CHIYODA, "千代田区1番地"),
                "東京都千代田区1-1",
                null));
  }

  /** What the card answers to a login challenge: the user-certificate key signs on the card. */
  private static byte[] signOnCard(IssuedCard card, int keyFile, int pinFile, String pin)
      throws Exception {
    CardClient client = new CardClient(new InProcessTransport(card.card()));
    client.selectJpki();
    assertThat(client.verify(pinFile, pin)).isEqualTo(0x9000);
    byte[] hash = MessageDigest.getInstance("SHA-256").digest(CHALLENGE);
    var response = client.sign(keyFile, CardClient.sha256DigestInfo(hash));
    assertThat(response.getSW()).isEqualTo(0x9000);
    return response.getData();
  }

  @Test
  void aResidentIsCurrentUntilRemovedAndCodeChangesAreHeard() {
    Resident r = resident("鈴木 花子");
    List<JuminhyoCodeChange> heard = new ArrayList<>();
    directory.onJuminhyoCodeChange(heard::add);
    assertThat(directory.isCurrentResident(r.residentCode())).isTrue();
    assertThat(directory.isCurrentResident("00000000000")).isFalse();

    Resident changed =
        world.registry().changeResidentCode(new Requests.ResidentCodeChange(r.residentCode()));
    assertThat(heard)
        .containsExactly(new JuminhyoCodeChange(r.residentCode(), changed.residentCode()));
    assertThat(directory.isCurrentResident(r.residentCode())).isFalse();
    assertThat(directory.isCurrentResident(changed.residentCode())).isTrue();

    world.registry().death(new Requests.Death(changed.residentCode(), clock.today()));
    assertThat(directory.isCurrentResident(changed.residentCode())).isFalse();
  }

  @Test
  void theUserCertificateOnTheCardLogsInAsThePerson() throws Exception {
    Resident r = resident("田中 一郎");
    IssuedCard card = world.authority().issueCard(r.residentCode(), PINS, clock.today());
    byte[] signature = signOnCard(card, 0x0017, 0x0018, PINS.authPin());

    AuthenticatedHolder holder =
        authentication.verify(CHALLENGE, signature, List.of(card.authenticationCertificate()));
    assertThat(holder.juminhyoCode()).isEqualTo(r.residentCode());
    assertThat(holder.certificateSerial())
        .isEqualTo(card.authenticationCertificate().getSerialNumber().toString(16));
  }

  @Test
  void afterAResidentCodeChangeTheLapsedCardCannotLogIn() throws Exception {
    Resident r = resident("山本 健");
    IssuedCard card = world.authority().issueCard(r.residentCode(), PINS, clock.today());
    byte[] signature = signOnCard(card, 0x0017, 0x0018, PINS.authPin());
    world.registry().changeResidentCode(new Requests.ResidentCodeChange(r.residentCode()));

    assertThatThrownBy(
            () ->
                authentication.verify(
                    CHALLENGE, signature, List.of(card.authenticationCertificate())))
        .isInstanceOf(AuthenticationFailedException.class)
        .hasMessageContaining("revoked");
  }

  @Test
  void aSuspendedCardCannotLogIn() throws Exception {
    Resident r = resident("佐々木 優");
    IssuedCard card = world.authority().issueCard(r.residentCode(), PINS, clock.today());
    byte[] signature = signOnCard(card, 0x0017, 0x0018, PINS.authPin());
    world.authority().suspend(r.residentCode());

    assertThatThrownBy(
            () ->
                authentication.verify(
                    CHALLENGE, signature, List.of(card.authenticationCertificate())))
        .isInstanceOf(AuthenticationFailedException.class)
        .hasMessageContaining("revoked");
  }

  @Test
  void theSigningCertificateIsNotALoginCredential() throws Exception {
    Resident r = resident("高橋 恵");
    IssuedCard card = world.authority().issueCard(r.residentCode(), PINS, clock.today());
    X509Certificate signing = card.signingCertificate().orElseThrow();
    byte[] signature = signOnCard(card, 0x001A, 0x001B, PINS.signPassword());

    assertThatThrownBy(() -> authentication.verify(CHALLENGE, signature, List.of(signing)))
        .isInstanceOf(AuthenticationFailedException.class)
        .hasMessageContaining("chain");
  }

  @Test
  void aSignatureOverAnotherChallengeIsRefused() throws Exception {
    Resident r = resident("伊藤 直子");
    IssuedCard card = world.authority().issueCard(r.residentCode(), PINS, clock.today());
    byte[] signature = signOnCard(card, 0x0017, 0x0018, PINS.authPin());
    byte[] other = "another challenge".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(
            () ->
                authentication.verify(other, signature, List.of(card.authenticationCertificate())))
        .isInstanceOf(AuthenticationFailedException.class)
        .hasMessageContaining("signature");
  }
}
