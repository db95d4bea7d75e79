package dev.mynalab.konbini.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.kit.http.AdminPlane;
import dev.mynalab.kit.http.HttpEndpoint;
import dev.mynalab.kit.http.HttpRequest;
import dev.mynalab.kit.http.HttpResponse;
import dev.mynalab.kit.http.JsonFields;
import dev.mynalab.kit.journal.Journal;
import dev.mynalab.kit.problem.Problem;
import dev.mynalab.kit.problem.ProblemException;
import dev.mynalab.konbini.ServiceHours;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * The admin plane (DESIGN.md principle 3), on its own port, never with the kiosks' API: the kit's
 * {@link AdminPlane} (health, time, journal, reset — forgets sessions, bookings, maintenance
 * windows and the journal) and the service's fault knob:
 *
 * <pre>
 * POST /admin/maintenance {"from": "…T01:00", "until": "…T05:00", "reason": "…"}  (JST local times, CS-01)
 * </pre>
 */
final class KonbiniAdminApi {

  private final AdminPlane plane;
  private final ServiceHours hours;

  KonbiniAdminApi(WorldClock clock, Journal journal, ServiceHours hours, Runnable resetState) {
    this.hours = hours;
    this.plane =
        AdminPlane.of(
                "konbini",
                clock,
                journal,
                () -> {
                  resetState.run();
                  hours.clearMaintenance();
                })
            .withHealth(() -> Map.of("open", hours.closedReason(clock.localNow()).isEmpty()));
  }

  HttpEndpoint.Builder routes(HttpEndpoint.Builder b) {
    return plane.routes(b).post("/admin/maintenance", this::maintenance);
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

  private static LocalDateTime dateTime(JsonNode body, String field) {
    try {
      return LocalDateTime.parse(JsonFields.text(body, field));
    } catch (DateTimeParseException e) {
      throw new ProblemException(
          Problem.invalidField("/" + field, "a local date-time like 2026-04-01T01:00 (JST)"));
    }
  }
}
