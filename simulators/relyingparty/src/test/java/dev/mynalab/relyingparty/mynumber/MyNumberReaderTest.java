package dev.mynalab.relyingparty.mynumber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mynalab.card.journal.ApduJournal;
import dev.mynalab.registry.resident.Resident;
import dev.mynalab.relyingparty.TestWorld;
import dev.mynalab.relyingparty.signing.CardRefused;
import dev.mynalab.world.authority.IssuedCard;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MyNumberReaderTest {

  private static TestWorld w;
  private static Resident r;
  private static IssuedCard card;
  private final MyNumberReader reader =
      new MyNumberReader(MyNumberUsePolicy.fromFixture(), w.journal);

  @BeforeAll
  static void world() {
    w = new TestWorld();
    r = w.resident("田中 一郎", LocalDate.of(1975, 1, 10));
    card = w.issue(r);
  }

  @AfterAll
  static void close() {
    w.close();
  }

  private long apdus() {
    return w.journal.channel(ApduJournal.CHANNEL).stream()
        .filter(e -> e.type().equals("apdu"))
        .count();
  }

  @ParameterizedTest
  @CsvSource({
    "employer, withholding, true",
    "employer, social-insurance, true",
    "securities-company, payment-record, true",
    "employer, staff-number, false",
    "video-rental-shop, membership, false",
    "video-rental-shop, withholding, false",
    "anyone, anything, false"
  })
  void theTableDecides(String entity, String purpose, boolean allowed) {
    MyNumberUsePolicy.Decision d = MyNumberUsePolicy.fromFixture().decide(entity, purpose);
    assertThat(d.allowed()).isEqualTo(allowed);
    assertThat(d.basis()).contains("番号法");
  }

  @Test
  void anEmployerReadsTheNumberTheRegistryGave() {
    MyNumberReader.Reading reading =
        reader.read("employer", "withholding", TestWorld.transport(card), TestWorld.PINS.textPin());
    assertThat(reading.allowed()).isTrue();
    assertThat(reading.myNumber())
        .isEqualTo(w.world.registry().store().byPersonId(r.personId()).orElseThrow().myNumber());
  }

  @Test
  void aVideoRentalShopIsRefusedWithoutTouchingTheCard() {
    var transport = TestWorld.transport(card);
    long before = apdus();
    MyNumberReader.Reading reading =
        reader.read("video-rental-shop", "membership", transport, TestWorld.PINS.textPin());
    assertThat(reading.allowed()).isFalse();
    assertThat(reading.myNumber()).isNull();
    assertThat(reading.decision().basis()).contains("第15条").contains("第20条");
    assertThat(apdus()).isEqualTo(before);
  }

  @Test
  void anAllowedReaderStillNeedsThePin() {
    assertThatThrownBy(
            () -> reader.read("employer", "withholding", TestWorld.transport(card), "0000"))
        .isInstanceOf(CardRefused.class);
    // the right PIN resets the counter for the next tests
    assertThat(
            reader
                .read(
                    "employer", "withholding", TestWorld.transport(card), TestWorld.PINS.textPin())
                .myNumber())
        .hasSize(12);
  }
}
