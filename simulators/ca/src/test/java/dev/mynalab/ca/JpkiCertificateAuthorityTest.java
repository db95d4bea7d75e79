package dev.mynalab.ca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mynalab.ca.hierarchy.CaGeneration;
import dev.mynalab.ca.hierarchy.CaPurpose;
import dev.mynalab.ca.hierarchy.CaSigner;
import dev.mynalab.ca.hierarchy.SignerFailure;
import dev.mynalab.ca.issuance.Holder;
import dev.mynalab.ca.issuance.IssuanceRefused;
import dev.mynalab.ca.store.CertificateRecord;
import dev.mynalab.ca.store.RevocationReason;
import java.security.PublicKey;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class JpkiCertificateAuthorityTest {

  private final TestWorld world = new TestWorld();
  private final JpkiCertificateAuthority ca = world.ca;

  @Test
  void certifiesACardKeyUnderTheNewestGeneration() throws Exception {
    PublicKey key = world.cardKey("k1");
    var cert =
        ca.certify(CaPurpose.AUTHENTICATION, key, TestWorld.adult("p1"), TestWorld.cardExpiry());
    assertThat(cert.getPublicKey()).isEqualTo(key);
    CaGeneration current = ca.hierarchy().current(CaPurpose.AUTHENTICATION);
    cert.verify(current.publicKey());
    assertThat(cert.getIssuerX500Principal())
        .isEqualTo(current.certificate().getSubjectX500Principal());
    assertThat(world.journal.channel("ca")).anyMatch(e -> e.type().equals("issue"));
  }

  @Test
  void theLedgerNamesTheHolderOfExactlyTheCertificatesItIssued() throws Exception {
    CertificateRecord r =
        ca.issue(
            CaPurpose.AUTHENTICATION,
            world.cardKey("k1"),
            TestWorld.adult("p1"),
            TestWorld.cardExpiry());
    assertThat(ca.store().byCertificate(r.certificate())).contains(r);
    assertThat(ca.store().holderOf(r.certificate())).contains("p1");
    // same subject key and holder, certified again: another certificate, another entry
    CertificateRecord again =
        ca.issue(
            CaPurpose.AUTHENTICATION,
            world.cardKey("k1"),
            TestWorld.adult("p1"),
            TestWorld.cardExpiry());
    assertThat(ca.store().byCertificate(again.certificate())).contains(again);
    // (a second CA of the same seed and day would issue the very same bytes: issuance is
    // deterministic) — a key this CA never certified
    TestWorld other = new TestWorld();
    var foreign =
        other.ca.certify(
            CaPurpose.AUTHENTICATION,
            world.cardKey("k9"),
            TestWorld.adult("p1"),
            TestWorld.cardExpiry());
    assertThat(ca.store().holderOf(foreign)).isEmpty();
  }

  @Test
  void noSigningCertificateUnder15AndNothingIsRecorded() {
    Holder child = TestWorld.bornOn("child", LocalDate.of(2011, 11, 28)); // 15 tomorrow
    assertThatThrownBy(
            () -> ca.issue(CaPurpose.SIGNATURE, world.cardKey("c"), child, TestWorld.cardExpiry()))
        .isInstanceOf(IssuanceRefused.class)
        .hasMessageContaining("EC-03");
    assertThat(ca.store().byHolder("child")).isEmpty();
    // the user certificate is issued to children (EC-03 only bars the signing one)
    assertThat(
            ca.issue(CaPurpose.AUTHENTICATION, world.cardKey("c"), child, TestWorld.cardExpiry()))
        .isNotNull();
    world.clock.advance(Duration.ofDays(1));
    assertThat(ca.issue(CaPurpose.SIGNATURE, world.cardKey("c2"), child, TestWorld.cardExpiry()))
        .isNotNull();
  }

  @Test
  void refusesUnknownMunicipalityExpiredCardAndForeignKeys() {
    Holder nowhere = new Holder("x", LocalDate.of(1980, 1, 1), "99999", null, null);
    assertThatThrownBy(
            () ->
                ca.issue(
                    CaPurpose.AUTHENTICATION, world.cardKey("x"), nowhere, TestWorld.cardExpiry()))
        .hasMessageContaining("unknown municipality code 99999");
    assertThatThrownBy(
            () ->
                ca.issue(
                    CaPurpose.AUTHENTICATION,
                    world.cardKey("x"),
                    TestWorld.adult("x"),
                    LocalDate.of(2026, 11, 26)))
        .hasMessageContaining("LV-01");
    Holder noFacts = new Holder("y", LocalDate.of(1980, 1, 1), "01106", null, null);
    assertThatThrownBy(
            () ->
                ca.issue(CaPurpose.SIGNATURE, world.cardKey("y"), noFacts, TestWorld.cardExpiry()))
        .hasMessageContaining("基本4情報");
    assertThat(ca.store().all()).isEmpty();
  }

  @Test
  void signingCertificateNeverOutlivesTheUserCertificate() {
    CertificateRecord auth =
        ca.issue(
            CaPurpose.AUTHENTICATION,
            world.cardKey("a"),
            TestWorld.adult("p"),
            LocalDate.of(2029, 3, 31));
    CertificateRecord sign =
        ca.issue(
            CaPurpose.SIGNATURE, world.cardKey("s"), TestWorld.adult("p"), TestWorld.cardExpiry());
    assertThat(auth.lastDay()).isEqualTo(LocalDate.of(2029, 3, 31));
    assertThat(sign.lastDay()).isEqualTo(auth.lastDay());
  }

  @Test
  void renewalInsideTheWindowEarnsTheSixthBirthdayAndSupersedesTheOld() {
    Holder h = TestWorld.adult("r");
    CertificateRecord old =
        ca.issue(CaPurpose.AUTHENTICATION, world.cardKey("r1"), h, TestWorld.cardExpiry());
    assertThat(old.lastDay()).isEqualTo(LocalDate.of(2031, 2, 17));
    world.clock.set(LocalDate.of(2030, 12, 1));
    CertificateRecord renewed =
        ca.renew(CaPurpose.AUTHENTICATION, world.cardKey("r2"), h, LocalDate.of(2040, 2, 17));
    assertThat(renewed.lastDay()).isEqualTo(LocalDate.of(2036, 2, 17));
    assertThat(old.revocation())
        .hasValueSatisfying(r -> assertThat(r.reason()).isEqualTo(RevocationReason.SUPERSEDED));
    assertThat(renewed.isRevoked()).isFalse();
  }

  @Test
  void renewalWithNothingActiveIsRefused() {
    assertThatThrownBy(
            () ->
                ca.renew(
                    CaPurpose.AUTHENTICATION,
                    world.cardKey("n"),
                    TestWorld.adult("n"),
                    TestWorld.cardExpiry()))
        .isInstanceOf(IssuanceRefused.class)
        .hasMessageContaining("RN-02");
  }

  @Test
  void suspensionAfterLossRevokesBothAndReissueStartsFresh() {
    Holder h = TestWorld.adult("lost");
    CertificateRecord auth =
        ca.issue(CaPurpose.AUTHENTICATION, world.cardKey("l1"), h, TestWorld.cardExpiry());
    CertificateRecord sign =
        ca.issue(CaPurpose.SIGNATURE, world.cardKey("l2"), h, TestWorld.cardExpiry());
    List<CertificateRecord> revoked = ca.revocations().suspendAfterLoss("lost");
    assertThat(revoked).containsExactlyInAnyOrder(auth, sign);
    assertThat(auth.revocation().orElseThrow().reason()).isEqualTo(RevocationReason.KEY_COMPROMISE);
    assertThat(ca.revocations().suspendAfterLoss("lost")).isEmpty(); // idempotent
    CertificateRecord again =
        ca.issue(CaPurpose.AUTHENTICATION, world.cardKey("l3"), h, TestWorld.cardExpiry());
    assertThat(again.isRevoked()).isFalse();
    assertThat(auth.isRevoked()).isTrue(); // lifting does not restore (EC-05)
  }

  @Test
  void changeOfAddressRevokesOnlyTheSigningCertificate() {
    Holder h = TestWorld.adult("mover");
    CertificateRecord auth =
        ca.issue(CaPurpose.AUTHENTICATION, world.cardKey("m1"), h, TestWorld.cardExpiry());
    CertificateRecord sign =
        ca.issue(CaPurpose.SIGNATURE, world.cardKey("m2"), h, TestWorld.cardExpiry());
    assertThat(ca.revocations().basicFourChanged("mover")).containsExactly(sign);
    assertThat(sign.revocation().orElseThrow().reason())
        .isEqualTo(RevocationReason.AFFILIATION_CHANGED);
    assertThat(auth.isRevoked()).isFalse();
  }

  @Test
  void deathRevokesEverythingWithCessationOfOperation() {
    Holder h = TestWorld.adult("d");
    ca.issue(CaPurpose.AUTHENTICATION, world.cardKey("d1"), h, TestWorld.cardExpiry());
    ca.issue(CaPurpose.SIGNATURE, world.cardKey("d2"), h, TestWorld.cardExpiry());
    assertThat(ca.revocations().died("d"))
        .hasSize(2)
        .allSatisfy(
            r ->
                assertThat(r.revocation().orElseThrow().reason())
                    .isEqualTo(RevocationReason.CESSATION_OF_OPERATION));
  }

  @Test
  void aBrokenSignerLeavesNothingHalfWritten() {
    CaGeneration g = ca.hierarchy().current(CaPurpose.AUTHENTICATION);
    CaSigner good =
        g.injectSigner(
            new CaSigner() {
              @Override
              public java.security.PublicKey publicKey() {
                return g.certificate().getPublicKey();
              }

              @Override
              public byte[] signSha256Digest(byte[] digest) {
                throw new SignerFailure("HSM offline (TEST fault)");
              }
            });
    assertThatThrownBy(
            () ->
                ca.issue(
                    CaPurpose.AUTHENTICATION,
                    world.cardKey("b"),
                    TestWorld.adult("b"),
                    TestWorld.cardExpiry()))
        .isInstanceOf(SignerFailure.class);
    assertThat(ca.store().all()).isEmpty();
    g.injectSigner(good);
    assertThat(
            ca.issue(
                CaPurpose.AUTHENTICATION,
                world.cardKey("b"),
                TestWorld.adult("b"),
                TestWorld.cardExpiry()))
        .isNotNull();
  }

  @Test
  void certificatesOfOlderGenerationsChainByAkiNotByName() throws Exception {
    CertificateRecord before =
        ca.issue(
            CaPurpose.AUTHENTICATION,
            world.cardKey("g1"),
            TestWorld.adult("g"),
            TestWorld.cardExpiry());
    CaGeneration next = ca.hierarchy().rollover(CaPurpose.AUTHENTICATION, world.clock.instant());
    CertificateRecord after =
        ca.issue(
            CaPurpose.AUTHENTICATION,
            world.cardKey("g2"),
            TestWorld.adult("g"),
            TestWorld.cardExpiry());
    assertThat(after.issuer()).isSameAs(next);
    assertThat(before.certificate().getIssuerX500Principal())
        .isEqualTo(after.certificate().getIssuerX500Principal());
    before.certificate().verify(before.issuer().publicKey());
    assertThatThrownBy(() -> before.certificate().verify(next.publicKey()))
        .isInstanceOf(java.security.SignatureException.class);
  }

  @Test
  void serialsVaryInLengthAndReplayFromTheSeed() {
    java.util.Set<Integer> lengths = new java.util.HashSet<>();
    List<String> first = new java.util.ArrayList<>();
    for (int i = 0; i < 12; i++) {
      CertificateRecord r =
          ca.issue(
              CaPurpose.AUTHENTICATION,
              world.cardKey("s" + (i % 2)),
              TestWorld.adult("s" + i),
              TestWorld.cardExpiry());
      lengths.add(r.serial().toByteArray().length);
      assertThat(r.serial().signum()).isPositive();
      first.add(r.serial().toString(16));
    }
    assertThat(lengths.size()).isGreaterThan(1);
    TestWorld again = new TestWorld();
    for (int i = 0; i < 12; i++) {
      CertificateRecord r =
          again.ca.issue(
              CaPurpose.AUTHENTICATION,
              world.cardKey("s" + (i % 2)),
              TestWorld.adult("s" + i),
              TestWorld.cardExpiry());
      assertThat(r.serial().toString(16)).isEqualTo(first.get(i));
    }
  }

  @Test
  void settingsFailAtStartNamingTheKey() {
    assertThatThrownBy(() -> CaSettings.fromProperties(java.util.Map.of("ca.ocsp.nonce", "echo")))
        .hasMessageContaining("ca.ocsp.nonce must be ignore or sign-on-demand");
    assertThatThrownBy(() -> CaSettings.fromProperties(java.util.Map.of("ca.generation", "2")))
        .hasMessageContaining("unknown setting ca.generation");
    assertThatThrownBy(() -> CaSettings.fromProperties(java.util.Map.of("ca.serial-bytes", "4-30")))
        .hasMessageContaining("ca.serial-bytes");
    assertThat(CaSettings.fromProperties(java.util.Map.of("ca.generations", "2")).generations())
        .isEqualTo(2);
  }

  @Test
  void theLeapDayBirthdayIsTheRuleBooksOneParameter() {
    CaSettings march =
        CaSettings.fromProperties(java.util.Map.of("mynalab.rule.leapDayBirthday", "MAR_01"));
    assertThat(march.rules().leapDayBirthday())
        .isEqualTo(dev.mynalab.rulebook.RuleBookParameters.LeapDayBirthday.MAR_01);
    assertThat(march.describe()).containsEntry("mynalab.rule.leapDayBirthday", "MAR_01");
    assertThat(CaSettings.defaults().rules())
        .isEqualTo(dev.mynalab.rulebook.RuleBookParameters.defaults());
    assertThatThrownBy(
            () -> CaSettings.fromProperties(java.util.Map.of("ca.leap-day-birthday", "mar-01")))
        .hasMessageContaining("mynalab.rule.leapDayBirthday");
    assertThatThrownBy(
            () ->
                CaSettings.fromProperties(java.util.Map.of("mynalab.rule.leapDayBirthday", "MAR")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("mynalab.rule.leapDayBirthday");
  }
}
