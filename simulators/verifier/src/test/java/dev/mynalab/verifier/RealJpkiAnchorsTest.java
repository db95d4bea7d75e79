package dev.mynalab.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.kit.journal.Journal;
import dev.mynalab.kit.random.WorldSeed;
import dev.mynalab.verifier.trust.Anchor;
import dev.mynalab.verifier.trust.TrustAnchors;
import java.io.InputStream;
import java.net.URI;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A real 利用者証明用 certificate (public, no personal data) judged on its real chain with the real
 * public roots. The sample was issued by authca02 (AKI 8CD5…3593, serial 0133C349), which is not
 * among the public files we hold (authca01 2015, authca03 2023): so its chain cannot be built, and
 * the verdict must say so — the other generations' keys, same DN, must not be accepted in its
 * place.
 */
class RealJpkiAnchorsTest {

  private static X509Certificate resource(String name) throws Exception {
    try (InputStream in = RealJpkiAnchorsTest.class.getResourceAsStream("/jpki-public/" + name)) {
      return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
    }
  }

  private static VerifierService realVerifier(Instant now) throws Exception {
    TrustAnchors anchors =
        TrustAnchors.of(
            List.of(
                Anchor.of("auth_ca_2015.pem", resource("auth_ca_2015.pem")),
                Anchor.of("auth_ca_2023.pem", resource("auth_ca_2023.pem"))));
    WorldClock clock = WorldClock.frozenAt(now);
    // offline: the real responder and CRL are not reachable from the lab (unresolvable names)
    VerifierSettings settings =
        VerifierSettings.defaults()
            .withTimeout(Duration.ofMillis(500))
            .withSources(
                URI.create("http://ocsp.jpki-real.invalid/"),
                URI.create("http://crl.jpki-real.invalid/crl/"));
    return VerifierService.standalone(
        anchors, null, settings, WorldSeed.of(1), clock, new Journal(clock));
  }

  @Test
  void theRealSampleIsNeverValidAndNamesTheMissingGeneration() throws Exception {
    Instant inside = Instant.parse("2024-06-01T00:00:00Z");
    VerifierService v = realVerifier(inside);
    Verdict verdict =
        v.certificates().validate(resource("auth_ee_sample.der"), Purpose.AUTH, inside);
    assertThat(verdict.status()).isEqualTo(Status.UNTRUSTED);
    assertThat(verdict.reasons().get(0)).contains("8cd5586a891485e559379b7e29d410cfd28b3593");
  }

  @Test
  void withTheRightKeyIdButAnotherGenerationsKeyTheSignatureFails() throws Exception {
    // an anchor claiming authca02's key id but holding authca03's key: the signature decides
    X509Certificate sample = resource("auth_ee_sample.der");
    X509Certificate g3 = resource("auth_ca_2023.pem");
    byte[] authca02KeyId =
        java.util.HexFormat.of().parseHex("8cd5586a891485e559379b7e29d410cfd28b3593");
    Anchor impostor = new Anchor("authca03-as-02", g3, authca02KeyId, Anchor.of("x", g3).name());
    Instant inside = Instant.parse("2024-06-01T00:00:00Z");
    WorldClock clock = WorldClock.frozenAt(inside);
    VerifierService v =
        VerifierService.standalone(
            TrustAnchors.of(List.of(impostor)),
            null,
            VerifierSettings.defaults().withTimeout(Duration.ofMillis(300)),
            WorldSeed.of(1),
            clock,
            new Journal(clock));
    assertThat(v.certificates().validate(sample, Purpose.AUTH, inside).status())
        .isEqualTo(Status.INVALID_SIGNATURE);
  }

  @Test
  void profileChecksOfTheRealSampleAgreeWithTheSimulatedProfile() throws Exception {
    // with a self-made anchor for its key id, chain checks aside: purpose rules accept it as auth
    X509Certificate sample = resource("auth_ee_sample.der");
    assertThat(sample.getKeyUsage()[0]).isTrue();
    assertThat(sample.getExtendedKeyUsage()).contains("1.3.6.1.5.5.7.3.2");
    assertThat(
            dev.mynalab.verifier.revocation.CrlClient.distributionPoint(sample)
                .orElseThrow()
                .toString())
        .contains("Sapporo-shi-Minami-ku CRLDP");
  }
}
