package dev.mynalab.konbini.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mynalab.kit.fixtures.Json;
import dev.mynalab.konbini.TestWorldAccess;
import dev.mynalab.konbini.kiosk.CardSession;
import dev.mynalab.registry.resident.Resident;
import dev.mynalab.world.authority.IssuedCard;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The 証明書交付センター over real HTTP: the flow works, bad input is a 4xx naming the field, never a 5xx.
 */
class KonbiniServerContractTest {

  static TestWorldAccess w;
  static KonbiniServer server;
  static final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    w = TestWorldAccess.create();
    server =
        KonbiniServer.start(w.center(), w.bookings(), w.holders(), w.clock(), w.journal(), 0, 0);
  }

  @AfterAll
  static void stop() {
    server.close();
    w.close();
  }

  record Answer(int status, JsonNode body) {}

  static Answer call(URI base, String method, String path, String body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
    b =
        body == null
            ? b.method(method, HttpRequest.BodyPublishers.noBody())
            : b.method(method, HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
    HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(method + " " + path + " → " + r.body()).isLessThan(500);
    JsonNode json = r.body().isEmpty() ? null : Json.mapper().readTree(r.body());
    return new Answer(r.statusCode(), json);
  }

  static Answer post(String path, String body) throws Exception {
    return call(server.uri(), "POST", path, body);
  }

  static void assertProblem(Answer a, int status, String pointer) {
    assertThat(a.status()).as(a.body().toString()).isEqualTo(status);
    assertThat(a.body().get("type").asText()).startsWith("urn:mynalab:problem:");
    if (pointer != null) {
      assertThat(a.body().get("pointer").asText()).isEqualTo(pointer);
    }
  }

  @Test
  void aKioskLogsInAndPrintsOverHttp() throws Exception {
    Resident r = w.born("通信 一郎", TestWorldAccess.CHIYODA);
    IssuedCard card = w.card(r, false);
    Answer c = post("/v1/sessions", null);
    assertThat(c.status()).isEqualTo(201);
    CardSession s = new CardSession(TestWorldAccess.reader(card));
    String cert = Base64.getEncoder().encodeToString(s.userCertificate().getEncoded());
    s.verify(CardSession.AUTH_PIN, "1234", "PIN");
    byte[] sig = s.signWithUserKey(Base64.getDecoder().decode(c.body().get("challenge").asText()));
    Answer login =
        post(
            "/v1/sessions/answer",
            Json.mapper()
                .writeValueAsString(
                    java.util.Map.of(
                        "challengeId", c.body().get("challengeId").asText(),
                        "certificate", cert,
                        "signature", Base64.getEncoder().encodeToString(sig))));
    assertThat(login.status()).as(login.body().toString()).isEqualTo(200);
    assertThat(login.body().get("menu").toString()).contains("JUMINHYO");
    Answer doc =
        post(
            "/v1/documents",
            "{\"sessionId\":\""
                + login.body().get("sessionId").asText()
                + "\",\"document\":\"住民票の写し\",\"store\":\"TEST店\"}");
    assertThat(doc.status()).isEqualTo(200);
    assertThat(doc.body().get("content").get("氏名").asText()).isEqualTo("通信 一郎");
    // a replayed answer is refused (single-use challenge)
    Answer replay =
        post(
            "/v1/sessions/answer",
            "{\"challengeId\":\""
                + c.body().get("challengeId").asText()
                + "\",\"certificate\":\""
                + cert
                + "\",\"signature\":\""
                + Base64.getEncoder().encodeToString(sig)
                + "\"}");
    assertProblem(replay, 403, "/challengeId");
  }

  @Test
  void badInputNamesTheField() throws Exception {
    assertProblem(post("/v1/sessions/answer", "{not json"), 400, null);
    assertProblem(post("/v1/sessions/answer", "[]"), 400, null);
    assertProblem(post("/v1/sessions/answer", "{}"), 422, "/challengeId");
    assertProblem(
        post("/v1/sessions/answer", "{\"challengeId\":\"x\",\"certificate\":\"%%%\"}"),
        422,
        "/certificate");
    assertProblem(
        post("/v1/sessions/answer", "{\"challengeId\":\"x\",\"certificate\":\"AAAA\"}"),
        422,
        "/certificate");
    assertProblem(
        post("/v1/documents", "{\"sessionId\":\"x\",\"document\":\"名刺\",\"store\":\"s\"}"),
        422,
        "/document");
    assertProblem(
        post("/v1/documents", "{\"sessionId\":\"nope\",\"document\":\"JUMINHYO\",\"store\":\"s\"}"),
        403,
        "/sessionId");
    assertProblem(
        post("/v1/documents", "{\"sessionId\":\"nope\",\"document\":\"JUMINHYO\"}"), 422, "/store");
    assertProblem(
        post("/v1/pin-reset-bookings", "{\"certificate\":\"AAAA\",\"target\":\"X\"}"),
        422,
        "/certificate");
    assertProblem(call(server.uri(), "DELETE", "/v1/sessions", null), 405, null);
    assertProblem(call(server.uri(), "GET", "/v2/nothing", null), 404, null);
  }

  @Test
  void theAdminPlaneSetsTheClockAndTheServiceClosesAtNight() throws Exception {
    URI admin = server.adminUri();
    var before = w.clock().instant();
    try {
      assertProblem(
          call(admin, "POST", "/admin/time", "{\"dateTime\":\"tomorrow\"}"), 422, "/dateTime");
      assertProblem(call(admin, "POST", "/admin/time", "{\"when\":\"x\"}"), 422, "/when");
      assertProblem(
          call(
              admin,
              "POST",
              "/admin/maintenance",
              "{\"from\":\"2026-04-01T02:00\",\"until\":\"2026-04-01T01:00\",\"reason\":\"r\"}"),
          422,
          "/until");
      assertProblem(call(admin, "GET", "/admin/journal?since=x", null), 422, "/since");
      String night = w.clock().today() + "T23:30";
      assertThat(call(admin, "POST", "/admin/time", "{\"dateTime\":\"" + night + "\"}").status())
          .isEqualTo(200);
      Answer status = call(server.uri(), "GET", "/v1/service-status", null);
      assertThat(status.body().get("open").asBoolean()).isFalse();
      Answer closed = post("/v1/sessions", null);
      assertProblem(closed, 403, null);
      assertThat(closed.body().get("type").asText()).endsWith("konbini-closed");
      assertThat(server.uri().getHost()).isEqualTo("127.0.0.1");
      assertThat(admin.getPort()).isNotEqualTo(server.uri().getPort());
    } finally {
      w.clock().set(before);
    }
  }
}
