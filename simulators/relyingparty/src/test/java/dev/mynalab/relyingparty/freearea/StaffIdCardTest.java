package dev.mynalab.relyingparty.freearea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mynalab.card.applet.Aids;
import dev.mynalab.card.client.CardClient;
import dev.mynalab.registry.resident.Resident;
import dev.mynalab.relyingparty.TestWorld;
import dev.mynalab.world.authority.IssuedCard;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.Arrays;
import javax.smartcardio.CommandAPDU;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The staff AP in the 空き領域 of an issued card, beside the JPKI AP and out of its reach. */
class StaffIdCardTest {

  private static final StaffRecord RECORD = new StaffRecord("S0012345", "総務省（TEST）");

  private static TestWorld w;
  private static IssuedCard card;
  private static StaffIdCard staff;

  @BeforeAll
  static void world() {
    w = new TestWorld();
    Resident r = w.resident("山本 直子", LocalDate.of(1988, 9, 9));
    card = w.issue(r);
    staff = new StaffIdCard(w.journal);
    staff.install(card.card(), RECORD);
  }

  @AfterAll
  static void close() {
    w.close();
  }

  @Test
  void theReaderReadsTheStaffRecord() {
    assertThat(staff.read(TestWorld.transport(card))).contains(RECORD);
  }

  @Test
  void aCardWithoutTheApplicationHasNoStaffRecord() {
    IssuedCard other = w.issue(w.resident("別の 人", LocalDate.of(1970, 1, 1)));
    assertThat(staff.read(TestWorld.transport(other))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {0x000A, 0x000B, 0x0002, 0x0017, 0x001A, 0x0018, 0x001B, 0x0006, 0x3F00})
  void withTheStaffApSelectedNoJpkiFileExists(int fid) {
    CardClient c = new CardClient(TestWorld.transport(card));
    assertThat(c.selectAp(StaffIdCard.AID)).isEqualTo(0x9000);
    assertThat(c.selectEf(fid)).isEqualTo(0x6A82);
  }

  @Test
  void withTheStaffApSelectedEf0001IsTheStaffRecordNotTheSigningCertificate() {
    CardClient c = new CardClient(TestWorld.transport(card));
    c.selectAp(StaffIdCard.AID);
    CardClient.Read r = c.readAll(0x0001);
    assertThat(r.ok()).isTrue();
    assertThat(r.data()).isEqualTo(RECORD.encode());
  }

  @Test
  void withTheStaffApSelectedNeitherPinsNorSignaturesAreReachable() {
    CardClient c = new CardClient(TestWorld.transport(card));
    c.selectAp(StaffIdCard.AID);
    assertThat(c.send(new CommandAPDU(0x00, 0x20, 0x00, 0x80, "1234".getBytes())).getSW())
        .isEqualTo(0x6D00);
    assertThat(c.sign(0x0017, CardClient.sha256DigestInfo(new byte[32])).getSW()).isEqualTo(0x6E00);
    assertThat(c.send(new CommandAPDU(0x00, 0xB0, 0x8A, 0x00, 256)).getSW()).isEqualTo(0x6A81);
  }

  @Test
  void theJpkiApStillWorksBesideIt() {
    CardClient c = new CardClient(TestWorld.transport(card));
    assertThat(c.selectAp(Aids.JPKI)).isEqualTo(0x9000);
    assertThat(c.readAll(0x000A).data().length).isGreaterThan(500);
    assertThat(c.verify(0x0018, TestWorld.PINS.authPin())).isEqualTo(0x9000);
  }

  @Test
  void theAppletHoldsNothingButItsOwnBytes() {
    for (Field f : StaffIdApplet.class.getDeclaredFields()) {
      if (Modifier.isStatic(f.getModifiers())) {
        continue;
      }
      assertThat(f.getType()).as(f.getName()).isEqualTo(byte[].class);
    }
    assertThat(Arrays.stream(StaffIdApplet.class.getInterfaces()).map(Class::getName))
        .noneMatch(n -> n.contains("Shareable"));
  }

  @Test
  void aMyNumberCardAidCannotBeTaken() {
    assertThatThrownBy(
            () ->
                card.card().installFreeAreaApplication(Aids.JPKI, StaffIdApplet.class, new byte[0]))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
