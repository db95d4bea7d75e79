package dev.mynalab.card.personalisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mynalab.card.CardFixtures;
import dev.mynalab.card.applet.Aids;
import dev.mynalab.card.client.CardClient;
import dev.mynalab.card.journal.ApduJournal;
import dev.mynalab.card.sim.MynaCard;
import dev.mynalab.card.transport.InProcessTransport;
import dev.mynalab.kit.random.WorldSeed;
import java.nio.charset.StandardCharsets;
import java.security.interfaces.RSAPublicKey;
import java.time.LocalDate;
import javax.smartcardio.CommandAPDU;
import org.junit.jupiter.api.Test;

/** The issuer interface: issuer authentication, the one-way lock, post-issuance updates. */
class IssuerSessionTest {

  private final CardIssuer issuer = CardFixtures.cards().issuer();
  private final HolderData holder =
      TestHolders.load().get("minami-hanako").issuedOn(LocalDate.of(2026, 1, 27));

  private MynaCard blankCard() {
    return issuer.manufacture("MYNA000000000042", ApduJournal.NONE);
  }

  @Test
  void anotherIssuersKeyIsRefusedAndTheCardStaysBlank() {
    MynaCard card = blankCard();
    CardIssuer stranger = CardIssuer.fromSeed(WorldSeed.of(666));
    IssuerSession s = stranger.open(new InProcessTransport(card));
    assertThatThrownBy(() -> s.writeHolderData(holder))
        .isInstanceOf(IssuerException.class)
        .hasMessageContaining("cryptogram");
    CardClient c = new CardClient(new InProcessTransport(card));
    c.selectAp(Aids.NYURYOKU_HOJO);
    assertThat(c.readAll(0x0001).sw()).isEqualTo(0x6982);
  }

  @Test
  void holdingTheCardIsNotEnoughToWriteIt() {
    MynaCard card = blankCard();
    CardClient c = new CardClient(new InProcessTransport(card));
    c.selectAp(Aids.JPKI);
    c.selectEf(0x000A);
    byte[] data = new byte[16];
    // plain UPDATE BINARY does not exist for the holder; a secured one without the channel fails
    assertThat(c.send(new CommandAPDU(0x00, 0xD6, 0, 0, data)).getSW()).isEqualTo(0x6D00);
    assertThat(c.send(new CommandAPDU(0x84, 0xD6, 0, 0, data)).getSW()).isEqualTo(0x6982);
    assertThat(c.send(new CommandAPDU(0x84, 0x46, 0, 0x17, new byte[8], 256)).getSW())
        .isEqualTo(0x6982);
    // EXTERNAL AUTHENTICATE with a guessed cryptogram: refused, and counted
    c.send(new CommandAPDU(0x80, 0x50, 0, 0, new byte[8], 256));
    assertThat(c.send(new CommandAPDU(0x84, 0x82, 0, 0, new byte[16])).getSW()).isEqualTo(0x6982);
  }

  @Test
  void tenFailedAuthenticationsBlockTheIssuerChannelForever() {
    MynaCard card = blankCard();
    CardClient c = new CardClient(new InProcessTransport(card));
    c.selectAp(Aids.KENMEN);
    for (int i = 0; i < 10; i++) {
      assertThat(c.send(new CommandAPDU(0x80, 0x50, 0, 0, new byte[8], 256)).getSW())
          .isEqualTo(0x9000);
      assertThat(c.send(new CommandAPDU(0x84, 0x82, 0, 0, new byte[16])).getSW()).isEqualTo(0x6982);
    }
    assertThat(c.send(new CommandAPDU(0x80, 0x50, 0, 0, new byte[8], 256)).getSW())
        .isEqualTo(0x6983);
    IssuerSession s = issuer.open(new InProcessTransport(card));
    assertThatThrownBy(() -> s.writeHolderData(holder))
        .isInstanceOf(IssuerException.class)
        .satisfies(e -> assertThat(((IssuerException) e).sw()).isEqualTo(0x6983));
  }

  @Test
  void personalisationIsRefusedAfterTheLockButPostIssuanceUpdatesWork() throws Exception {
    MynaCard card = blankCard();
    IssuerSession s = issuer.open(new InProcessTransport(card));
    RSAPublicKey auth = (RSAPublicKey) s.generateKeyPair(KeyPurpose.AUTHENTICATION);
    assertThat(auth.getModulus().bitLength()).isEqualTo(2048);
    s.writeHolderData(holder);
    s.setPins(CardFixtures.pins());
    s.lock();
    assertThat(s.cardSerial()).isEqualTo("MYNA000000000042");

    IssuerSession after = issuer.open(new InProcessTransport(card));
    // not updatable after issuance: the 個人番号 record and the card face
    assertThatThrownBy(() -> after.writeHolderData(holder))
        .isInstanceOf(IssuerException.class)
        .satisfies(e -> assertThat(((IssuerException) e).sw()).isEqualTo(0x6985));

    // the new address needs the holder's 住基 PIN
    HolderData moved = holder.withAddress("北海道札幌市中央区北一条西二丁目");
    assertThatThrownBy(() -> after.updateAddress(moved, "0000"))
        .isInstanceOf(IssuerException.class)
        .satisfies(e -> assertThat(((IssuerException) e).sw()).isEqualTo(0x63C2));
    card.reset();
    after.updateAddress(moved, CardFixtures.JUKI_PIN);

    CardClient c = new CardClient(new InProcessTransport(card));
    c.selectAp(Aids.NYURYOKU_HOJO);
    assertThat(c.verify(0x0011, CardFixtures.TEXT_PIN)).isEqualTo(0x9000);
    byte[] ef2 = c.readAll(0x0002).data();
    assertThat(new String(ef2, StandardCharsets.UTF_8)).contains("北海道札幌市中央区北一条西二丁目");
    assertThat(ef2).isEqualTo(CardDataEncoder.basicFourFile(moved));
  }

  @Test
  void addressUpdateWithoutTheHolderIsRefusedEvenForTheIssuer() {
    MynaCard card = blankCard();
    IssuerSession s = issuer.open(new InProcessTransport(card));
    s.writeHolderData(holder);
    s.setPins(CardFixtures.pins());
    s.lock();
    card.reset();
    // bypass updateAddress (which verifies the 住基 PIN): write EF 0002 directly
    CardClient c = new CardClient(new InProcessTransport(card));
    IssuerSession raw = issuer.open(new InProcessTransport(card));
    assertThatThrownBy(() -> raw.rewriteAddressWithoutHolder(holder.withAddress("大阪府")))
        .isInstanceOf(IssuerException.class)
        .satisfies(e -> assertThat(((IssuerException) e).sw()).isEqualTo(0x6982));
    assertThat(c.selectAp(Aids.JUKI)).isEqualTo(0x9000);
  }

  @Test
  void aBlockedPinIsResetByTheIssuer() {
    MynaCard card = blankCard();
    IssuerSession s = issuer.open(new InProcessTransport(card));
    s.generateKeyPair(KeyPurpose.AUTHENTICATION);
    s.setPins(CardFixtures.pins());
    s.lock();
    CardClient c = new CardClient(new InProcessTransport(card));
    c.selectJpki();
    for (int i = 0; i < 3; i++) {
      c.verify(0x0018, "0000");
    }
    assertThat(c.verify(0x0018, CardFixtures.AUTH_PIN)).isEqualTo(0x6984);
    issuer.open(new InProcessTransport(card)).resetPin(SecretRef.AUTH_PIN, "8642");
    c.selectJpki();
    assertThat(c.triesLeft(0x0018)).isEqualTo(3);
    assertThat(c.verify(0x0018, "8642")).isEqualTo(0x9000);
  }

  @Test
  void theSigningKeyIsReplacedAfterAMove() throws Exception {
    MynaCard card = blankCard();
    IssuerSession s = issuer.open(new InProcessTransport(card));
    RSAPublicKey old = (RSAPublicKey) s.generateKeyPair(KeyPurpose.SIGNING);
    s.setPins(CardFixtures.pins());
    s.lock();
    RSAPublicKey fresh =
        (RSAPublicKey) issuer.open(new InProcessTransport(card)).replaceSigningKey();
    assertThat(fresh.getModulus()).isNotEqualTo(old.getModulus());
    CardClient c = new CardClient(new InProcessTransport(card));
    c.selectJpki();
    assertThat(c.readAll(0x0008).data()[0]).isEqualTo((byte) 0x00);
  }

  @Test
  void theCardRefusesAPinTheHolderCouldNotChoose() {
    MynaCard card = blankCard();
    IssuerSession s = issuer.open(new InProcessTransport(card));
    assertThatThrownBy(() -> s.resetPin(SecretRef.SIGN_PASSWORD, "ABCDEF"))
        .isInstanceOf(IssuerException.class)
        .satisfies(e -> assertThat(((IssuerException) e).sw()).isEqualTo(0x6A80));
    assertThatThrownBy(() -> s.resetPin(SecretRef.AUTH_PIN, "12345"))
        .isInstanceOf(IssuerException.class);
  }
}
