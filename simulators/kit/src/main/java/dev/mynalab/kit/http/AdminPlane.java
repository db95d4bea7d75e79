package dev.mynalab.kit.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.kit.journal.Journal;
import dev.mynalab.kit.problem.Problem;
import dev.mynalab.kit.problem.ProblemException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The routes every simulator's admin plane shares (DESIGN.md principle 3: test controls apart from
 * the protocol), so that health, the world clock, the journal and reset read and answer the same on
 * every service of {@code world up}:
 *
 * <pre>
 * GET  /admin/health           → {status: "up", service, now, …the service's own facts}
 * GET  /admin/time             → {instant, local, today, running}
 * POST /admin/time             exactly one of {"dateTime": "2026-04-01T06:30"} (JST) | {"date": …}
 *                              | {"instant": "…Z"} | {"advanceDays": n} | {"advanceMinutes": n}
 * GET  /admin/journal?since=N  → journal entries after sequence N
 * POST /admin/reset            → the service's reset, then the journal is cleared
 * </pre>
 *
 * Bad input is a 422 problem pointing at the field; the clock never goes back through {@code
 * advance…}. A service adds its own knobs to the same builder after {@link #routes}.
 */
public final class AdminPlane {

  private final String service;
  private final WorldClock clock;
  private final Journal journal;
  private final Runnable reset;
  private final Supplier<Map<String, Object>> facts;

  private AdminPlane(
      String service,
      WorldClock clock,
      Journal journal,
      Runnable reset,
      Supplier<Map<String, Object>> facts) {
    this.service = service;
    this.clock = clock;
    this.journal = journal;
    this.reset = reset;
    this.facts = facts;
  }

  /**
   * @param service the service's name in health answers ({@code konbini}, {@code medical} …)
   * @param reset what {@code POST /admin/reset} forgets besides the journal; {@code null} for a
   *     service where a reset means nothing (then there is no {@code /admin/reset})
   */
  public static AdminPlane of(String service, WorldClock clock, Journal journal, Runnable reset) {
    return new AdminPlane(service, clock, journal, reset, Map::of);
  }

  /** Adds the service's own facts (counts, settings) to {@code GET /admin/health}. */
  public AdminPlane withHealth(Supplier<Map<String, Object>> serviceFacts) {
    return new AdminPlane(service, clock, journal, reset, serviceFacts);
  }

  public HttpEndpoint.Builder routes(HttpEndpoint.Builder b) {
    b.get("/admin/health", r -> HttpResponse.ok(health()))
        .get("/admin/time", r -> HttpResponse.ok(time()))
        .post("/admin/time", this::setTime)
        .get("/admin/journal", this::journal);
    return reset == null ? b : b.post("/admin/reset", this::reset);
  }

  private Map<String, Object> health() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("status", "up");
    out.put("service", service);
    out.put("now", clock.instant().toString());
    out.putAll(facts.get());
    return out;
  }

  private Map<String, Object> time() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("instant", clock.instant().toString());
    out.put("local", clock.localNow().toString());
    out.put("today", clock.today().toString());
    out.put("running", clock.isRunning());
    return out;
  }

  private HttpResponse setTime(HttpRequest r) {
    JsonNode body = JsonFields.object(r.json());
    if (body.size() != 1) {
      throw new ProblemException(
          Problem.invalidField(
              "/", "give exactly one of dateTime, date, instant, advanceDays, advanceMinutes"));
    }
    String field = body.fieldNames().next();
    try {
      switch (field) {
        case "dateTime" -> clock.set(LocalDateTime.parse(JsonFields.text(body, field)));
        case "date" -> clock.set(LocalDate.parse(JsonFields.text(body, field)));
        case "instant" -> clock.set(Instant.parse(JsonFields.text(body, field)));
        case "advanceDays" -> clock.advance(Duration.ofDays(forward(body, field)));
        case "advanceMinutes" -> clock.advance(Duration.ofMinutes(forward(body, field)));
        default ->
            throw new ProblemException(
                Problem.invalidField(
                    "/" + field,
                    "unknown field; give dateTime, date, instant, advanceDays or advanceMinutes"));
      }
    } catch (DateTimeParseException e) {
      throw new ProblemException(
          Problem.invalidField("/" + field, "not a valid ISO-8601 value: " + e.getParsedString()));
    }
    journal.record("admin", "time", service + ": world clock set to " + clock.instant());
    return HttpResponse.ok(time());
  }

  private static long forward(JsonNode body, String field) {
    JsonNode n = body.get(field);
    if (!n.canConvertToLong() || !n.isIntegralNumber() || n.asLong() < 0) {
      throw new ProblemException(
          Problem.invalidField("/" + field, "a non-negative whole number (time does not go back)"));
    }
    return n.asLong();
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

  private HttpResponse reset(HttpRequest r) {
    reset.run();
    journal.clear();
    return HttpResponse.ok(Map.of("reset", true));
  }
}
