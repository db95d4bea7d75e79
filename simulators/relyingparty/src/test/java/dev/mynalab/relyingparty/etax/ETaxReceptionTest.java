package dev.mynalab.relyingparty.etax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mynalab.kit.problem.ProblemException;
import dev.mynalab.registry.resident.Resident;
import dev.mynalab.relyingparty.TestWorld;
import dev.mynalab.relyingparty.signing.CardCmsSigner;
import dev.mynalab.relyingparty.signing.CardRefused;
import dev.mynalab.relyingparty.signing.JpkiKey;
import dev.mynalab.world.authority.IssuedCard;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** e-Tax reception against a real card, a real CA and the real verifier. */
class ETaxReceptionTest {

  private static TestWorld w;
  private static Resident hanako;
  private static IssuedCard card;
  private static CardCmsSigner signer;

  private ETaxReception reception;

  @BeforeAll
  static void world() {
    w = new TestWorld();
    hanako = w.resident("鈴木 花子", LocalDate.of(1985, 6, 1));
    card = w.issue(hanako);
    signer = new CardCmsSigner(w.clock);
  }

  @AfterAll
  static void close() {
    w.close();
  }

  private ETaxReception reception() {
    if (reception == null) {
      reception = new ETaxReception(w.verifier(), w.clock, w.seed, w.journal);
    }
    return reception;
  }

  private static byte[] sign(JpkiKey key, String secret, String json) {
    return signer.sign(
        TestWorld.transport(card), key, secret, json.getBytes(StandardCharsets.UTF_8));
  }

  private static String returnOf(String userId, long income) {
    return "{\"form\":\"return\",\"userId\":\""
        + userId
        + "\",\"taxYear\":2025,\"income\":"
        + income
        + "}";
  }

  private String registered() {
    ETaxOutcome o =
        reception().register(sign(JpkiKey.SIGNING, "ABC123", "{\"form\":\"registration\"}"));
    assertThat(o.accepted()).as(o.reasons().toString()).isTrue();
    return o.number();
  }

  @Test
  void aRegisteredSignerFilesAReturnAndGetsAReceiptNumber() {
    String userId = registered();
    assertThat(userId).matches("\\d{16}");
    ETaxOutcome o = reception().file(sign(JpkiKey.SIGNING, "ABC123", returnOf(userId, 5_000_000)));
    assertThat(o.accepted()).as(o.reasons().toString()).isTrue();
    assertThat(o.number()).matches("20260401\\d{12}");
    assertThat(o.signer()).contains("CN=");
    assertThat(reception().receipts()).containsExactly(o.number());
  }

  @Test
  void theSameCertificateRegisteredTwiceKeepsItsNumber() {
    assertThat(registered()).isEqualTo(registered());
  }

  @Test
  void contentChangedAfterSigningIsRefusedAsTampered() {
    String userId = registered();
    byte[] cms = sign(JpkiKey.SIGNING, "ABC123", returnOf(userId, 5_000_000));
    byte[] tampered = replace(cms, "5000000", "1000000");
    ETaxOutcome o = reception().file(tampered);
    assertThat(o.accepted()).isFalse();
    assertThat(o.refusal()).isEqualTo(Refusal.TAMPERED);
    assertThat(reception().receipts()).isEmpty();
  }

  @Test
  void aUserCertificateCannotSignAReturn() {
    ETaxOutcome o =
        reception()
            .register(sign(JpkiKey.USER_AUTHENTICATION, "1234", "{\"form\":\"registration\"}"));
    assertThat(o.refusal()).isEqualTo(Refusal.NOT_A_SIGNING_CERTIFICATE);
  }

  @Test
  void aReturnUnderAnUnregisteredNumberIsRefusedAsUnknownSigner() {
    ETaxOutcome o =
        reception().file(sign(JpkiKey.SIGNING, "ABC123", returnOf("1234567890123456", 1)));
    assertThat(o.refusal()).isEqualTo(Refusal.UNKNOWN_SIGNER);
  }

  @Test
  void aWrongPasswordIsRefusedByTheCardAndNothingIsSigned() {
    assertThatThrownBy(() -> sign(JpkiKey.SIGNING, "WRONG1", "{\"form\":\"registration\"}"))
        .isInstanceOf(CardRefused.class)
        .satisfies(e -> assertThat(((CardRefused) e).statusWord() & 0xFFF0).isEqualTo(0x63C0));
    // the right password resets the counter
    assertThat(registered()).isNotNull();
  }

  @Test
  void badInputIsAProblemPointingAtTheDocument() {
    assertThatThrownBy(() -> reception().file(new byte[] {1, 2, 3}))
        .isInstanceOf(ProblemException.class)
        .satisfies(
            e -> assertThat(((ProblemException) e).problem().pointer()).isEqualTo("/document"));
    byte[] notAForm = sign(JpkiKey.SIGNING, "ABC123", "not json");
    assertThatThrownBy(() -> reception().file(notAForm))
        .isInstanceOf(ProblemException.class)
        .satisfies(e -> assertThat(((ProblemException) e).problem().status()).isEqualTo(422));
    byte[] registration = sign(JpkiKey.SIGNING, "ABC123", "{\"form\":\"registration\"}");
    assertThatThrownBy(() -> reception().file(registration))
        .isInstanceOf(ProblemException.class)
        .satisfies(
            e ->
                assertThat(((ProblemException) e).problem().pointer()).isEqualTo("/document/form"));
  }

  static byte[] replace(byte[] haystack, String from, String to) {
    byte[] f = from.getBytes(StandardCharsets.US_ASCII);
    byte[] t = to.getBytes(StandardCharsets.US_ASCII);
    byte[] out = haystack.clone();
    for (int i = 0; i + f.length <= out.length; i++) {
      if (java.util.Arrays.equals(out, i, i + f.length, f, 0, f.length)) {
        System.arraycopy(t, 0, out, i, t.length);
        return out;
      }
    }
    throw new AssertionError("not found: " + from);
  }
}
