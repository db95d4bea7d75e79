package dev.mynalab.registry.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.kit.http.HttpRequest;
import dev.mynalab.kit.http.HttpResponse;
import dev.mynalab.kit.journal.Journal;
import dev.mynalab.kit.problem.Problem;
import dev.mynalab.kit.problem.ProblemException;
import dev.mynalab.registry.ResidentRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The admin plane (DESIGN.md principle 3), apart from the protocol: the world clock, reset, the
 * journal and the rule book's parameters. Never exposed with the clerks' API.
 *
 * <pre>
 * GET  /admin/time                 → {instant, today, running}
 * POST /admin/time                 {"date": "2024-06-01"} | {"instant": "…Z"} | {"advanceDays": 3}
 * POST /admin/reset                → empties the register and the journal
 * GET  /admin/journal?since=N      → journal entries after sequence N
 * GET  /admin/rulebook             → parameters and the rules in force today
 * </pre>
 */
final class AdminApi {

  private final ResidentRegistry registry;
  private final WorldClock clock;
  private final Journal journal;

  AdminApi(ResidentRegistry registry, WorldClock clock, Journal journal) {
    this.registry = registry;
    this.clock = clock;
    this.journal = journal;
  }

  HttpResponse getTime(HttpRequest request) {
    return HttpResponse.ok(time());
  }

  HttpResponse setTime(HttpRequest request) {
    JsonNode body = request.json();
    if (!body.isObject() || body.size() != 1) {
      throw new ProblemException(
          Problem.invalidField("/", "give exactly one of date, instant, advanceDays"));
    }
    try {
      if (body.has("date")) {
        clock.set(LocalDate.parse(body.get("date").asText()));
      } else if (body.has("instant")) {
        clock.set(Instant.parse(body.get("instant").asText()));
      } else if (body.has("advanceDays")) {
        if (!body.get("advanceDays").canConvertToInt()) {
          throw new ProblemException(
              Problem.invalidField("/advanceDays", "a whole number of days"));
        }
        clock.advance(Duration.ofDays(body.get("advanceDays").asInt()));
      } else {
        String field = body.fieldNames().next();
        throw new ProblemException(
            Problem.invalidField("/" + field, "unknown field; give date, instant or advanceDays"));
      }
    } catch (DateTimeParseException e) {
      String field = body.fieldNames().next();
      throw new ProblemException(
          Problem.invalidField("/" + field, "not a valid ISO-8601 value: " + e.getParsedString()));
    }
    journal.record("admin", "time", "world clock set to " + clock.instant());
    return HttpResponse.ok(time());
  }

  HttpResponse reset(HttpRequest request) {
    registry.store().reset();
    journal.clear();
    return HttpResponse.ok(Map.of("reset", true));
  }

  HttpResponse journal(HttpRequest request) {
    long since = 0;
    String query = request.uri().getQuery();
    if (query != null && query.startsWith("since=")) {
      try {
        since = Long.parseLong(query.substring(6));
      } catch (NumberFormatException e) {
        throw new ProblemException(Problem.invalidField("/since", "a whole number"));
      }
    }
    return HttpResponse.ok(journal.since(since));
  }

  HttpResponse rulebook(HttpRequest request) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("parameters", registry.rules().describeParameters());
    out.put("today", clock.today());
    out.put("rulesInForce", registry.rules().rulesInForceOn(clock.today()));
    return HttpResponse.ok(out);
  }

  private Map<String, Object> time() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("instant", clock.instant());
    out.put("today", clock.today());
    out.put("running", clock.isRunning());
    return out;
  }
}
