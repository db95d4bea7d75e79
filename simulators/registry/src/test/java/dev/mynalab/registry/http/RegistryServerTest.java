package dev.mynalab.registry.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.kit.fixtures.Json;
import dev.mynalab.kit.journal.Journal;
import dev.mynalab.kit.random.WorldSeed;
import dev.mynalab.registry.ResidentRegistry;
import dev.mynalab.registry.municipality.Municipalities;
import dev.mynalab.registry.notify.RecordingNotifications;
import dev.mynalab.registry.store.RegistryStore;
import dev.mynalab.registry.store.jdbc.JdbcRegistryStore;
import dev.mynalab.rulebook.RuleBook;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The register over real HTTP (loopback), on the H2 file store: bad input is 4xx, never 5xx. */
class RegistryServerTest {

  @TempDir Path dir;

  private final HttpClient http = HttpClient.newHttpClient();
  private WorldClock clock;
  private RegistryStore store;
  private RegistryServer server;
  private RecordingNotifications authority;

  record Reply(int status, String contentType, JsonNode body) {}

  @BeforeEach
  void start() {
    clock = WorldClock.frozenAt(LocalDate.of(2024, 6, 1));
    Journal journal = new Journal(clock);
    store = JdbcRegistryStore.h2File(dir.resolve("registry"));
    ResidentRegistry registry =
        new ResidentRegistry(
            store,
            Municipalities.fromFixture(),
            RuleBook.withDefaults(),
            clock,
            WorldSeed.of(7),
            journal);
    authority = new RecordingNotifications();
    registry.subscribe(authority);
    server = RegistryServer.start(registry, clock, journal, 0, 0);
  }

  @AfterEach
  void stop() {
    server.close();
    store.close();
  }

  private Reply send(URI base, String method, String path, String body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path));
    b =
        body == null
            ? b.method(method, HttpRequest.BodyPublishers.noBody())
            : b.method(method, HttpRequest.BodyPublishers.ofString(body));
    HttpResponse<String> r =
        http.send(
            b.header("Content-Type", "application/json").build(),
            HttpResponse.BodyHandlers.ofString());
    JsonNode json = r.body().isEmpty() ? null : Json.mapper().readTree(r.body());
    return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), json);
  }

  private Reply post(String path, String body) throws Exception {
    return send(server.uri(), "POST", path, body);
  }

  private Reply get(String path) throws Exception {
    return send(server.uri(), "GET", path, null);
  }

  private static final String BIRTH =
      """
      {"municipality": "131016", "name": {"text": "山田 太郎"}, "birthDate": "2024-05-30", "sex": "MALE",
       "honseki": {"municipality": "131016", "address": "千代田区千代田1番"}, "address": "千代田区永田町1-7-1"}
      """;

  private String born() throws Exception {
    Reply r = post("/registry/v1/births", BIRTH);
    assertThat(r.status()).isEqualTo(201);
    return r.body().get("residentCode").asText();
  }

  @Test
  void aBirthIsRecordedAndQueried() throws Exception {
    String code = born();
    Reply got = get("/registry/v1/residents/" + code);
    assertThat(got.status()).isEqualTo(200);
    assertThat(got.body().get("myNumber").asText()).hasSize(12);
    assertThat(get("/registry/v1/residents/" + code + "/events").body()).hasSize(1);
    assertThat(get("/registry/v1/residents/" + code + "/fuhyo").body().get("entries")).hasSize(1);
    assertThat(get("/registry/v1/my-numbers/" + got.body().get("myNumber").asText()).status())
        .isEqualTo(200);
    assertThat(get("/registry/v1/municipalities/473251").body().get("name").asText())
        .isEqualTo("読谷村");
  }

  @Test
  void aMoveOutAndInOverHttpNotifiesTheAuthority() throws Exception {
    String code = born();
    assertThat(
            post(
                    "/registry/v1/move-outs",
                    "{\"residentCode\": \""
                        + code
                        + "\", \"plannedOn\": \"2024-06-05\", \"destination\": \"011002\"}")
                .status())
        .isEqualTo(200);
    clock.set(LocalDate.of(2024, 6, 6));
    String moveIn =
        "{\"residentCode\": \""
            + code
            + "\", \"municipality\": \"011002\", \"movedInOn\": \"2024-06-05\", \"address\": \"札幌市1\", \"cardPresented\": true}";
    assertThat(post("/registry/v1/move-ins", moveIn).status()).isEqualTo(200);
    long events = store.eventCount();
    Reply again = post("/registry/v1/move-ins", moveIn);
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.contentType()).startsWith("application/problem+json");
    assertThat(again.body().get("pointer").asText()).isEqualTo("/residentCode");
    assertThat(store.eventCount()).isEqualTo(events);
    assertThat(authority.received()).hasSize(1);
  }

  @Test
  void badInputIsAProblemThatPointsAtTheField() throws Exception {
    String code = born();
    expectProblem(post("/registry/v1/births", "{\"municipality\": "), 400, null);
    expectProblem(
        post("/registry/v1/births", BIRTH.replace("2024-05-30", "2024-02-30")), 422, "/birthDate");
    expectProblem(
        post("/registry/v1/births", BIRTH.replace("\"131016\", \"name\"", "\"999999\", \"name\"")),
        422,
        "/municipality");
    expectProblem(
        post("/registry/v1/births", BIRTH.replace("\"sex\"", "\"gender\"")), 422, "/gender");
    expectProblem(post("/registry/v1/births", BIRTH.replace("\"MALE\"", "\"X\"")), 422, "/sex");
    expectProblem(
        post("/registry/v1/births", BIRTH.replace("2024-05-30", "2024-06-30")), 422, "/birthDate");
    expectProblem(
        post(
            "/registry/v1/move-outs",
            "{\"residentCode\": \""
                + code
                + "\", \"plannedOn\": \"2024-06-05\", \"destination\": \"131016\"}"),
        422,
        "/destination");
    expectProblem(
        post(
            "/registry/v1/move-ins",
            "{\"residentCode\": \""
                + code
                + "\", \"municipality\": \"011002\", \"movedInOn\": \"2024-06-01\", \"address\": \"x\", \"cardPresented\": \"yes\"}"),
        422,
        "/cardPresented");
    post(
        "/registry/v1/moves-within",
        "{\"residentCode\": \""
            + code
            + "\", \"movedOn\": \"2024-06-01\", \"address\": \"千代田区2\"}");
    expectProblem(
        post(
            "/registry/v1/moves-within",
            "{\"residentCode\": \""
                + code
                + "\", \"movedOn\": \"2024-05-31\", \"address\": \"千代田区3\"}"),
        409,
        "/movedOn");
    expectProblem(get("/registry/v1/residents/00000000000"), 404, null);
    expectProblem(post("/registry/v1/unknown", "{}"), 404, null);
  }

  @Test
  void noBadBodyOnAnyEndpointYields5xxOrWritesAnything() throws Exception {
    String code = born();
    long events = store.eventCount();
    List<String> endpoints =
        List.of(
            "births",
            "move-outs",
            "move-ins",
            "moves-within",
            "emigrations",
            "arrivals",
            "deaths",
            "name-changes",
            "corrections",
            "my-number-changes",
            "resident-code-changes",
            "cards",
            "continued-use");
    List<String> bodies =
        List.of(
            "",
            "{",
            "[]",
            "null",
            "42",
            "{}",
            "{\"residentCode\": 12}",
            "{\"residentCode\": \"" + code + "\"}",
            "{\"residentCode\": \"" + code + "\", \"name\": \"x\"}",
            "{\"residentCode\": \"" + code + "\", \"name\": {\"text\": null}}",
            "{\"residentCode\": \"" + code + "\", \"nationality\": {\"country\": null}}",
            "{\"residentCode\": \"" + code + "\", \"plannedOn\": \"2024-13-01\"}",
            "{\"municipality\": \"131016\", \"honseki\": {}}",
            "{\"residentCode\": \"" + code + "\", \"diedOn\": \"2099-01-01\"}",
            "{\"residentCode\": [\"a\"]}",
            "\u0000\u00ff");
    for (String endpoint : endpoints) {
      for (String body : bodies) {
        if (endpoint.equals("resident-code-changes")
            && body.startsWith("{\"residentCode\": \"" + code)) {
          continue; // the code alone is a complete, valid request there
        }
        Reply r = post("/registry/v1/" + endpoint, body);
        assertThat(r.status()).as("%s %s → %s", endpoint, body, r.body()).isBetween(400, 499);
        assertThat(r.contentType()).startsWith("application/problem+json");
      }
    }
    assertThat(store.eventCount()).isEqualTo(events);
    assertThat(store.residentCount()).isEqualTo(1);
  }

  @Test
  void theAdminPlaneIsSeparate() throws Exception {
    born();
    assertThat(send(server.uri(), "GET", "/admin/time", null).status()).isEqualTo(404);
    Reply set = send(server.adminUri(), "POST", "/admin/time", "{\"date\": \"2024-07-01\"}");
    assertThat(set.status()).isEqualTo(200);
    assertThat(clock.today()).isEqualTo(LocalDate.of(2024, 7, 1));
    expectProblem(
        send(server.adminUri(), "POST", "/admin/time", "{\"date\": \"2024-07-32\"}"), 422, "/date");
    JsonNode journal = send(server.adminUri(), "GET", "/admin/journal", null).body();
    assertThat(journal.findValuesAsText("type")).contains("出生");
    JsonNode rules = send(server.adminUri(), "GET", "/admin/rulebook", null).body();
    assertThat(rules.get("parameters"))
        .hasSize(dev.mynalab.rulebook.RuleBookParameters.defaults().describe().size());
    assertThat(send(server.adminUri(), "POST", "/admin/reset", null).status()).isEqualTo(200);
    assertThat(store.residentCount()).isZero();
  }

  private static void expectProblem(Reply r, int status, String pointer) {
    assertThat(r.status()).as(String.valueOf(r.body())).isEqualTo(status);
    assertThat(r.contentType()).startsWith("application/problem+json");
    if (pointer != null) {
      assertThat(r.body().get("pointer").asText()).as(String.valueOf(r.body())).isEqualTo(pointer);
    }
  }
}
