package dev.mynalab.relyingparty.etax;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mynalab.registry.resident.Resident;
import dev.mynalab.relyingparty.TestWorld;
import dev.mynalab.relyingparty.signing.CardCmsSigner;
import dev.mynalab.relyingparty.signing.JpkiKey;
import dev.mynalab.world.authority.IssuedCard;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Refusals that need the world to move on: revocation after a 転居 (EC-04), expiry (EC-01). */
class ETaxRevocationTest {

  @Test
  void aReturnSignedAfterAChangeOfAddressIsRefusedAsRevoked() {
    try (TestWorld w = new TestWorld()) {
      Resident r = w.resident("佐藤 一郎", LocalDate.of(1980, 5, 1));
      IssuedCard card = w.issue(r);
      CardCmsSigner signer = new CardCmsSigner(w.clock);
      ETaxReception reception = new ETaxReception(w.verifier(), w.clock, w.seed, w.journal);
      String userId =
          reception
              .register(
                  signer.sign(
                      TestWorld.transport(card),
                      JpkiKey.SIGNING,
                      "ABC123",
                      "{\"form\":\"registration\"}".getBytes(StandardCharsets.UTF_8)))
              .number();
      assertThat(userId).isNotNull();

      w.world.advanceTo(LocalDate.of(2026, 6, 1));
      w.moveWithin(r, "東京都千代田区九段南1-2");
      w.world.advanceTo(LocalDate.of(2026, 6, 2));

      ETaxOutcome o =
          reception.file(
              signer.sign(
                  TestWorld.transport(card),
                  JpkiKey.SIGNING,
                  "ABC123",
                  ("{\"form\":\"return\",\"userId\":\"" + userId + "\",\"taxYear\":2025}")
                      .getBytes(StandardCharsets.UTF_8)));
      assertThat(o.accepted()).isFalse();
      assertThat(o.refusal()).isEqualTo(Refusal.CERTIFICATE_REVOKED);
      assertThat(reception.receipts()).isEmpty();
    }
  }

  @Test
  void aReturnSignedAfterTheCertificateExpiredIsRefusedAsExpiredNotAsTampered() {
    try (TestWorld w = new TestWorld()) {
      Resident r = w.resident("佐藤 一郎", LocalDate.of(1980, 5, 1));
      IssuedCard card = w.issue(r);
      CardCmsSigner signer = new CardCmsSigner(w.clock);
      ETaxReception reception = new ETaxReception(w.verifier(), w.clock, w.seed, w.journal);
      String userId =
          reception
              .register(
                  signer.sign(
                      TestWorld.transport(card),
                      JpkiKey.SIGNING,
                      "ABC123",
                      "{\"form\":\"registration\"}".getBytes(StandardCharsets.UTF_8)))
              .number();

      // EC-01: valid to the 5th birthday after issue (2031-05-01)
      w.world.advanceTo(LocalDate.of(2031, 5, 2));
      ETaxOutcome o =
          reception.file(
              signer.sign(
                  TestWorld.transport(card),
                  JpkiKey.SIGNING,
                  "ABC123",
                  ("{\"form\":\"return\",\"userId\":\"" + userId + "\",\"taxYear\":2030}")
                      .getBytes(StandardCharsets.UTF_8)));
      assertThat(o.refusal()).isEqualTo(Refusal.CERTIFICATE_EXPIRED);
    }
  }
}
