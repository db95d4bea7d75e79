package dev.mynalab.medical.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mynalab.kit.fixtures.Json;
import dev.mynalab.medical.MedicalTestWorld;
import dev.mynalab.registry.resident.Resident;
import dev.mynalab.world.authority.IssuedCard;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** オンライン資格確認 over real HTTP: PIN flow end to end, bad input 4xx naming the field, never 5xx. */
class MedicalServerContractTest {

  static MedicalTestWorld w;
  static MedicalServer server;
  static final HttpClient http = HttpClient.newHttpClient();
  static final String FACILITY =
      "{\"name\":\"TESTクリニック\",\"kind\":\"CLINIC\",\"readerInstalledOn\":\"2023-01-10\"}";

  @BeforeAll
  static void start() {
    w = new MedicalTestWorld(LocalDate.of(2026, 4, 1));
    server = MedicalServer.start(w.service(), w.clock(), w.world().journal(), 0, 0);
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
            : b.method(method, HttpRequest.BodyPublishers.ofString(body));
    HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(method + " " + path + " → " + r.body()).isLessThan(500);
    return new Answer(r.statusCode(), r.body().isEmpty() ? null : Json.mapper().readTree(r.body()));
  }

  static void assertProblem(Answer a, int status, String pointer) {
    assertThat(a.status()).as(String.valueOf(a.body())).isEqualTo(status);
    assertThat(a.body().get("type").asText()).startsWith("urn:mynalab:problem:");
    if (pointer != null) {
      assertThat(a.body().get("pointer").asText()).isEqualTo(pointer);
    }
  }

  @Test
  void aReaderChecksEligibilityWithThePinOverHttp() throws Exception {
    Resident r = w.born("通信 保険", LocalDate.of(1975, 3, 3));
    IssuedCard card = w.card(r, false);
    Answer enrol =
        call(
            server.adminUri(),
            "POST",
            "/admin/enrolments",
            "{\"personId\":\""
                + r.personId()
                + "\",\"insurerNumber\":\"06139999\",\"symbol\":\"12\",\"number\":\"34\",\"from\":\"2020-04-01\"}");
    assertThat(enrol.status()).isEqualTo(201);
    Answer c = call(server.uri(), "POST", "/v1/eligibility/challenges", null);
    assertThat(c.status()).isEqualTo(201);
    byte[] sig =
        w.reader()
            .signWithPin(
                MedicalTestWorld.slot(card),
                "1234",
                Base64.getDecoder().decode(c.body().get("challenge").asText()));
    String cert =
        Base64.getEncoder()
            .encodeToString(w.reader().userCertificate(MedicalTestWorld.slot(card)).getEncoded());
    Answer a =
        call(
            server.uri(),
            "POST",
            "/v1/eligibility",
            "{\"facility\":"
                + FACILITY
                + ",\"certificate\":\""
                + cert
                + "\",\"identity\":{\"method\":\"pin\",\"challengeId\":\""
                + c.body().get("challengeId").asText()
                + "\",\"signature\":\""
                + Base64.getEncoder().encodeToString(sig)
                + "\"}}");
    assertThat(a.status()).as(a.body().toString()).isEqualTo(200);
    assertThat(a.body().get("eligible").asBoolean()).isTrue();
    assertThat(a.body().get("insurerNumber").asText()).isEqualTo("06139999");

    Answer mismatch =
        call(
            server.uri(),
            "POST",
            "/v1/eligibility",
            "{\"facility\":"
                + FACILITY
                + ",\"certificate\":\""
                + cert
                + "\",\"identity\":{\"method\":\"face\",\"score\":0.3,\"matched\":false}}");
    assertProblem(mismatch, 403, "/identity/score");
  }

  @Test
  void badInputNamesTheField() throws Exception {
    URI u = server.uri();
    assertProblem(call(u, "POST", "/v1/eligibility", "{"), 400, null);
    assertProblem(call(u, "POST", "/v1/eligibility", "{}"), 422, "/facility");
    assertProblem(
        call(u, "POST", "/v1/eligibility", "{\"facility\":{\"kind\":\"CLINIC\"}}"),
        422,
        "/facility/name");
    assertProblem(
        call(u, "POST", "/v1/eligibility", "{\"facility\":{\"name\":\"x\",\"kind\":\"SPA\"}}"),
        422,
        "/facility/kind");
    assertProblem(
        call(
            u,
            "POST",
            "/v1/eligibility",
            "{\"facility\":{\"name\":\"x\",\"kind\":\"CLINIC\",\"readerInstalledOn\":\"soon\"}}"),
        422,
        "/facility/readerInstalledOn");
    assertProblem(
        call(
            u,
            "POST",
            "/v1/eligibility",
            "{\"facility\":" + FACILITY + ",\"certificate\":\"AAAA\"}"),
        422,
        "/certificate");
    assertProblem(
        call(
            server.adminUri(),
            "POST",
            "/admin/enrolments",
            "{\"personId\":\"p\",\"insurerNumber\":\"1\",\"number\":\"2\",\"from\":\"2020-01-01\"}"),
        422,
        "/insurerNumber");
    assertProblem(call(server.adminUri(), "POST", "/admin/time", "{\"date\":\"x\"}"), 422, "/date");
  }
}
