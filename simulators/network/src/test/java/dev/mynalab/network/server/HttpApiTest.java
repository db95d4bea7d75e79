package dev.mynalab.network.server;

import static dev.mynalab.network.TestWorld.HANAKO;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mynalab.kit.fixtures.Json;
import dev.mynalab.kit.http.HttpEndpoint;
import dev.mynalab.network.TestWorld;
import dev.mynalab.network.exchange.LogVerifier;
import dev.mynalab.network.portal.MynaPortal;
import dev.mynalab.network.portal.TestJpki;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The network's and the portal's HTTP APIs over real loopback HTTP. */
class HttpApiTest {

  private final TestWorld world = new TestWorld();
  private final HttpClient client = HttpClient.newHttpClient();
  private final TestJpki jpki = new TestJpki(world.seed, world.clock);
  private NetworkHttpApi api;
  private HttpEndpoint network;
  private HttpEndpoint admin;
  private HttpEndpoint portal;

  @BeforeEach
  void start() {
    api = new NetworkHttpApi(world.network, world.seed);
    network = api.start(0);
    admin = new NetworkAdminHttpApi(world.network).start(0);
    portal =
        new PortalHttpApi(
                new MynaPortal(world.network, jpki.verifier(), world.clock, world.seed),
                world.network.journal())
            .start(0);
    world.holds("kou-city.tax", HANAKO, "local-tax", Map.of("課税区分", "非課税"));
  }

  @AfterEach
  void stop() {
    network.close();
    admin.close();
    portal.close();
  }

  private HttpResponse<String> post(HttpEndpoint at, String path, String token, String body)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(at.uri().resolve(path)).POST(BodyPublishers.ofString(body));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return client.send(b.build(), BodyHandlers.ofString());
  }

  private HttpResponse<String> get(HttpEndpoint at, String path, String token) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(at.uri().resolve(path)).GET();
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return client.send(b.build(), BodyHandlers.ofString());
  }

  private static JsonNode json(HttpResponse<String> r) throws Exception {
    return Json.mapper().readTree(r.body());
  }

  private String code(String agency) throws Exception {
    var r =
        post(
            network,
            "/network/v1/codes",
            api.tokenFor(agency),
            "{\"juminhyoCode\":\"" + HANAKO + "\"}");
    assertThat(r.statusCode()).isEqualTo(200);
    return json(r).get("code").asText();
  }

  private String request(String code, String item, String provider) {
    return "{\"subjectCode\":\""
        + code
        + "\",\"procedure\":\"care-insurance-premium\",\"item\":\""
        + item
        + "\",\"provider\":\""
        + provider
        + "\"}";
  }

  @Test
  void anAgencyObtainsItsCodeAndRequestsLawfully() throws Exception {
    String token = api.tokenFor("otsu-city.care");
    var r =
        post(
            network,
            "/network/v1/requests",
            token,
            request(code("otsu-city.care"), "local-tax", "kou-city.tax"));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(json(r).get("outcome").asText()).isEqualTo("PROVIDED");
    assertThat(json(r).get("data").get("課税区分").asText()).isEqualTo("非課税");
  }

  @Test
  void refusalsAreProblemsThatSayTheyWereRecorded() throws Exception {
    String token = api.tokenFor("otsu-city.care");
    var noBasis =
        post(
            network,
            "/network/v1/requests",
            token,
            request(code("otsu-city.care"), "medical-insurance", "health-insurance-society"));
    assertThat(noBasis.statusCode()).isEqualTo(403);
    assertThat(json(noBasis).get("detail").asText()).contains("recorded as entry");

    var foreign =
        post(
            network,
            "/network/v1/requests",
            token,
            request(code("pension-office"), "local-tax", "kou-city.tax"));
    assertThat(foreign.statusCode()).isEqualTo(404);
    assertThat(json(foreign).get("pointer").asText()).isEqualTo("/subjectCode");

    for (int i = 0; i < 5; i++) {
      post(
          network,
          "/network/v1/requests",
          token,
          request(String.format("%032X", i), "local-tax", "kou-city.tax"));
    }
    var flagged =
        post(
            network,
            "/network/v1/requests",
            token,
            request(code("otsu-city.care"), "local-tax", "kou-city.tax"));
    assertThat(flagged.statusCode()).isEqualTo(429);

    var clear = post(admin, "/admin/v1/flags/otsu-city.care/clear", null, "");
    assertThat(clear.statusCode()).isEqualTo(200);
    assertThat(
            post(
                    network,
                    "/network/v1/requests",
                    token,
                    request(code("otsu-city.care"), "local-tax", "kou-city.tax"))
                .statusCode())
        .isEqualTo(200);
  }

  @Test
  void badInputIsAlwaysA4xxProblemNeverA5xx() throws Exception {
    String token = api.tokenFor("otsu-city.care");
    String good = code("otsu-city.care");
    Map<String, String> bodies =
        Map.of(
            "",
            "",
            "{",
            "",
            "[]",
            "",
            "{\"subjectCode\":1}",
            "",
            "{\"subjectCode\":\"x\",\"procedure\":\"p\",\"item\":\"local-tax\",\"provider\":\"kou-city.tax\"}",
            "/subjectCode",
            "{\"subjectCode\":\""
                + good
                + "\",\"item\":\"local-tax\",\"provider\":\"kou-city.tax\"}",
            "/procedure",
            "{\"subjectCode\":\""
                + good
                + "\",\"procedure\":\"p\",\"item\":\"?\",\"provider\":\"kou-city.tax\"}",
            "/item",
            "{\"subjectCode\":\""
                + good
                + "\",\"procedure\":\"p\",\"item\":\"local-tax\",\"provider\":null}",
            "/provider",
            "{\"subjectCode\":\"" + good + "\",\"extra\":true}",
            "/extra");
    int before = world.network.log().size();
    for (var body : bodies.entrySet()) {
      var r = post(network, "/network/v1/requests", token, body.getKey());
      assertThat(r.statusCode()).as(body.getKey()).isBetween(400, 499);
      assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
      if (!body.getValue().isEmpty()) {
        assertThat(json(r).get("pointer").asText()).as(body.getKey()).isEqualTo(body.getValue());
      }
    }
    assertThat(world.network.log().size())
        .as("malformed requests record nothing")
        .isEqualTo(before);
    assertThat(
            post(network, "/network/v1/requests", null, request(good, "local-tax", "kou-city.tax"))
                .statusCode())
        .isEqualTo(401);
    assertThat(
            post(
                    network,
                    "/network/v1/requests",
                    "forged",
                    request(good, "local-tax", "kou-city.tax"))
                .statusCode())
        .isEqualTo(401);
    assertThat(post(network, "/network/v1/codes", token, "{\"juminhyoCode\":\"123\"}").statusCode())
        .isEqualTo(422);
    assertThat(
            post(network, "/network/v1/codes", token, "{\"juminhyoCode\":\"00000000000\"}")
                .statusCode())
        .isEqualTo(404);
    assertThat(get(network, "/network/v1/requests", token).statusCode()).isEqualTo(405);
  }

  @Test
  void theAdminPlaneExportsAVerifiableRecordAndTheKey() throws Exception {
    String token = api.tokenFor("otsu-city.care");
    post(
        network,
        "/network/v1/requests",
        token,
        request(code("otsu-city.care"), "local-tax", "kou-city.tax"));
    var log = get(admin, "/admin/v1/log", null);
    var key = get(admin, "/admin/v1/public-key", null);
    assertThat(log.statusCode()).isEqualTo(200);
    var pinned = dev.mynalab.network.exchange.LogSigner.readPublicKey(key.body());
    assertThat(new LogVerifier(Optional.of(pinned)).verify(log.body().lines().toList()).intact())
        .isTrue();
  }

  @Test
  void thePortalLogsInWithTheUserCertificateAndShowsTheHistory() throws Exception {
    String token = api.tokenFor("otsu-city.care");
    String care = code("otsu-city.care");
    post(network, "/network/v1/requests", token, request(care, "local-tax", "kou-city.tax"));
    post(
        network,
        "/network/v1/notices",
        token,
        "{\"subjectCode\":\"" + care + "\",\"title\":\"お知らせ\",\"body\":\"減免決定\"}");

    var user = jpki.issue(HANAKO);
    JsonNode challenge = json(post(portal, "/portal/v1/login/challenge", null, ""));
    byte[] nonce = Base64.getDecoder().decode(challenge.get("nonce").asText());
    String login =
        Json.mapper()
            .writeValueAsString(
                Map.of(
                    "challengeId", challenge.get("challengeId").asText(),
                    "signature", Base64.getEncoder().encodeToString(user.sign(nonce)),
                    "certificates",
                        List.of(
                            Base64.getEncoder().encodeToString(user.certificate().getEncoded()))));
    var loggedIn = post(portal, "/portal/v1/login", null, login);
    assertThat(loggedIn.statusCode()).isEqualTo(200);
    String session = json(loggedIn).get("session").asText();

    var exchanges = get(portal, "/portal/v1/me/exchanges", session);
    assertThat(exchanges.statusCode()).isEqualTo(200);
    assertThat(json(exchanges)).hasSize(1);
    assertThat(json(exchanges).get(0).get("outcomeJa").asText()).isEqualTo("提供");
    assertThat(json(get(portal, "/portal/v1/me/notices", session))).hasSize(1);
    var self = get(portal, "/portal/v1/me/self-information?item=local-tax", session);
    assertThat(json(self).get(0).get("data").get("課税区分").asText()).isEqualTo("非課税");
    assertThat(get(portal, "/portal/v1/me/self-information", session).statusCode()).isEqualTo(422);
    assertThat(get(portal, "/portal/v1/me/exchanges", null).statusCode()).isEqualTo(401);
  }

  @Test
  void badLoginsAre4xxWithPointers() throws Exception {
    JsonNode challenge = json(post(portal, "/portal/v1/login/challenge", null, ""));
    String id = challenge.get("challengeId").asText();
    var badSig =
        post(
            portal,
            "/portal/v1/login",
            null,
            "{\"challengeId\":\"" + id + "\",\"signature\":\"%%%\",\"certificates\":[\"AAAA\"]}");
    assertThat(badSig.statusCode()).isEqualTo(422);
    assertThat(json(badSig).get("pointer").asText()).isEqualTo("/signature");
    var badCert =
        post(
            portal,
            "/portal/v1/login",
            null,
            "{\"challengeId\":\"" + id + "\",\"signature\":\"AAAA\",\"certificates\":[\"AAAA\"]}");
    assertThat(json(badCert).get("pointer").asText()).isEqualTo("/certificates/0");
    var user = jpki.issue(HANAKO);
    String wrong =
        Json.mapper()
            .writeValueAsString(
                Map.of(
                    "challengeId", id,
                    "signature", Base64.getEncoder().encodeToString(user.sign(new byte[] {1})),
                    "certificates",
                        List.of(
                            Base64.getEncoder().encodeToString(user.certificate().getEncoded()))));
    assertThat(post(portal, "/portal/v1/login", null, wrong).statusCode()).isEqualTo(401);
    assertThat(post(portal, "/portal/v1/login", null, "nonsense").statusCode()).isEqualTo(400);
  }
}
