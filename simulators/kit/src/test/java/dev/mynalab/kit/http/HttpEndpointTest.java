package dev.mynalab.kit.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.kit.fixtures.Json;
import dev.mynalab.kit.journal.Journal;
import dev.mynalab.kit.problem.Problem;
import dev.mynalab.kit.problem.ProblemException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpEndpointTest {

  record Greeting(String name) {}

  private final Journal journal =
      new Journal(WorldClock.frozenAt(Instant.parse("2025-01-01T00:00:00Z")));
  private final HttpClient client = HttpClient.newHttpClient();
  private HttpEndpoint endpoint;

  @BeforeEach
  void start() {
    endpoint =
        HttpEndpoint.builder("test")
            .journal(journal)
            .post(
                "/greet",
                req -> {
                  Greeting g = req.json(Greeting.class);
                  if (g.name() == null || g.name().isBlank()) {
                    throw new ProblemException(Problem.invalidField("/name", "name is required"));
                  }
                  return HttpResponse.ok(Map.of("hello", g.name()));
                })
            .get(
                "/boom",
                req -> {
                  throw new IllegalStateException("secret internals");
                })
            .start();
  }

  @AfterEach
  void stop() {
    endpoint.close();
  }

  @Test
  void servesJson() throws Exception {
    var response = post("/greet", "{\"name\":\"山田\"}");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(Json.mapper().readTree(response.body()).get("hello").asText()).isEqualTo("山田");
    assertThat(journal.channel("test"))
        .singleElement()
        .extracting(e -> e.details().get("status"))
        .isEqualTo("200");
  }

  @Test
  void badInputIsAProblemPointingAtTheField() throws Exception {
    var missing = post("/greet", "{\"name\":\"\"}");
    assertThat(missing.statusCode()).isEqualTo(422);
    JsonNode problem = Json.mapper().readTree(missing.body());
    assertThat(problem.get("pointer").asText()).isEqualTo("/name");
    assertThat(missing.headers().firstValue("Content-Type")).hasValue("application/problem+json");

    assertThat(post("/greet", "{not json").statusCode()).isEqualTo(400);
    var unknown = post("/greet", "{\"nom\":\"x\"}");
    assertThat(unknown.statusCode()).isEqualTo(422);
    assertThat(Json.mapper().readTree(unknown.body()).get("pointer").asText()).isEqualTo("/nom");
  }

  @Test
  void unexpectedFailuresNameNoInternals() throws Exception {
    var response =
        client.send(
            java.net.http.HttpRequest.newBuilder(endpoint.uri().resolve("/boom")).build(),
            BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(response.body()).doesNotContain("secret").doesNotContain("Exception");
  }

  @Test
  void unknownPathsAndMethodsAreProblems() throws Exception {
    assertThat(post("/nowhere", "{}").statusCode()).isEqualTo(404);
    assertThat(post("/boom", "{}").statusCode()).isEqualTo(405);
  }

  @Test
  void aTakenPortFailsAtStartNamingTheEndpoint() {
    assertThatThrownBy(() -> HttpEndpoint.builder("second").port(endpoint.port()).start())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("second")
        .hasMessageContaining(Integer.toString(endpoint.port()));
  }

  private java.net.http.HttpResponse<String> post(String path, String body) throws Exception {
    return client.send(
        java.net.http.HttpRequest.newBuilder(URI.create(endpoint.uri() + path))
            .header("Content-Type", "application/json")
            .POST(BodyPublishers.ofString(body))
            .build(),
        BodyHandlers.ofString());
  }
}
