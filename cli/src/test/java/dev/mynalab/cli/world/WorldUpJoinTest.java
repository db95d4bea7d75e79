package dev.mynalab.cli.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mynalab.ca.CaSettings;
import dev.mynalab.card.transport.InProcessTransport;
import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.kit.fixtures.Json;
import dev.mynalab.kit.journal.Journal;
import dev.mynalab.kit.random.WorldSeed;
import dev.mynalab.konbini.kiosk.CardSession;
import dev.mynalab.verifier.Purpose;
import dev.mynalab.verifier.Status;
import dev.mynalab.verifier.Verdict;
import dev.mynalab.verifier.VerifierService;
import dev.mynalab.verifier.VerifierSettings;
import dev.mynalab.world.authority.IssuedCard;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code world up} in-process, every party over real HTTP on loopback: the registry, the CAs and
 * the 機構 are ONE world. A 転居届 posted to the registry's protocol plane revokes the card holder's
 * signing certificate (EC-04), which a registered verifier sees through the CA's OCSP over HTTPS;
 * the コンビニ交付 kiosk prints the registry's facts of the card's holder; every admin plane answers
 * health and moves the one clock; after close no port listens.
 */
class WorldUpJoinTest {

  private static final List<String> ADMIN_PLANES =
      List.of(
          "registry-admin",
          "relyingparty-admin",
          "medical-admin",
          "konbini-admin",
          "verifier-admin",
          "network-admin");

  private final HttpClient http = HttpClient.newHttpClient();
  private WorldClock clock;
  private RunningWorld world;

  @BeforeEach
  void up() {
    clock = WorldClock.running();
    // コンビニ交付 opens 06:30–23:00 JST (CS-01): the world's day starts at noon, whatever the host's
    // hour (within a day of the host: the TLS certificates are valid from a day back)
    clock.set(clock.today().atTime(12, 0));
    WorldContext c =
        new WorldContext(
            WorldSeed.of(17),
            clock,
            new Journal(clock),
            CaSettings.defaults(),
            Optional.empty(),
            "none",
            new PrintWriter(new StringWriter(), true));
    world = RunningWorld.start(c, WorldServices.ALL);
  }

  @AfterEach
  void down() {
    world.close();
  }

  @Test
  void aMoveFiledAtTheRegistryRevokesTheCardsSigningCertificateSeenThroughOcsp() throws Exception {
    Map<String, String> e = world.endpoints();
    IssuedCard card = WorldCard.issue(world.context().world());
    String code = residentCode(card);
    X509Certificate signing = card.signingCertificate().orElseThrow();
    assertThat(validate(signing, Purpose.SIGN, "join-before")).isEqualTo(Status.VALID);
    assertThat(signing.getExtensionValue("1.3.6.1.5.5.7.1.1"))
        .as("AIA: the OCSP URL of the served CA")
        .isNotNull();

    // a bad 届出 changes nothing
    HttpResponse<String> bad =
        post(e.get("registry") + "/registry/v1/moves-within", "{\"residentCode\": \"" + code);
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(validate(signing, Purpose.SIGN, "join-after-bad")).isEqualTo(Status.VALID);

    json(moveWithin(code, "東京都千代田区試験町二丁目４番５号"), 200);

    Verdict after = verdict(signing, Purpose.SIGN, "join-after");
    assertThat(after.status()).isEqualTo(Status.REVOKED);
    assertThat(after.revocation().source()).as("asked the CA's OCSP").isEqualTo("ocsp");
    assertThat(after.revocation().cached()).isFalse();
    assertThat(after.revocation().reason()).as("EC-04").isEqualTo("affiliationChanged");
    assertThat(validate(card.authenticationCertificate(), Purpose.AUTH, "join-after"))
        .as("EC-04 revokes the signing certificate only")
        .isEqualTo(Status.VALID);
  }

  @Test
  void theKioskPrintsTheRegistrysFactsOfTheCardHolder() throws Exception {
    Map<String, String> e = world.endpoints();
    IssuedCard card = WorldCard.issue(world.context().world());
    String code = residentCode(card);
    json(moveWithin(code, "東京都千代田区試験町三丁目６番７号"), 200);

    JsonNode challenge = json(post(e.get("konbini") + "/v1/sessions", "{}"), 201);
    card.card().reset();
    CardSession session = new CardSession(new InProcessTransport(card.card()));
    session.verify(CardSession.AUTH_PIN, "1234", "利用者証明用電子証明書の暗証番号");
    byte[] signature =
        session.signWithUserKey(Base64.getDecoder().decode(challenge.get("challenge").asText()));
    JsonNode login =
        json(
            post(
                e.get("konbini") + "/v1/sessions/answer",
                Json.mapper()
                    .writeValueAsString(
                        Map.of(
                            "challengeId", challenge.get("challengeId").asText(),
                            "certificate",
                                Base64.getEncoder()
                                    .encodeToString(session.userCertificate().getEncoded()),
                            "signature", Base64.getEncoder().encodeToString(signature)))),
            200);
    assertThat(login.get("menu").toString()).contains("JUMINHYO").contains("131016");

    JsonNode document =
        json(
            post(
                e.get("konbini") + "/v1/documents",
                Json.mapper()
                    .writeValueAsString(
                        Map.of(
                            "sessionId", login.get("sessionId").asText(),
                            "document", "JUMINHYO",
                            "store", "千代田区のコンビニ"))),
            200);
    JsonNode content = document.get("content");
    assertThat(content.get("氏名").asText()).isEqualTo("国分　太郎");
    assertThat(content.get("生年月日").asText()).isEqualTo("1980-02-17");
    assertThat(content.get("住所").asText())
        .as("the registry's facts at the moment of issue: after the 転居")
        .isEqualTo("東京都千代田区試験町三丁目６番７号");
  }

  @Test
  void theWorldsCardLogsIntoMynaPortalUntilItsHolderDies() throws Exception {
    Map<String, String> e = world.endpoints();
    IssuedCard card = WorldCard.issue(world.context().world());
    assertThat(portalLogin(card).statusCode()).isEqualTo(200);

    HttpResponse<String> died =
        post(
            e.get("registry") + "/registry/v1/deaths",
            Json.mapper()
                .writeValueAsString(
                    Map.of(
                        "residentCode", residentCode(card), "diedOn", clock.today().toString())));
    assertThat(died.statusCode()).as(died.body()).isEqualTo(200);

    HttpResponse<String> refused = portalLogin(card);
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(401);
    assertThat(refused.body()).contains("revoked");
  }

  /** マイナポータル login over HTTP: the card signs the portal's challenge after its PIN. */
  private HttpResponse<String> portalLogin(IssuedCard card) throws Exception {
    String portal = world.endpoints().get("portal");
    JsonNode challenge = json(post(portal + "/portal/v1/login/challenge", "{}"), 200);
    card.card().reset();
    CardSession session = new CardSession(new InProcessTransport(card.card()));
    session.verify(CardSession.AUTH_PIN, "1234", "利用者証明用電子証明書の暗証番号");
    byte[] signature =
        session.signWithUserKey(Base64.getDecoder().decode(challenge.get("nonce").asText()));
    return post(
        portal + "/portal/v1/login",
        Json.mapper()
            .writeValueAsString(
                Map.of(
                    "challengeId", challenge.get("challengeId").asText(),
                    "signature", Base64.getEncoder().encodeToString(signature),
                    "certificates",
                        List.of(
                            Base64.getEncoder()
                                .encodeToString(card.authenticationCertificate().getEncoded())))));
  }

  @Test
  void aHeldRevocationFallsDueWhenAnyAdminPlaneMovesTheOneClock() throws Exception {
    Map<String, String> e = world.endpoints();
    for (String plane : ADMIN_PLANES) {
      JsonNode health = json(get(e.get(plane) + "/admin/health"), 200);
      assertThat(health.get("status").asText()).as(plane).isEqualTo("up");
    }
    assertThat(json(get(e.get("admin")), 200).get("status").asText()).isEqualTo("up");

    IssuedCard card = WorldCard.issue(world.context().world());
    X509Certificate signing = card.signingCertificate().orElseThrow();
    LocalDate departure = clock.today().plusDays(3);
    HttpResponse<String> emigrated =
        post(
            e.get("registry") + "/registry/v1/emigrations",
            Json.mapper()
                .writeValueAsString(
                    Map.of(
                        "residentCode", residentCode(card),
                        "departureOn", departure.toString(),
                        "country", "US")));
    assertThat(emigrated.statusCode()).as(emigrated.body()).isEqualTo(200);
    assertThat(validate(signing, Purpose.SIGN, "held-before")).isEqualTo(Status.VALID);

    // the konbini's admin plane moves the one clock: the world settles (OS-02 on the departure day)
    json(post(e.get("konbini-admin") + "/admin/time", "{\"advanceDays\": 3}"), 200);
    for (String plane : ADMIN_PLANES) {
      assertThat(json(get(e.get(plane) + "/admin/time"), 200).get("today").asText())
          .as(plane)
          .isEqualTo(departure.toString());
    }
    assertThat(validate(signing, Purpose.SIGN, "held-after")).isEqualTo(Status.REVOKED);
    assertThat(post(e.get("registry-admin") + "/admin/time", "{\"advanceDays\": -1}").statusCode())
        .isEqualTo(422);
  }

  @Test
  void closingStopsEveryEndpoint() throws Exception {
    Map<String, String> e = world.endpoints();
    assertThat(e).containsKeys(ReadyKeys.HTTP.toArray(String[]::new));
    List<Integer> ports = e.values().stream().map(v -> URI.create(v).getPort()).toList();
    for (int port : ports) {
      try (Socket s = new Socket("127.0.0.1", port)) {
        assertThat(s.isConnected()).isTrue();
      }
    }
    world.close();
    for (int port : ports) {
      assertThatThrownBy(() -> new Socket("127.0.0.1", port).close())
          .as("port " + port)
          .isInstanceOf(ConnectException.class);
    }
  }

  /** 転居届 today, posted to the registry's protocol plane. */
  private HttpResponse<String> moveWithin(String residentCode, String address) throws Exception {
    return post(
        world.endpoints().get("registry") + "/registry/v1/moves-within",
        Json.mapper()
            .writeValueAsString(
                Map.of(
                    "residentCode", residentCode,
                    "movedOn", clock.today().toString(),
                    "address", address)));
  }

  private String residentCode(IssuedCard card) {
    return world
        .context()
        .world()
        .registry()
        .store()
        .byPersonId(card.personId())
        .orElseThrow()
        .residentCode();
  }

  /** A registered verifier with a fresh OCSP cache, asking the served CA over HTTPS. */
  private Verdict verdict(X509Certificate cert, Purpose purpose, String verifierName) {
    WorldContext c = world.context();
    VerifierService v =
        VerifierService.connectedTo(
            c.ca(), verifierName, VerifierSettings.defaults(), c.seed(), c.clock(), c.journal());
    return v.certificates().validate(cert, purpose);
  }

  private Status validate(X509Certificate cert, Purpose purpose, String verifierName) {
    return verdict(cert, purpose, verifierName).status();
  }

  private HttpResponse<String> post(String uri, String body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(uri))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String uri) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(30)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode json(HttpResponse<String> r, int status) throws Exception {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    return Json.mapper().readTree(r.body());
  }
}
