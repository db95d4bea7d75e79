package dev.mynalab.konbini.pinreset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mynalab.card.client.CardClient;
import dev.mynalab.card.personalisation.SecretRef;
import dev.mynalab.kit.problem.ProblemException;
import dev.mynalab.konbini.KonbiniRefusal;
import dev.mynalab.konbini.TestWorldAccess;
import dev.mynalab.konbini.kiosk.CardSession;
import dev.mynalab.registry.resident.Resident;
import dev.mynalab.world.authority.IssuedCard;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class StorePinResetTest {

  static TestWorldAccess w;

  @BeforeAll
  static void world() {
    w = TestWorldAccess.create();
  }

  @AfterAll
  static void close() {
    w.close();
  }

  private static int signTries(IssuedCard card) {
    CardClient c = new CardClient(TestWorldAccess.reader(card));
    c.selectJpki();
    return c.triesLeft(CardSession.SIGN_PASSWORD);
  }

  private static void lockSigning(IssuedCard card) {
    CardClient c = new CardClient(TestWorldAccess.reader(card));
    c.selectJpki();
    for (int i = 0; i < 5; i++) {
      c.verify(CardSession.SIGN_PASSWORD, "WRONG" + i);
    }
  }

  @Test
  void withABookingAndTheUserPinTheLockedSigningPasswordIsResetOnTheCard() {
    Resident r = w.born("リセット 一", TestWorldAccess.CHIYODA);
    IssuedCard card = w.card(r, false);
    lockSigning(card);
    assertThat(signTries(card)).isZero();
    w.bookings().book(r.personId(), SecretRef.SIGN_PASSWORD);

    w.pinReset().reset(TestWorldAccess.reader(card), SecretRef.SIGN_PASSWORD, "1234", "NEW789");

    assertThat(signTries(card)).isEqualTo(5);
    CardClient c = new CardClient(TestWorldAccess.reader(card));
    c.selectJpki();
    assertThat(c.verify(CardSession.SIGN_PASSWORD, "NEW789")).isEqualTo(0x9000);
    // the booking is used up
    assertThatThrownBy(
            () ->
                w.pinReset()
                    .reset(TestWorldAccess.reader(card), SecretRef.SIGN_PASSWORD, "1234", "NEW790"))
        .isInstanceOfSatisfying(
            KonbiniRefusal.class, e -> assertThat(e.code()).isEqualTo("no-booking"));
  }

  @Test
  void aWrongUserPinRefusesTheResetAndLeavesTheCardLocked() {
    Resident r = w.born("リセット 二", TestWorldAccess.CHIYODA);
    IssuedCard card = w.card(r, false);
    lockSigning(card);
    w.bookings().book(r.personId(), SecretRef.SIGN_PASSWORD);
    assertThatThrownBy(
            () ->
                w.pinReset()
                    .reset(TestWorldAccess.reader(card), SecretRef.SIGN_PASSWORD, "0000", "NEW789"))
        .isInstanceOfSatisfying(
            KonbiniRefusal.class, e -> assertThat(e.code()).isEqualTo("pin-wrong"));
    assertThat(signTries(card)).isZero();
  }

  @Test
  void aBookingOlderThan24HoursIsRefused() {
    Resident r = w.born("リセット 三", TestWorldAccess.CHIYODA);
    IssuedCard card = w.card(r, false);
    w.bookings().book(r.personId(), SecretRef.SIGN_PASSWORD);
    w.clock().advance(Duration.ofHours(24));
    assertThatThrownBy(
            () ->
                w.pinReset()
                    .reset(TestWorldAccess.reader(card), SecretRef.SIGN_PASSWORD, "1234", "NEW789"))
        .isInstanceOfSatisfying(
            KonbiniRefusal.class, e -> assertThat(e.code()).isEqualTo("booking-expired"));
  }

  @Test
  void jukiAndTextPinsAreResetOnlyAtTheCounter() {
    Resident r = w.born("リセット 四", TestWorldAccess.CHIYODA);
    IssuedCard card = w.card(r, false);
    for (SecretRef target : new SecretRef[] {SecretRef.JUKI_PIN, SecretRef.TEXT_PIN}) {
      w.bookings().book(r.personId(), target);
      assertThatThrownBy(
              () -> w.pinReset().reset(TestWorldAccess.reader(card), target, "1234", "1111"))
          .isInstanceOfSatisfying(
              KonbiniRefusal.class,
              e -> {
                assertThat(e.code()).isEqualTo("counter-only");
                assertThat(e.rule()).isEqualTo("PN-02");
              });
    }
  }

  @Test
  void aNewPasswordOfTheWrongFormatIsABadRequestAndTouchesNothing() {
    Resident r = w.born("リセット 五", TestWorldAccess.CHIYODA);
    IssuedCard card = w.card(r, false);
    w.bookings().book(r.personId(), SecretRef.SIGN_PASSWORD);
    assertThatThrownBy(
            () ->
                w.pinReset()
                    .reset(TestWorldAccess.reader(card), SecretRef.SIGN_PASSWORD, "1234", "abc"))
        .isInstanceOfSatisfying(
            ProblemException.class, e -> assertThat(e.problem().pointer()).isEqualTo("/newValue"));
    assertThat(w.bookings().find(r.personId(), SecretRef.SIGN_PASSWORD)).isPresent();
  }

  @Test
  void signingPasswordFormatIsPn01() {
    assertThat(StorePinReset.validSigningPassword("ABC123")).isTrue();
    assertThat(StorePinReset.validSigningPassword("ABCDEF")).isFalse();
    assertThat(StorePinReset.validSigningPassword("123456")).isFalse();
    assertThat(StorePinReset.validSigningPassword("abc123")).isFalse();
    assertThat(StorePinReset.validSigningPassword("A1234567890123456")).isFalse();
  }
}
