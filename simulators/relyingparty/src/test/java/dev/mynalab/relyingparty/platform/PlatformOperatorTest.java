package dev.mynalab.relyingparty.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mynalab.card.client.CardClient;
import dev.mynalab.kit.problem.ProblemException;
import dev.mynalab.registry.resident.Resident;
import dev.mynalab.relyingparty.TestWorld;
import dev.mynalab.relyingparty.signing.CardCmsSigner;
import dev.mynalab.relyingparty.signing.JpkiKey;
import dev.mynalab.verifier.login.Challenge;
import dev.mynalab.world.authority.IssuedCard;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The platform operator decides who learns what; the verifier judges. */
class PlatformOperatorTest {

  private static TestWorld w;
  private static IssuedCard card;
  private static PlatformOperator platform;
  private static byte[] application;

  @BeforeAll
  static void world() {
    w = new TestWorld();
    Resident r = w.resident("高橋 美咲", LocalDate.of(1990, 2, 3));
    card = w.issue(r);
    platform = new PlatformOperator(w.verifier(), Businesses.fromFixture(), w.journal);
    application =
        new CardCmsSigner(w.clock)
            .sign(
                TestWorld.transport(card),
                JpkiKey.SIGNING,
                "ABC123",
                "{\"application\":\"securities-account\"}".getBytes(StandardCharsets.UTF_8));
  }

  @AfterAll
  static void close() {
    w.close();
  }

  @Test
  void aDeemedSignatureVerifierGetsTheResultAndTheBasicFour() {
    SignatureAnswer a = platform.verifySignature("test-securities", application);
    assertThat(a.valid()).as(a.reasons().toString()).isTrue();
    assertThat(a.basicFour()).containsOnlyKeys("name", "address", "dateOfBirth", "sex");
    assertThat(a.basicFour().get("name")).contains("高橋");
    assertThat(a.basicFour().get("address")).contains("千代田区");
  }

  @Test
  void aBusinessThatIsNotADeemedSignatureVerifierGetsNothing() {
    assertThatThrownBy(() -> platform.verifySignature("test-shop", application))
        .isInstanceOf(ProblemException.class)
        .satisfies(e -> assertThat(((ProblemException) e).problem().status()).isEqualTo(403));
    assertThatThrownBy(() -> platform.verifySignature("no-such-business", application))
        .isInstanceOf(ProblemException.class)
        .satisfies(e -> assertThat(((ProblemException) e).problem().status()).isEqualTo(403));
  }

  @Test
  void aLoginProvesThePersonButCarriesNoBasicFour() throws Exception {
    Challenge c = platform.loginChallenge("test-shop");
    CardClient client = new CardClient(TestWorld.transport(card));
    client.selectJpki();
    assertThat(client.verify(0x0018, "1234")).isEqualTo(0x9000);
    byte[] sig =
        client
            .sign(
                0x0017,
                CardClient.sha256DigestInfo(MessageDigest.getInstance("SHA-256").digest(c.nonce())))
            .getData();
    LoginAnswer a =
        platform.verifyLogin("test-shop", c.id(), sig, card.authenticationCertificate());
    assertThat(a.authenticated()).as(a.reasons().toString()).isTrue();
    assertThat(a.certificateCarriesBasicFour()).isFalse();
  }

  @Test
  void aLoginAnsweredWithTheWrongKeyFails() throws Exception {
    Challenge c = platform.loginChallenge("test-securities");
    LoginAnswer a =
        platform.verifyLogin(
            "test-securities", c.id(), new byte[256], card.authenticationCertificate());
    assertThat(a.authenticated()).isFalse();
    assertThat(a.outcome()).isEqualTo("BAD_SIGNATURE");
  }
}
