package dev.mynalab.verifier.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mynalab.ca.server.CaWorld;
import dev.mynalab.verifier.Status;
import dev.mynalab.verifier.TestWorlds;
import dev.mynalab.verifier.VerifierService;
import dev.mynalab.verifier.document.DocumentVerdict;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.Date;
import org.junit.jupiter.api.Test;

/**
 * A document signed after the signer certificate's notAfter is EXPIRED — a certificate fact — and
 * not INVALID_SIGNATURE: the CMS signature itself is intact (Bouncy Castle, given the certificate,
 * would refuse a signingTime outside its validity as a failed verification).
 */
class SignedDocumentExpiryTest {

  private static final long SEED = 23;

  @Test
  void aDocumentSignedAfterExpiryIsExpiredNotTampered() throws Exception {
    try (CaWorld ca = TestWorlds.ca(SEED)) {
      VerifierService v = TestWorlds.verifier(ca, SEED, TestWorlds.settings());
      X509Certificate cert = ca.samples().signGood().certificate();
      Date afterExpiry = new Date(cert.getNotAfter().getTime() + 86_400_000L);
      byte[] cms =
          VerifierHttpApiTest.signedReturn(
              TestWorlds.sampleKey(SEED, "sign", "good"),
              cert,
              "return".getBytes(StandardCharsets.UTF_8),
              afterExpiry);
      DocumentVerdict d = v.documents().validate(cms, null, null);
      assertThat(d.status()).as(d.reasons().toString()).isEqualTo(Status.EXPIRED);
    }
  }
}
