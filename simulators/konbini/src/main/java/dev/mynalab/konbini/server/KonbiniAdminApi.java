package dev.mynalab.konbini.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.kit.http.HttpEndpoint;
import dev.mynalab.kit.http.HttpRequest;
import dev.mynalab.kit.http.HttpResponse;
import dev.mynalab.kit.http.JsonFields;
import dev.mynalab.kit.journal.Journal;
import dev.mynalab.kit.problem.Problem;
import dev.mynalab.kit.problem.ProblemException;
import dev.mynalab.konbini.ServiceHours;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The admin plane (DESIGN.md principle 3), on its own port, never with the kiosks' API:
 *
 * <pre>
 * GET  /admin/time                   → {instant, local, today}
 * POST /admin/time  {"dateTime": "2026-04-01T06:30"} | {"date": …} | {"instant": …} | {"advanceMinutes": n}
 * POST /admin/maintenance {"from": "…T01:00", "until": "…T05:00", "reason": "…"}  (JST local times)
 * POST /admin/reset                  → forgets sessions, bookings, maintenance windows and the journal
 * GET  /admin/journal?since=N        → journal entries after sequence N
 * </pre>
 */
final class KonbiniAdminApi {

  private final WorldClock clock;
  private final Journal journal;
  private final ServiceHours hours;
  private final Runnable resetState;

  KonbiniAdminApi(WorldClock clock, Journal journal, ServiceHours hours, Runnable resetState) {
    this.clock = clock;
    this.journal = journal;
    this.hours = hours;
    this.resetState = resetState;
  }

  HttpEndpoint.Builder routes(HttpEndpoint.Builder b) {
    return b.get("/admin/time", r -> HttpResponse.ok(time()))
        .post("/admin/time", this::setTime)
        .post("/admin/maintenance", this::maintenance)
        .post("/admin/reset", this::reset)
        .get("/admin/journal", this::journal);
  }

  private HttpResponse setTime(HttpRequest r) {
    JsonNode body = JsonFields.object(r.json());
    if (body.size() != 1) {
      throw new ProblemException(
          Problem.invalidField("/", "give exactly one of dateTime, date, instant, advanceMinutes"));
    }
    String field = body.fieldNames().next();
    try {
      switch (field) {
        case "dateTime" -> clock.set(LocalDateTime.parse(JsonFields.text(body, field)));
        case "date" -> clock.set(LocalDate.parse(JsonFields.text(body, field)));
        case "instant" -> clock.set(Instant.parse(JsonFields.text(body, field)));
        case "advanceMinutes" -> {
          if (!body.get(field).canConvertToLong() || body.get(field).asLong() < 0) {
            throw new ProblemException(
                Problem.invalidField("/advanceMinutes", "a non-negative whole number"));
          }
          clock.advance(Duration.ofMinutes(body.get(field).asLong()));
        }
        default ->
            throw new ProblemException(
                Problem.invalidField(
                    "/" + field, "unknown field; give dateTime, date, instant or advanceMinutes"));
      }
    } catch (DateTimeParseException e) {
      throw new ProblemException(
          Problem.invalidField("/" + field, "not a valid ISO-8601 value: " + e.getParsedString()));
    }
    journal.record("admin", "time", "world clock set to " + clock.instant());
    return HttpResponse.ok(time());
  }

  private HttpResponse maintenance(HttpRequest r) {
    JsonNode body = JsonFields.object(r.json());
    LocalDateTime from = dateTime(body, "from");
    LocalDateTime until = dateTime(body, "until");
    if (!from.isBefore(until)) {
      throw new ProblemException(Problem.invalidField("/until", "until must be after from"));
    }
    String reason = JsonFields.text(body, "reason");
    hours.announce(new ServiceHours.Maintenance(from, until, reason));
    return HttpResponse.json(201, Map.of("from", from.toString(), "until", until.toString()));
  }

  private HttpResponse reset(HttpRequest r) {
    resetState.run();
    hours.clearMaintenance();
    journal.clear();
    return HttpResponse.ok(Map.of("reset", true));
  }

  private HttpResponse journal(HttpRequest r) {
    long since = 0;
    String query = r.uri().getQuery();
    if (query != null && query.startsWith("since=")) {
      try {
        since = Long.parseLong(query.substring(6));
      } catch (NumberFormatException e) {
        throw new ProblemException(Problem.invalidField("/since", "a whole number"));
      }
    }
    return HttpResponse.ok(journal.since(since));
  }

  private static LocalDateTime dateTime(JsonNode body, String field) {
    try {
      return LocalDateTime.parse(JsonFields.text(body, field));
    } catch (DateTimeParseException e) {
      throw new ProblemException(
          Problem.invalidField("/" + field, "a local date-time like 2026-04-01T01:00 (JST)"));
    }
  }

  private Map<String, Object> time() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("instant", clock.instant().toString());
    out.put("local", clock.localNow().toString());
    out.put("today", clock.today().toString());
    return out;
  }
}
