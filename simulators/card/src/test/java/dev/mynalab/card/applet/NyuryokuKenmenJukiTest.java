package dev.mynalab.card.applet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mynalab.card.CardFixtures;
import dev.mynalab.card.client.CardClient;
import dev.mynalab.card.personalisation.CardDataEncoder;
import dev.mynalab.card.personalisation.HolderData;
import dev.mynalab.card.personalisation.TestCards.IssuedCard;
import dev.mynalab.card.transport.InProcessTransport;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.smartcardio.CommandAPDU;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 券面事項入力補助AP, 券面AP and 住基AP: who opens what (card-interface.md §2.2–§2.4, §3). */
class NyuryokuKenmenJukiTest {

  private static IssuedCard issued;
  private CardClient c;
  private HolderData h;

  @BeforeAll
  static void issueOnce() {
    issued = CardFixtures.issue(CardFixtures.journal());
  }

  @BeforeEach
  void fresh() {
    issued.card().reset();
    c = new CardClient(new InProcessTransport(issued.card()));
    h = issued.holder();
  }

  @Test
  void myNumberNeedsThePinOrVerificationNumberA() {
    assertThat(c.selectAp(Aids.NYURYOKU_HOJO)).isEqualTo(0x9000);
    assertThat(c.readAll(0x0001).sw()).isEqualTo(0x6982);
    assertThat(c.verify(0x0015, h.verificationNumberB())).isEqualTo(0x9000);
    assertThat(c.readAll(0x0001).sw()).as("B does not open the number").isEqualTo(0x6982);
    assertThat(c.readAll(0x0002).data()).isEqualTo(CardDataEncoder.basicFourFile(h));
    c.selectAp(Aids.NYURYOKU_HOJO);
    assertThat(c.verify(0x0014, h.myNumber())).isEqualTo(0x9000);
    byte[] ef1 = c.readAll(0x0001).data();
    assertThat(ef1).hasSize(17);
    assertThat(CardClient.myNumberOf(ef1)).isEqualTo(h.myNumber());
    assertThat(Arrays.copyOfRange(ef1, 15, 17)).containsExactly(0xFF, 0xFF);
    assertThat(c.readAll(0x0002).sw()).as("A does not open the 4 facts").isEqualTo(0x6982);
  }

  @Test
  void textPinOpensAllThreeAndIntegrityRecordIs336Bytes() {
    c.selectAp(Aids.NYURYOKU_HOJO);
    assertThat(c.verify(0x0011, CardFixtures.TEXT_PIN)).isEqualTo(0x9000);
    assertThat(c.readAll(0x0001).ok()).isTrue();
    String four = new String(c.readAll(0x0002).data(), StandardCharsets.UTF_8);
    assertThat(four).contains(h.name()).contains(h.address()).contains(h.birthYyyymmdd());
    byte[] ef3 = c.readAll(0x0003).data();
    assertThat(ef3).hasSize(336);
    assertThat(Arrays.copyOf(ef3, 5)).containsExactly(0xFF, 0x30, 0x82, 0x01, 0x4B);
  }

  @Test
  void textPinLocksAfterThreeAndVerificationNumbersAfterTen() {
    c.selectAp(Aids.NYURYOKU_HOJO);
    assertThat(c.triesLeft(0x0011)).isEqualTo(3);
    assertThat(c.triesLeft(0x0015)).isEqualTo(10);
    assertThat(c.verify(0x0015, "00000000000000")).isEqualTo(0x63C9);
    assertThat(c.verify(0x0015, h.verificationNumberB())).isEqualTo(0x9000);
    assertThat(c.triesLeft(0x0015)).isEqualTo(10);
    // the holder cannot change a 照合番号
    assertThat(c.send(new CommandAPDU(0x00, 0x24, 0x01, 0x80, "12345678901234".getBytes())).getSW())
        .isEqualTo(0x6985);
  }

  @Test
  void cardFaceOpensWithAOrBAndTheNumberImageOnlyWithA() {
    assertThat(c.selectAp(Aids.KENMEN)).isEqualTo(0x9000);
    assertThat(c.readAll(0x0003).ok()).as("AP basic info is free").isTrue();
    assertThat(c.readAll(0x0002).sw()).isEqualTo(0x6982);
    assertThat(c.verify(0x0012, h.verificationNumberB())).isEqualTo(0x9000);
    byte[] face = c.readAll(0x0002).data();
    assertThat(face.length).isGreaterThan(300);
    assertThat(new String(face, StandardCharsets.ISO_8859_1))
        .contains(h.birthYyyymmdd())
        .contains(h.expiryYyyymmdd())
        .contains("PNG");
    assertThat(c.readAll(0x0005).sw()).isEqualTo(0x6982);
    c.selectAp(Aids.KENMEN);
    assertThat(c.verify(0x0013, h.myNumber())).isEqualTo(0x9000);
    assertThat(c.readAll(0x0005).ok()).isTrue();
    assertThat(c.readAll(0x0001).sw()).as("DOB record needs the 生年月日 key").isEqualTo(0x6982);
    assertThat(c.verify(0x0011, h.eraBirthDate())).isEqualTo(0x9000);
    assertThat(c.readAll(0x0001).ok()).isTrue();
  }

  @Test
  void jukiPinVerifiesAndIsChangedWithChangeKey() {
    assertThat(c.selectAp(Aids.JUKI)).isEqualTo(0x9000);
    assertThat(c.triesLeft(0x001C)).isEqualTo(3);
    assertThat(c.verify(0x001C, CardFixtures.JUKI_PIN)).isEqualTo(0x9000);
    assertThat(c.send(new CommandAPDU(0x80, 0x32, 0x00, 0x80, "1357".getBytes())).getSW())
        .isEqualTo(0x9000);
    c.selectAp(Aids.JUKI);
    assertThat(c.verify(0x001C, "1357")).isEqualTo(0x9000);
    assertThat(
            c.send(new CommandAPDU(0x80, 0x32, 0x00, 0x80, CardFixtures.JUKI_PIN.getBytes()))
                .getSW())
        .isEqualTo(0x9000);
  }

  @Test
  void statusWordsForBadCommands() {
    c.selectAp(Aids.NYURYOKU_HOJO);
    assertThat(c.send(new CommandAPDU(0x00, 0x99, 0, 0)).getSW()).isEqualTo(0x6D00);
    assertThat(c.send(new CommandAPDU(0x10, 0xB0, 0, 0, 1)).getSW()).isEqualTo(0x6E00);
    assertThat(c.send(new CommandAPDU(0x00, 0xA4, 0x02, 0x77, new byte[] {0, 1})).getSW())
        .isEqualTo(0x6A86);
    assertThat(c.send(new CommandAPDU(0x00, 0xA4, 0x02, 0x0C, new byte[] {1})).getSW())
        .isEqualTo(0x6700);
    assertThat(c.send(new CommandAPDU(0x00, 0xB0, 0, 0, 4)).getSW())
        .as("no EF selected")
        .isEqualTo(0x6986);
    assertThat(c.send(new CommandAPDU(0x00, 0x20, 0x00, 0x80, new byte[] {0x31})).getSW())
        .as("no PIN selected")
        .isEqualTo(0x6986);
    assertThat(issued.card().transmit(new byte[] {0x00, (byte) 0xB0, 0}))
        .containsExactly(0x67, 0x00);
    assertThat(issued.card().transmit(new byte[] {0x00, (byte) 0xB0, 0, 0, 5, 1}))
        .containsExactly(0x67, 0x00);
    issued.card().reset();
    assertThat(c.send(new CommandAPDU(0x00, 0xB0, 0, 0, 4)).getSW())
        .as("no AP selected after reset")
        .isEqualTo(0x6986);
    assertThat(c.send(new CommandAPDU(0x00, 0xA4, 0x00, 0x00)).getSW())
        .as("SELECT MF without a name")
        .isEqualTo(0x6A86);
    assertThat(c.selectEf(0x3F00)).as("no EF under the MF").isEqualTo(0x6A82);
    assertThat(
            c.selectAp(
                new byte[] {
                  (byte) 0xD3, (byte) 0x92, 0x10, 0x00, 0x31, 0x00, 0x01, 0x01, 0x04, 0x09
                }))
        .as("an AID next to ours is not an AP")
        .isEqualTo(0x6A82);
  }
}
