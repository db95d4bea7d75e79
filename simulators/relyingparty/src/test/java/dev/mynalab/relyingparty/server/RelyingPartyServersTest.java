package dev.mynalab.relyingparty.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mynalab.card.client.CardClient;
import dev.mynalab.kit.fixtures.Json;
import dev.mynalab.registry.resident.Resident;
import dev.mynalab.relyingparty.TestWorld;
import dev.mynalab.relyingparty.signing.CardCmsSigner;
import dev.mynalab.relyingparty.signing.JpkiKey;
import dev.mynalab.world.authority.IssuedCard;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The contract over real HTTP on loopback: decisions as 200/201, bad input 4xx problems, never 5xx.
 */
class RelyingPartyServersTest {

  private static TestWorld w;
  private static IssuedCard card;
  private static RelyingPartyServers servers;
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static String registration;

  @BeforeAll
  static void start() {
    w = new TestWorld();
    Resident r = w.resident("伊藤 健", LocalDate.of(1982, 11, 30));
    card = w.issue(r);
    servers =
        RelyingPartyServers.start(
            RelyingPartyServers.Options.defaults(w.verifier(), w.seed, w.clock, w.journal));
    registration = b64(sign("{\"form\":\"registration\"}"));
  }

  @AfterAll
  static void stop() {
    servers.close();
    w.close();
  }

  private static byte[] sign(String json) {
    return new CardCmsSigner(w.clock)
        .sign(
            TestWorld.transport(card),
            JpkiKey.SIGNING,
            "ABC123",
            json.getBytes(StandardCharsets.UTF_8));
  }

  private static String b64(byte[] b) {
    return Base64.getEncoder().encodeToString(b);
  }

  record Answer(int status, JsonNode body, String contentType) {}

  private static Answer post(URI base, String path, String body) throws Exception {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return new Answer(
        r.statusCode(),
        r.body().isEmpty() ? null : Json.mapper().readTree(r.body()),
        r.headers().firstValue("Content-Type").orElse(""));
  }

  private static Answer get(URI base, String path) throws Exception {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    return new Answer(r.statusCode(), Json.mapper().readTree(r.body()), "");
  }

  @Test
  void registrationThenReturnOverHttp() throws Exception {
    Answer reg =
        post(
            servers.etaxUri(), "/etax/v1/registrations", "{\"document\":\"" + registration + "\"}");
    assertThat(reg.status()).isEqualTo(201);
    String userId = reg.body().get("number").asText();
    String ret = b64(sign("{\"form\":\"return\",\"userId\":\"" + userId + "\",\"taxYear\":2025}"));
    Answer filed = post(servers.etaxUri(), "/etax/v1/returns", "{\"document\":\"" + ret + "\"}");
    assertThat(filed.status()).isEqualTo(201);
    assertThat(filed.body().get("accepted").asBoolean()).isTrue();
    assertThat(filed.body().get("number").asText()).hasSize(20);
  }

  @Test
  void aRefusalIsADecisionWithItsReason() throws Exception {
    String ret =
        b64(sign("{\"form\":\"return\",\"userId\":\"0000000000000001\",\"taxYear\":2025}"));
    Answer a = post(servers.etaxUri(), "/etax/v1/returns", "{\"document\":\"" + ret + "\"}");
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.body().get("accepted").asBoolean()).isFalse();
    assertThat(a.body().get("refusal").asText()).isEqualTo("UNKNOWN_SIGNER");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "not json",
        "[]",
        "{}",
        "{\"document\":42}",
        "{\"document\":\"!!!not base64\"}",
        "{\"document\":\"AAAA\"}",
        "{\"document\":\"\"}"
      })
  void badInputIsA4xxProblemNeverA5xx(String body) throws Exception {
    for (String path : List.of("/etax/v1/registrations", "/etax/v1/returns")) {
      Answer a = post(servers.etaxUri(), path, body);
      assertThat(a.status()).as(path + " " + body).isBetween(400, 499);
      assertThat(a.contentType()).contains("problem+json");
      assertThat(a.body().get("detail").asText()).isNotBlank();
    }
    Answer p = post(servers.platformUri(), "/platform/v1/signatures", body);
    assertThat(p.status()).as(body).isBetween(400, 499);
  }

  @Test
  void aMissingFieldIsNamedByItsPointer() throws Exception {
    Answer a =
        post(servers.platformUri(), "/platform/v1/signatures", "{\"business\":\"test-bank\"}");
    assertThat(a.status()).isEqualTo(422);
    assertThat(a.body().get("pointer").asText()).isEqualTo("/document");
  }

  @Test
  void theSignedFormIsCheckedToo() throws Exception {
    String notAForm = b64(sign("{\"form\":\"letter\"}"));
    Answer a = post(servers.etaxUri(), "/etax/v1/returns", "{\"document\":\"" + notAForm + "\"}");
    assertThat(a.status()).isEqualTo(422);
    assertThat(a.body().get("pointer").asText()).isEqualTo("/document/form");
  }

  @Test
  void thePlatformGivesTheBasicFourToADeemedVerifierOnly() throws Exception {
    Answer ok =
        post(
            servers.platformUri(),
            "/platform/v1/signatures",
            "{\"business\":\"test-bank\",\"document\":\"" + registration + "\"}");
    assertThat(ok.status()).isEqualTo(200);
    assertThat(ok.body().get("valid").asBoolean()).isTrue();
    assertThat(ok.body().get("basicFour").get("name").asText()).contains("伊藤");
    Answer shop =
        post(
            servers.platformUri(),
            "/platform/v1/signatures",
            "{\"business\":\"test-shop\",\"document\":\"" + registration + "\"}");
    assertThat(shop.status()).isEqualTo(403);
    assertThat(shop.body().has("basicFour")).isFalse();
  }

  @Test
  void loginOverHttpYieldsNoBasicFour() throws Exception {
    Answer c =
        post(
            servers.platformUri(), "/platform/v1/login/challenges", "{\"business\":\"test-shop\"}");
    assertThat(c.status()).isEqualTo(201);
    byte[] nonce = Base64.getDecoder().decode(c.body().get("challenge").asText());
    CardClient client = new CardClient(TestWorld.transport(card));
    client.selectJpki();
    client.verify(0x0018, "1234");
    byte[] sig =
        client
            .sign(
                0x0017,
                CardClient.sha256DigestInfo(MessageDigest.getInstance("SHA-256").digest(nonce)))
            .getData();
    Answer v =
        post(
            servers.platformUri(),
            "/platform/v1/login/verify",
            "{\"business\":\"test-shop\",\"challengeId\":\""
                + c.body().get("challengeId").asText()
                + "\",\"signature\":\""
                + b64(sig)
                + "\",\"certificate\":\""
                + b64(card.authenticationCertificate().getEncoded())
                + "\"}");
    assertThat(v.status()).isEqualTo(200);
    assertThat(v.body().get("authenticated").asBoolean()).isTrue();
    assertThat(v.body().has("basicFour")).isFalse();
    assertThat(v.body().get("certificateCarriesBasicFour").asBoolean()).isFalse();
  }

  @Test
  void theAdminPlaneMovesTheClockAndIsApartFromTheProtocolPlane() throws Exception {
    Answer before = get(servers.adminUri(), "/admin/clock");
    Answer moved = post(servers.adminUri(), "/admin/clock", "{\"advance\":\"PT1M\"}");
    assertThat(moved.status()).isEqualTo(200);
    assertThat(moved.body().get("now").asText()).isNotEqualTo(before.body().get("now").asText());
    assertThat(post(servers.adminUri(), "/admin/clock", "{\"advance\":\"-PT1M\"}").status())
        .isEqualTo(422);
    assertThat(post(servers.adminUri(), "/admin/clock", "{\"instant\":\"yesterday\"}").status())
        .isEqualTo(422);
    assertThat(get(servers.etaxUri(), "/admin/clock").status()).isEqualTo(404);
    assertThat(get(servers.adminUri(), "/admin/journal").body().isArray()).isTrue();
    assertThat(post(servers.adminUri(), "/admin/reset", "{}").status()).isEqualTo(200);
  }

  @Test
  void aNonLoopbackHostIsRefusedAtStart() {
    assertThatThrownBy(
            () ->
                RelyingPartyServers.start(
                    new RelyingPartyServers.Options(
                        w.verifier(),
                        w.seed,
                        w.clock,
                        w.journal,
                        dev.mynalab.relyingparty.platform.Businesses.fromFixture(),
                        "8.8.8.8",
                        0,
                        0,
                        0)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
