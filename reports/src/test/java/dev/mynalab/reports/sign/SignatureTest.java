package dev.mynalab.reports.sign;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.kit.random.WorldSeed;
import dev.mynalab.reports.TestRuns;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SignatureTest {

  private static final WorldClock CLOCK = WorldClock.frozenAt(LocalDate.of(2026, 4, 1));
  private static SigningIdentity ours;
  private static SigningIdentity forger;
  private static final byte[] REPORT =
      "{\"verdict\":\"PASS\",\"要件\":\"個人番号\"}\n".getBytes(StandardCharsets.UTF_8);

  @BeforeAll
  static void keys() {
    ours = TestRuns.identity();
    forger = TestRuns.otherIdentity();
  }

  private static byte[] sign(byte[] content, SigningIdentity id) {
    return ReportSigner.sign(content, id, CLOCK.instant());
  }

  @Test
  void aSignedReportVerifiesAgainstItsCa() {
    SignatureCheck check = SignatureVerifier.verify(REPORT, sign(REPORT, ours), ours.ca());
    assertThat(check.problems()).isEmpty();
    assertThat(check.valid()).isTrue();
    assertThat(check.signer()).contains("mynalab TEST report signer").contains("O=JPKI-TEST");
  }

  @Test
  void everyFlippedByteIsDetected() {
    byte[] sig = sign(REPORT, ours);
    for (int i = 0; i < REPORT.length; i++) {
      byte[] tampered = REPORT.clone();
      tampered[i] ^= 0x01;
      SignatureCheck check = SignatureVerifier.verify(tampered, sig, ours.ca());
      assertThat(check.valid()).as("byte %d flipped", i).isFalse();
      assertThat(check.problems())
          .anySatisfy(p -> assertThat(p).contains("does not match the content"));
    }
    byte[] longer =
        (new String(REPORT, StandardCharsets.UTF_8) + " ").getBytes(StandardCharsets.UTF_8);
    assertThat(SignatureVerifier.verify(longer, sig, ours.ca()).valid()).isFalse();
  }

  @Test
  void aReportSignedUnderAnotherCaIsRefusedEvenWithTheSameCaName() {
    assertThat(forger.ca().getSubjectX500Principal())
        .isEqualTo(ours.ca().getSubjectX500Principal());
    SignatureCheck check = SignatureVerifier.verify(REPORT, sign(REPORT, forger), ours.ca());
    assertThat(check.valid()).isFalse();
    assertThat(check.problems())
        .singleElement()
        .satisfies(p -> assertThat(p).contains("not signed by the trusted CA"));
  }

  @Test
  void aSignerFromADifferentlyNamedCaIsRefused() {
    SignatureCheck check = SignatureVerifier.verify(REPORT, sign(REPORT, ours), ours.certificate());
    assertThat(check.valid()).isFalse();
    assertThat(check.problems())
        .singleElement()
        .satisfies(p -> assertThat(p).contains("not by the trusted report-signing CA"));
  }

  @Test
  void garbageIsNotASignature() {
    SignatureCheck check =
        SignatureVerifier.verify(REPORT, "not DER".getBytes(StandardCharsets.US_ASCII), ours.ca());
    assertThat(check.valid()).isFalse();
    assertThat(check.problems())
        .singleElement()
        .satisfies(p -> assertThat(p).startsWith("not a CMS signature"));
  }

  @Test
  void aSignatureMadeOutsideTheCertificatesValidityIsRefused() {
    byte[] sig = ReportSigner.sign(REPORT, ours, Instant.parse("2040-01-01T00:00:00Z"));
    SignatureCheck check = SignatureVerifier.verify(REPORT, sig, ours.ca());
    assertThat(check.valid()).isFalse();
    assertThat(check.problems())
        .singleElement()
        .satisfies(p -> assertThat(p).contains("not valid at the signing time"));
  }

  @Test
  void keysAreGeneratedOnceThenReusedAndPrivateKeysStayPrivate(@TempDir Path dir) throws Exception {
    SigningIdentity first =
        ReportSigningKeys.loadOrCreate(dir, CLOCK, WorldSeed.of(3).secureRandom("k"));
    SigningIdentity again =
        ReportSigningKeys.loadOrCreate(dir, CLOCK, WorldSeed.of(4).secureRandom("k"));
    assertThat(again.certificate()).isEqualTo(first.certificate());
    assertThat(again.ca()).isEqualTo(first.ca());
    assertThat(first.ca().getSubjectX500Principal().getName())
        .isEqualTo("CN=mynalab TEST report-signing CA,O=JPKI-TEST,C=JP");
    assertThat(first.ca().getBasicConstraints()).isGreaterThanOrEqualTo(0);
    assertThat(first.certificate().getBasicConstraints()).isEqualTo(-1);
    assertThat(first.certificate().getNotBefore().toInstant()).isBefore(CLOCK.instant());
    assertThat(Files.getPosixFilePermissions(dir.resolve("report-signer.key.pem")))
        .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    assertThat(Files.readString(dir.resolve(ReportSigningKeys.CA_FILE)))
        .startsWith("-----BEGIN CERTIFICATE-----");
  }
}
