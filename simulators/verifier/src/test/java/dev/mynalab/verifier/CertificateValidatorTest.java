package dev.mynalab.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mynalab.ca.hierarchy.CaPurpose;
import dev.mynalab.ca.hierarchy.TestKeys;
import dev.mynalab.ca.server.CaWorld;
import dev.mynalab.ca.store.CertificateRecord;
import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.kit.random.WorldSeed;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CertificateValidatorTest {

  static CaWorld ca;
  static CaWorld other;
  static VerifierService verifier;

  @BeforeAll
  static void start() {
    ca = TestWorlds.ca(61);
    other = TestWorlds.ca(64);
    verifier = TestWorlds.verifier(ca, 61, TestWorlds.settings());
  }

  @AfterAll
  static void stop() {
    ca.close();
    other.close();
  }

  private Verdict validate(X509Certificate cert, Purpose purpose) {
    return verifier.certificates().validate(cert, purpose);
  }

  @Test
  void goodAuthenticationCertificateIsValidByOcspOverHttps() {
    Verdict v = validate(ca.samples().authGood().certificate(), Purpose.AUTH);
    assertThat(v.status()).isEqualTo(Status.VALID);
    assertThat(v.revocation().source()).as(v.reasons().toString()).isEqualTo("ocsp");
    assertThat(v.issuer()).startsWith("authca03");
    assertThat(v.revocation().nextUpdate()).isAfter(v.revocation().thisUpdate());
  }

  @Test
  void revokedCertificatesAreRevokedWithReasonAndTime() {
    Verdict auth = validate(ca.samples().authRevoked().certificate(), Purpose.AUTH);
    assertThat(auth.status()).isEqualTo(Status.REVOKED);
    assertThat(auth.revocation().reason()).isEqualTo("keyCompromise");
    assertThat(auth.revocation().revokedAt()).isNotNull();
    Verdict sign = validate(ca.samples().signRevoked().certificate(), Purpose.SIGN);
    assertThat(sign.status()).isEqualTo(Status.REVOKED);
    assertThat(sign.revocation().reason()).isEqualTo("affiliationChanged");
  }

  @Test
  void aSignatureMadeBeforeTheRevocationIsJudgedAtItsTime() {
    X509Certificate cert = ca.samples().signRevoked().certificate();
    Instant before = cert.getNotBefore().toInstant().plusSeconds(1);
    Verdict v = verifier.certificates().validate(cert, Purpose.SIGN, before);
    assertThat(v.status()).isIn(Status.VALID, Status.REVOKED);
    Verdict after = validate(cert, Purpose.SIGN);
    assertThat(after.status()).isEqualTo(Status.REVOKED);
  }

  @Test
  void wrongPurposeBothWays() {
    assertThat(validate(ca.samples().authGood().certificate(), Purpose.SIGN).status())
        .isEqualTo(Status.WRONG_PURPOSE);
    Verdict v = validate(ca.samples().signGood().certificate(), Purpose.AUTH);
    assertThat(v.status()).isEqualTo(Status.WRONG_PURPOSE);
    assertThat(v.reasons().get(0)).contains("not the auth root");
  }

  @Test
  void expiredTheDayAfterTheLastDayAndNotYetValidBefore() {
    X509Certificate cert = ca.samples().authGood().certificate();
    Instant end = cert.getNotAfter().toInstant();
    Verdict expired =
        verifier.certificates().validate(cert, Purpose.AUTH, end.plus(Duration.ofDays(1)));
    assertThat(expired.status()).isEqualTo(Status.EXPIRED);
    Verdict early =
        verifier
            .certificates()
            .validate(cert, Purpose.AUTH, cert.getNotBefore().toInstant().minusSeconds(1));
    assertThat(early.status()).isEqualTo(Status.NOT_YET_VALID);
  }

  @Test
  void aCertificateOfAnotherWorldIsUntrusted() {
    Verdict v = validate(other.samples().signGood().certificate(), Purpose.SIGN);
    assertThat(v.status()).isEqualTo(Status.UNTRUSTED);
    assertThat(v.reasons().get(0)).contains("no configured root has key id");
  }

  @Test
  void aTamperedSignatureIsInvalidSignature() throws Exception {
    byte[] der = ca.samples().authGood().certificate().getEncoded().clone();
    der[der.length - 5] ^= 0x01; // inside the signature value
    Verdict v =
        verifier.certificates().validate(der, Purpose.AUTH, ca.authority().clock().instant());
    assertThat(v.status()).isEqualTo(Status.INVALID_SIGNATURE);
  }

  @Test
  void issuedByAnOlderGenerationChainsToThatGeneration() {
    // a certificate signed by generation 1 (same DN as generation 3): chosen by AKI, not name
    CertificateRecord r =
        TestWorlds.issue(
            ca,
            CaPurpose.AUTHENTICATION,
            "gen-holder",
            "01106",
            LocalDate.of(1990, 1, 1),
            TestKeys.rsa2048(WorldSeed.of(61), "gen-holder"));
    Verdict v = validate(r.certificate(), Purpose.AUTH);
    assertThat(v.status()).isEqualTo(Status.VALID);
    assertThat(v.issuer()).startsWith(r.issuer().label());
  }

  @Test
  void ocspAnswersAreCachedUntilNextUpdateAndThenAskedAgain() {
    VerifierService fresh = TestWorlds.verifier(ca, 63, TestWorlds.settings());
    X509Certificate cert = ca.samples().authGood().certificate();
    Verdict first = fresh.certificates().validate(cert, Purpose.AUTH);
    Verdict second = fresh.certificates().validate(cert, Purpose.AUTH);
    assertThat(first.revocation().cached()).isFalse();
    assertThat(second.revocation().cached()).isTrue();
    assertThat(fresh.certificates().revocation().ocspQueries()).isEqualTo(1);
    WorldClock clock = (WorldClock) fresh.certificates().clock();
    clock.set(first.revocation().nextUpdate().plusSeconds(1));
    fresh.certificates().validate(cert, Purpose.AUTH);
    assertThat(fresh.certificates().revocation().ocspQueries()).isEqualTo(2);
  }
}
