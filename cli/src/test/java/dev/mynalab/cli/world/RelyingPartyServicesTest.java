package dev.mynalab.cli.world;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mynalab.ca.CaSettings;
import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.kit.journal.Journal;
import dev.mynalab.kit.random.WorldSeed;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The relying parties of {@code world up} (e-Tax, platform, オンライン資格確認, コンビニ交付): both planes answer
 * over real HTTP, bad input is a 4xx problem.
 */
class RelyingPartyServicesTest {

  private final List<AutoCloseable> started = new ArrayList<>();
  private final HttpClient http = HttpClient.newHttpClient();

  @AfterEach
  void stop() throws Exception {
    for (int i = started.size() - 1; i >= 0; i--) {
      started.get(i).close();
    }
  }

  private Map<String, String> start(WorldService... services) throws Exception {
    WorldClock clock = WorldClock.running();
    WorldContext c =
        new WorldContext(
            WorldSeed.of(13),
            clock,
            new Journal(clock),
            CaSettings.defaults(),
            Optional.empty(),
            "none",
            new PrintWriter(new StringWriter()));
    Map<String, String> endpoints = new java.util.LinkedHashMap<>();
    for (WorldService s : services) {
      WorldService.Started st = s.start(c);
      started.add(st.stop());
      endpoints.putAll(st.endpoints());
    }
    return endpoints;
  }

  private HttpResponse<String> send(String method, String uri, String body) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(uri)).header("Content-Type", "application/json");
    b.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void eTaxPlatformAndMedicalAnswerAndRefuseBadInputWithAProblem() throws Exception {
    Map<String, String> e =
        start(
            WorldServices.WORLD,
            WorldServices.CA,
            RelyingPartyServices.RELYING_PARTIES,
            RelyingPartyServices.MEDICAL,
            RelyingPartyServices.KONBINI);

    assertThat(send("GET", e.get("relyingparty-admin") + "/admin/health", null).statusCode())
        .isEqualTo(200);
    assertThat(send("GET", e.get("medical-admin") + "/admin/time", null).statusCode())
        .isEqualTo(200);
    assertThat(send("GET", e.get("konbini-admin") + "/admin/health", null).statusCode())
        .isEqualTo(200);

    for (String uri :
        List.of(
            e.get("etax") + "/etax/v1/returns",
            e.get("platform") + "/platform/v1/signatures",
            e.get("medical") + "/v1/eligibility",
            e.get("konbini") + "/v1/sessions/answer")) {
      HttpResponse<String> r = send("POST", uri, "{\"not\": ");
      assertThat(r.statusCode()).as(uri).isBetween(400, 499);
      assertThat(r.headers().firstValue("Content-Type"))
          .as(uri)
          .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    }
    HttpResponse<String> challenge =
        send("POST", e.get("medical") + "/v1/eligibility/challenges", "{}");
    assertThat(challenge.statusCode()).as(challenge.body()).isLessThan(500);
  }
}
