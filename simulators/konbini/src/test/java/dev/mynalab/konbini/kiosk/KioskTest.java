package dev.mynalab.konbini.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mynalab.card.client.CardClient;
import dev.mynalab.kit.problem.ProblemException;
import dev.mynalab.konbini.Document;
import dev.mynalab.konbini.IssuanceCenter;
import dev.mynalab.konbini.IssuedDocument;
import dev.mynalab.konbini.KonbiniRefusal;
import dev.mynalab.konbini.TestWorldAccess;
import dev.mynalab.registry.api.Requests;
import dev.mynalab.registry.resident.Resident;
import dev.mynalab.world.authority.IssuedCard;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The kiosk end to end: real card on jcardsim, real verifier over the CA's OCSP, real registry. */
class KioskTest {

  static TestWorldAccess w;
  static Kiosk naha;

  @BeforeAll
  static void world() {
    w = TestWorldAccess.create();
    naha = new Kiosk(w.center(), "那覇市のコンビニ");
  }

  @AfterAll
  static void close() {
    w.close();
  }

  private static KonbiniRefusal refusal(Runnable r) {
    try {
      r.run();
    } catch (KonbiniRefusal e) {
      return e;
    }
    throw new AssertionError("expected a refusal");
  }

  @Test
  void aStoreAnywherePrintsTheResidentCertificateWithTheRegistrysCurrentAddress() {
    Resident r = w.born("見本 一子", TestWorldAccess.CHIYODA);
    IssuedCard card = w.card(r, false);
    w.world()
        .registry()
        .moveWithin(
            new Requests.MoveWithin(r.residentCode(), w.clock().today(), "東京都千代田区9-9", null));

    IssuanceCenter.Session s = naha.login(TestWorldAccess.reader(card), "1234");
    IssuedDocument d = naha.print(s, Document.JUMINHYO);

    assertThat(d.municipalityName()).isEqualTo("千代田区");
    assertThat(d.store()).isEqualTo("那覇市のコンビニ");
    assertThat(d.content()).containsEntry("住所", "東京都千代田区9-9").containsEntry("氏名", "見本 一子");
    assertThat(s.menu()).extracting(o -> o.document()).contains(Document.JUMINHYO, Document.KOSEKI);
  }

  @Test
  void aWrongPinIsCountedByTheCardAndThreeLockIt() {
    Resident r = w.born("見本 二郎", TestWorldAccess.CHIYODA);
    IssuedCard card = w.card(r, false);
    KonbiniRefusal first = refusal(() -> naha.login(TestWorldAccess.reader(card), "9999"));
    assertThat(first.code()).isEqualTo("pin-wrong");
    assertThat(first.problem().detail()).contains("2 tries left");
    refusal(() -> naha.login(TestWorldAccess.reader(card), "9998"));
    KonbiniRefusal third = refusal(() -> naha.login(TestWorldAccess.reader(card), "9997"));
    assertThat(third.code()).isEqualTo("pin-locked");
    KonbiniRefusal after = refusal(() -> naha.login(TestWorldAccess.reader(card), "1234"));
    assertThat(after.code()).isEqualTo("pin-locked");
    assertThat(after.rule()).isEqualTo("PN-01");
  }

  @Test
  void aPinOfTheWrongShapeNeverReachesTheCard() {
    Resident r = w.born("見本 三子", TestWorldAccess.CHIYODA);
    IssuedCard card = w.card(r, false);
    assertThatThrownBy(() -> naha.login(TestWorldAccess.reader(card), "12a4"))
        .isInstanceOfSatisfying(
            ProblemException.class, e -> assertThat(e.problem().pointer()).isEqualTo("/pin"));
    CardClient c = new CardClient(TestWorldAccess.reader(card));
    c.selectJpki();
    assertThat(c.triesLeft(CardSession.AUTH_PIN)).isEqualTo(3);
  }

  @Test
  void outsideTheHoursTheKioskRefusesBeforeTouchingTheCard() {
    Resident r = w.born("見本 四郎", TestWorldAccess.CHIYODA);
    IssuedCard card = w.card(r, false);
    w.clock().set(LocalDateTime.of(w.clock().today(), java.time.LocalTime.of(23, 30)));
    try {
      KonbiniRefusal e = refusal(() -> naha.login(TestWorldAccess.reader(card), "9999"));
      assertThat(e.code()).isEqualTo("closed");
    } finally {
      w.clock().set(LocalDateTime.of(w.clock().today(), java.time.LocalTime.of(10, 0)));
    }
    CardClient c = new CardClient(TestWorldAccess.reader(card));
    c.selectJpki();
    assertThat(c.triesLeft(CardSession.AUTH_PIN)).isEqualTo(3);
  }

  @Test
  void aFaceAuthenticationCardHasNoPinAndCannotBeUsed() {
    Resident r = w.born("見本 五子", TestWorldAccess.CHIYODA);
    IssuedCard card = w.card(r, true);
    KonbiniRefusal e = refusal(() -> naha.login(TestWorldAccess.reader(card), "1234"));
    assertThat(e.code()).isEqualTo("no-pin");
    assertThat(e.rule()).isEqualTo("CV-07");
  }

  @Test
  void aSuspendedCardsRevokedCertificateIsRefusedByTheVerifier() {
    Resident r = w.born("見本 六郎", TestWorldAccess.CHIYODA);
    IssuedCard card = w.card(r, false);
    w.world().authority().suspend(r.residentCode());
    KonbiniRefusal e = refusal(() -> naha.login(TestWorldAccess.reader(card), "1234"));
    assertThat(e.code()).isEqualTo("certificate-revoked");
  }

  @Test
  void afterAMoveOutTheFormerMunicipalityIssuesNothing() {
    Resident r = w.born("見本 七子", TestWorldAccess.CHIYODA);
    IssuedCard card = w.card(r, false);
    IssuanceCenter.Session before = naha.login(TestWorldAccess.reader(card), "1234");
    w.world()
        .registry()
        .moveOut(new Requests.MoveOut(r.residentCode(), w.clock().today().plusDays(7), "472018"));
    KonbiniRefusal e = refusal(() -> naha.print(before, Document.JUMINHYO));
    assertThat(e.code()).isEqualTo("moved-out");
    assertThat(e.rule()).isEqualTo("CS-02");
    assertThat(naha.login(TestWorldAccess.reader(card), "1234").menu()).isEmpty();
  }

  @Test
  void aDocumentTheMunicipalityDoesNotOfferIsRefused() {
    Resident r = w.born("見本 八郎", "131130"); // 渋谷区: no 戸籍 at stores
    IssuedCard card = w.card(r, false);
    IssuanceCenter.Session s = naha.login(TestWorldAccess.reader(card), "1234");
    KonbiniRefusal e = refusal(() -> naha.print(s, Document.KOSEKI));
    assertThat(e.code()).isEqualTo("not-offered");
    assertThat(naha.print(s, Document.INKAN).content()).containsKey("印影");
  }

  @Test
  void anAbroadHolderGetsOnlyTheKosekiCertificate() {
    Resident r = w.born("見本 九子", TestWorldAccess.CHIYODA);
    IssuedCard card = w.card(r, false);
    LocalDate departure = w.clock().today().plusDays(5);
    w.world()
        .registry()
        .emigrate(
            new Requests.Emigration(r.residentCode(), departure, "US", null, w.clock().today()));
    w.world().advanceTo(departure);
    w.clock().set(LocalDateTime.of(departure, java.time.LocalTime.of(10, 0)));
    IssuanceCenter.Session s = naha.login(TestWorldAccess.reader(card), "1234");
    assertThat(s.menu()).extracting(o -> o.document()).containsExactly(Document.KOSEKI);
    assertThat(refusal(() -> naha.print(s, Document.JUMINHYO)).rule()).isEqualTo("OS-04");
    assertThat(naha.print(s, Document.KOSEKI).municipalityName()).isEqualTo("千代田区");
  }

  @Test
  void aForeignResidentHasNoKosekiToObtain() {
    Resident r =
        w.world()
            .registry()
            .arriveFromAbroad(
                new Requests.Arrival(
                    null,
                    TestWorldAccess.CHIYODA,
                    w.clock().today(),
                    "東京都千代田区2-2",
                    null,
                    dev.mynalab.registry.resident.PersonName.of("TEST ANH"),
                    LocalDate.of(1995, 1, 1),
                    dev.mynalab.kit.person.Sex.MALE,
                    new dev.mynalab.registry.resident.Nationality("VN", LocalDate.of(2029, 1, 1)),
                    null));
    IssuedCard card = w.card(r, false);
    IssuanceCenter.Session s = naha.login(TestWorldAccess.reader(card), "1234");
    assertThat(s.menu())
        .extracting(o -> o.document())
        .contains(Document.JUMINHYO)
        .doesNotContain(Document.KOSEKI, Document.FUHYO);
    assertThat(refusal(() -> naha.print(s, Document.KOSEKI)).code()).isEqualTo("no-koseki");
  }
}
