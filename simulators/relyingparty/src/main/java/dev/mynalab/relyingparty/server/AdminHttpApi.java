package dev.mynalab.relyingparty.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.kit.http.AdminPlane;
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
 * The admin plane (DESIGN.md principle 3), apart from the protocol plane: the kit's {@link
 * AdminPlane} (health, {@code /admin/time}, the journal; {@code POST /admin/reset} forgets e-Tax
 * registrations and receipts) — the same routes as every admin plane of {@code world up} — and,
 * kept for existing clients, the older clock form ({@code GET /admin/clock}; {@code POST
 * /admin/clock {"instant"}} or {@code {"advance": "PT1H"}}).
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
    return AdminPlane.of("relyingparty", clock, journal, etax::reset)
        .routes(b)
        .get("/admin/clock", r -> HttpResponse.ok(Map.of("now", clock.instant().toString())))
        .post("/admin/clock", this::setClock);
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
