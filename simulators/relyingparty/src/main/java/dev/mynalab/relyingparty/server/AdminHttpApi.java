package dev.mynalab.relyingparty.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.kit.http.HttpEndpoint;
import dev.mynalab.kit.http.HttpRequest;
import dev.mynalab.kit.http.HttpResponse;
import dev.mynalab.kit.journal.Journal;
import dev.mynalab.kit.problem.Problem;
import dev.mynalab.kit.problem.ProblemException;
import dev.mynalab.relyingparty.etax.ETaxReception;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The admin plane (DESIGN.md principle 3), apart from the protocol plane: health, the world clock
 * ({@code GET /admin/clock}; {@code POST /admin/clock {"instant"}} or {@code {"advance": "PT1H"}}),
 * {@code POST /admin/reset} (forgets e-Tax registrations and receipts) and the journal.
 */
final class AdminHttpApi {

  private final WorldClock clock;
  private final Journal journal;
  private final ETaxReception etax;

  AdminHttpApi(WorldClock clock, Journal journal, ETaxReception etax) {
    this.clock = clock;
    this.journal = journal;
    this.etax = etax;
  }

  HttpEndpoint.Builder routes(HttpEndpoint.Builder b) {
    return b.get(
            "/admin/health",
            r -> HttpResponse.ok(Map.of("status", "up", "now", clock.instant().toString())))
        .get("/admin/clock", r -> HttpResponse.ok(Map.of("now", clock.instant().toString())))
        .post("/admin/clock", this::setClock)
        .post(
            "/admin/reset",
            r -> {
              etax.reset();
              journal.record(
                  "relyingparty-admin", "reset", "e-Tax registrations and receipts cleared");
              return HttpResponse.ok(Map.of("reset", true));
            })
        .get("/admin/journal", r -> HttpResponse.ok(journal.entries()));
  }

  private HttpResponse setClock(HttpRequest r) {
    JsonNode body = Base64Field.object(r);
    try {
      if (body.hasNonNull("instant")) {
        clock.set(Instant.parse(body.get("instant").asText()));
      } else if (body.hasNonNull("advance")) {
        Duration d = Duration.parse(body.get("advance").asText());
        if (d.isNegative()) {
          throw new ProblemException(
              Problem.invalidField("/advance", "the world clock does not go back"));
        }
        clock.advance(d);
      } else {
        throw new ProblemException(
            Problem.invalidField("/instant", "give instant (ISO-8601) or advance (ISO duration)"));
      }
    } catch (DateTimeException e) {
      String field = body.hasNonNull("instant") ? "/instant" : "/advance";
      throw new ProblemException(Problem.invalidField(field, "cannot parse: " + e.getMessage()));
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("now", clock.instant().toString());
    return HttpResponse.ok(out);
  }
}
