package dev.mynalab.kit.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.kit.fixtures.Json;
import dev.mynalab.kit.journal.Journal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The common admin routes over real HTTP: what they answer, and that bad input moves nothing. */
class AdminPlaneTest {

  private final WorldClock clock = WorldClock.frozenAt(LocalDate.of(2026, 4, 1));
  private final Journal journal = new Journal(clock);
  private final AtomicInteger resets = new AtomicInteger();
  private final HttpClient client = HttpClient.newHttpClient();
  private HttpEndpoint endpoint;

  @BeforeEach
  void start() {
    endpoint =
        AdminPlane.of("test", clock, journal, resets::incrementAndGet)
            .withHealth(() -> Map.of("widgets", 3))
            .routes(HttpEndpoint.builder("test-admin"))
            .start();
  }

  @AfterEach
  void stop() {
    endpoint.close();
  }

  @Test
  void healthNamesTheServiceAndItsFacts() throws Exception {
    JsonNode health = send("GET", "/admin/health", null, 200);
    assertThat(health.get("status").asText()).isEqualTo("up");
    assertThat(health.get("service").asText()).isEqualTo("test");
    assertThat(health.get("widgets").asInt()).isEqualTo(3);
    assertThat(health.get("now").asText()).isEqualTo("2026-03-31T15:00:00Z");
  }

  @Test
  void everyFormOfSettingTheClockMovesItAndIsJournalled() throws Exception {
    send("POST", "/admin/time", "{\"dateTime\": \"2026-04-02T06:30\"}", 200);
    assertThat(clock.localNow()).isEqualTo(LocalDateTime.of(2026, 4, 2, 6, 30));
    send("POST", "/admin/time", "{\"advanceMinutes\": 30}", 200);
    assertThat(clock.localNow()).isEqualTo(LocalDateTime.of(2026, 4, 2, 7, 0));
    send("POST", "/admin/time", "{\"advanceDays\": 2}", 200);
    send("POST", "/admin/time", "{\"instant\": \"2026-04-04T00:00:00Z\"}", 200);
    JsonNode time = send("POST", "/admin/time", "{\"date\": \"2026-05-01\"}", 200);
    assertThat(time.get("today").asText()).isEqualTo("2026-05-01");
    assertThat(send("GET", "/admin/time", null, 200).get("running").asBoolean()).isFalse();
    assertThat(journal.channel("admin")).hasSize(5);
  }

  @Test
  void badTimesAreProblemsPointingAtTheFieldAndMoveNothing() throws Exception {
    LocalDateTime before = clock.localNow();
    problem("{\"date\": \"2026-02-30\"}", "/date");
    problem("{\"advanceDays\": -1}", "/advanceDays");
    problem("{\"advanceMinutes\": 1.5}", "/advanceMinutes");
    problem("{\"when\": \"now\"}", "/when");
    problem("{\"date\": \"2026-05-01\", \"advanceDays\": 1}", "/");
    assertThat(clock.localNow()).isEqualTo(before);
    assertThat(journal.channel("admin")).isEmpty();
    JsonNode since = send("GET", "/admin/journal?since=x", null, 422);
    assertThat(since.get("pointer").asText()).isEqualTo("/since");
  }

  @Test
  void resetRunsTheServicesResetAndClearsTheJournal() throws Exception {
    journal.record("test", "event", "something happened");
    assertThat(send("GET", "/admin/journal?since=0", null, 200)).hasSize(1);
    send("POST", "/admin/reset", null, 200);
    assertThat(resets).hasValue(1);
    assertThat(send("GET", "/admin/journal", null, 200)).isEmpty();
  }

  private void problem(String body, String pointer) throws Exception {
    JsonNode p = send("POST", "/admin/time", body, 422);
    assertThat(p.get("pointer").asText()).as(body).isEqualTo(pointer);
  }

  private JsonNode send(String method, String path, String body, int status) throws Exception {
    var r =
        client.send(
            HttpRequest.newBuilder(URI.create(endpoint.uri() + path))
                .header("Content-Type", "application/json")
                .method(
                    method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body))
                .build(),
            BodyHandlers.ofString());
    assertThat(r.statusCode()).as(method + " " + path + " " + r.body()).isEqualTo(status);
    return Json.mapper().readTree(r.body());
  }
}
