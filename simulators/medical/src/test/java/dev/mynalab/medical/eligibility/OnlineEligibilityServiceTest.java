package dev.mynalab.medical.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mynalab.medical.MedicalRefusal;
import dev.mynalab.medical.MedicalTestWorld;
import dev.mynalab.medical.facility.MedicalFacility;
import dev.mynalab.medical.reader.FaceMatcher;
import dev.mynalab.registry.resident.Resident;
import dev.mynalab.verifier.login.Challenge;
import dev.mynalab.world.authority.IssuedCard;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** HI-01 on real cards: face, PIN, visual; the certificate judged by the real verifier. */
class OnlineEligibilityServiceTest {

  static MedicalTestWorld w;
  static final MedicalFacility CLINIC =
      new MedicalFacility("TESTクリニック", MedicalFacility.Kind.CLINIC, LocalDate.of(2023, 1, 10));

  @BeforeAll
  static void world() {
    w = new MedicalTestWorld(LocalDate.of(2026, 4, 1));
  }

  @AfterAll
  static void close() {
    w.close();
  }

  private static MedicalRefusal refusal(Runnable r) {
    try {
      r.run();
    } catch (MedicalRefusal e) {
      return e;
    }
    throw new AssertionError("expected a refusal");
  }

  private IssuedCard insuredCard(String name, boolean face) {
    Resident r = w.born(name, LocalDate.of(1985, 6, 1));
    IssuedCard card = w.card(r, face);
    w.insurance().enrol(r.personId(), "06139999", "1234", "567", LocalDate.of(2020, 4, 1), null);
    return card;
  }

  @Test
  void theHoldersFaceMatchesTheChipPhotoAndTheCoverageIsAnswered() {
    IssuedCard card = insuredCard("顔 一郎", false);
    X509Certificate cert = w.reader().userCertificate(MedicalTestWorld.slot(card));
    FaceMatcher.Match m =
        w.reader()
            .matchFace(
                MedicalTestWorld.slot(card),
                card.holder().verificationNumberB(),
                MedicalTestWorld.faceOf(card));
    assertThat(m.matched()).isTrue();

    EligibilityAnswer a =
        w.service().check(CLINIC, cert, new Identity.Face(m.score(), m.matched()));

    assertThat(a.eligible()).isTrue();
    assertThat(a.insurerNumber()).isEqualTo("06139999");
    assertThat(a.number()).isEqualTo("567");
    assertThat(a.operation()).isEqualTo("full");
    assertThat(a.historySharing()).isTrue();
  }

  @Test
  void someoneElsesFaceDoesNotMatchAndIsRefused() {
    IssuedCard card = insuredCard("顔 二郎", false);
    IssuedCard other = insuredCard("顔 三郎", false);
    FaceMatcher.Match m =
        w.reader()
            .matchFace(
                MedicalTestWorld.slot(card),
                card.holder().verificationNumberB(),
                MedicalTestWorld.faceOf(other));
    assertThat(m.matched()).isFalse();
    X509Certificate cert = w.reader().userCertificate(MedicalTestWorld.slot(card));
    MedicalRefusal e =
        refusal(() -> w.service().check(CLINIC, cert, new Identity.Face(m.score(), m.matched())));
    assertThat(e.code()).isEqualTo("face-mismatch");
  }

  @Test
  void aWrongVerificationNumberBOpensNoPhoto() {
    IssuedCard card = insuredCard("顔 四郎", false);
    MedicalRefusal e =
        refusal(
            () ->
                w.reader()
                    .matchFace(
                        MedicalTestWorld.slot(card),
                        "00000000000000",
                        MedicalTestWorld.faceOf(card)));
    assertThat(e.code()).isEqualTo("face-data-unreadable");
  }

  @Test
  void thePinPathSignsTheChallengeOnTheCard() {
    IssuedCard card = insuredCard("暗証 一郎", false);
    Challenge c = w.service().challenge();
    byte[] sig = w.reader().signWithPin(MedicalTestWorld.slot(card), "1234", c.nonce());
    X509Certificate cert = w.reader().userCertificate(MedicalTestWorld.slot(card));
    EligibilityAnswer a = w.service().check(CLINIC, cert, new Identity.Pin(c.id(), sig));
    assertThat(a.eligible()).isTrue();
    assertThat(a.identity()).isEqualTo("pin");
  }

  @Test
  void aFaceAuthenticationCardWorksByFaceAndHasNoPin() {
    IssuedCard card = insuredCard("顔認証 花子", true);
    assertThat(
            refusal(() -> w.reader().signWithPin(MedicalTestWorld.slot(card), "1234", new byte[32]))
                .code())
        .isEqualTo("no-pin");
    FaceMatcher.Match m =
        w.reader()
            .matchFace(
                MedicalTestWorld.slot(card),
                card.holder().verificationNumberB(),
                MedicalTestWorld.faceOf(card));
    X509Certificate cert = w.reader().userCertificate(MedicalTestWorld.slot(card));
    assertThat(
            w.service().check(CLINIC, cert, new Identity.Face(m.score(), m.matched())).eligible())
        .isTrue();
  }

  @Test
  void withoutCoverageTheAnswerIsNotEligible() {
    Resident r = w.born("無資格 太郎", LocalDate.of(1990, 1, 1));
    IssuedCard card = w.card(r, false);
    X509Certificate cert = w.reader().userCertificate(MedicalTestWorld.slot(card));
    EligibilityAnswer a = w.service().check(CLINIC, cert, new Identity.Visual("受付 TEST"));
    assertThat(a.eligible()).isFalse();
    assertThat(a.insurerNumber()).isNull();
  }

  @Test
  void aRevokedCertificateIsRefused() {
    Resident r = w.born("停止 太郎", LocalDate.of(1990, 2, 1));
    IssuedCard card = w.card(r, false);
    w.world().authority().suspend(r.residentCode());
    X509Certificate cert = w.reader().userCertificate(MedicalTestWorld.slot(card));
    assertThat(
            refusal(() -> w.service().check(CLINIC, cert, new Identity.Visual("受付 TEST"))).code())
        .isEqualTo("certificate-revoked");
  }

  @Test
  void aFacilityWithoutAReaderCannotCheck() {
    IssuedCard card = insuredCard("無端末 太郎", false);
    X509Certificate cert = w.reader().userCertificate(MedicalTestWorld.slot(card));
    MedicalFacility paper = new MedicalFacility("紙の医院", MedicalFacility.Kind.CLINIC, null);
    MedicalRefusal e = refusal(() -> w.service().check(paper, cert, new Identity.Visual("受付")));
    assertThat(e.rule()).isEqualTo("HI-02");
    assertThat(paper.meetsObligationOn(w.clock().today())).isFalse();
  }
}
