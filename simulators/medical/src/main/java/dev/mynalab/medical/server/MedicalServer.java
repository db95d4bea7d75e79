package dev.mynalab.medical.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.kit.http.HttpEndpoint;
import dev.mynalab.kit.http.HttpRequest;
import dev.mynalab.kit.http.HttpResponse;
import dev.mynalab.kit.http.JsonFields;
import dev.mynalab.kit.journal.Journal;
import dev.mynalab.kit.problem.Problem;
import dev.mynalab.kit.problem.ProblemException;
import dev.mynalab.medical.eligibility.OnlineEligibilityService;
import dev.mynalab.medical.insurance.InsuranceRegistry;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The オンライン資格確認等システム as a service on loopback: the protocol plane ({@link MedicalHttpApi}) and, on
 * its own port, the admin plane:
 *
 * <pre>
 * GET  /admin/time                  → {instant, local, today}
 * POST /admin/time {"dateTime": …} | {"date": …}
 * POST /admin/enrolments {personId, insurerNumber, symbol, number, from, to?} → 201 (a 資格)
 * POST /admin/reset                 → forgets enrolments and the journal
 * GET  /admin/journal?since=N
 * </pre>
 */
public final class MedicalServer implements AutoCloseable {

  private final HttpEndpoint protocol;
  private final HttpEndpoint admin;

  private MedicalServer(HttpEndpoint protocol, HttpEndpoint admin) {
    this.protocol = protocol;
    this.admin = admin;
  }

  /** Starts both planes on 127.0.0.1 (ports 0 for any free ones). */
  public static MedicalServer start(
      OnlineEligibilityService service,
      WorldClock clock,
      Journal journal,
      int port,
      int adminPort) {
    HttpEndpoint protocol =
        new MedicalHttpApi(service)
            .routes(HttpEndpoint.builder("medical").host("127.0.0.1").port(port).journal(journal))
            .start();
    try {
      Admin a = new Admin(service.insurance(), clock, journal);
      HttpEndpoint admin =
          HttpEndpoint.builder("medical-admin")
              .host("127.0.0.1")
              .port(adminPort)
              .get("/admin/time", r -> HttpResponse.ok(a.time()))
              .post("/admin/time", a::setTime)
              .post("/admin/enrolments", a::enrol)
              .post("/admin/reset", a::reset)
              .get("/admin/journal", a::journal)
              .start();
      return new MedicalServer(protocol, admin);
    } catch (RuntimeException e) {
      protocol.close();
      throw e;
    }
  }

  public URI uri() {
    return protocol.uri();
  }

  public URI adminUri() {
    return admin.uri();
  }

  /** For the world's ready file: {@code medical} and {@code medical-admin}. */
  public Map<String, String> endpoints() {
    return Map.of("medical", uri().toString(), "medical-admin", adminUri().toString());
  }

  @Override
  public void close() {
    protocol.close();
    admin.close();
  }

  private record Admin(InsuranceRegistry insurance, WorldClock clock, Journal journal) {

    Map<String, Object> time() {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("instant", clock.instant().toString());
      out.put("local", clock.localNow().toString());
      out.put("today", clock.today().toString());
      return out;
    }

    HttpResponse setTime(HttpRequest r) {
      JsonNode body = JsonFields.object(r.json());
      if (body.size() != 1) {
        throw new ProblemException(Problem.invalidField("/", "give exactly one of dateTime, date"));
      }
      String field = body.fieldNames().next();
      try {
        switch (field) {
          case "dateTime" -> clock.set(LocalDateTime.parse(JsonFields.text(body, field)));
          case "date" -> clock.set(LocalDate.parse(JsonFields.text(body, field)));
          default ->
              throw new ProblemException(
                  Problem.invalidField("/" + field, "unknown field; give dateTime or date"));
        }
      } catch (DateTimeParseException e) {
        throw new ProblemException(
            Problem.invalidField(
                "/" + field, "not a valid ISO-8601 value: " + e.getParsedString()));
      }
      journal.record("admin", "time", "world clock set to " + clock.instant());
      return HttpResponse.ok(time());
    }

    HttpResponse enrol(HttpRequest r) {
      JsonNode body = JsonFields.object(r.json());
      LocalDate from = JsonFields.date(body, "from", "/from");
      if (from == null) {
        throw new ProblemException(Problem.invalidField("/from", "from is required"));
      }
      var e =
          insurance.enrol(
              JsonFields.text(body, "personId"),
              JsonFields.text(body, "insurerNumber"),
              JsonFields.optionalText(body, "symbol"),
              JsonFields.text(body, "number"),
              from,
              JsonFields.date(body, "to", "/to"));
      return HttpResponse.json(
          201, Map.of("insurer", e.insurer().name(), "from", e.from().toString()));
    }

    HttpResponse reset(HttpRequest r) {
      insurance.reset();
      journal.clear();
      return HttpResponse.ok(Map.of("reset", true));
    }

    HttpResponse journal(HttpRequest r) {
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
  }
}
