package dev.mynalab.medical.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.kit.http.AdminPlane;
import dev.mynalab.kit.http.HttpEndpoint;
import dev.mynalab.kit.http.HttpRequest;
import dev.mynalab.kit.http.HttpResponse;
import dev.mynalab.kit.http.JsonFields;
import dev.mynalab.kit.http.ServicePlanes;
import dev.mynalab.kit.journal.Journal;
import dev.mynalab.kit.problem.Problem;
import dev.mynalab.kit.problem.ProblemException;
import dev.mynalab.medical.eligibility.OnlineEligibilityService;
import dev.mynalab.medical.insurance.InsuranceRegistry;
import java.net.URI;
import java.time.LocalDate;
import java.util.Map;

/**
 * The オンライン資格確認等システム as a service on loopback: the protocol plane ({@link MedicalHttpApi}) and, on
 * its own port, the admin plane:
 *
 * <p>the kit's {@link AdminPlane} (health, time, journal; reset forgets enrolments and the journal)
 * and the service's own knob:
 *
 * <pre>
 * POST /admin/enrolments {personId, insurerNumber, symbol, number, from, to?} → 201 (a 資格)
 * </pre>
 */
public final class MedicalServer implements AutoCloseable {

  private final ServicePlanes planes;

  private MedicalServer(ServicePlanes planes) {
    this.planes = planes;
  }

  /** Starts both planes on 127.0.0.1 (ports 0 for any free ones). */
  public static MedicalServer start(
      OnlineEligibilityService service,
      WorldClock clock,
      Journal journal,
      int port,
      int adminPort) {
    Admin a = new Admin(service.insurance());
    return new MedicalServer(
        ServicePlanes.start(
            "medical",
            new MedicalHttpApi(service)
                .routes(
                    HttpEndpoint.builder("medical").host("127.0.0.1").port(port).journal(journal)),
            () ->
                AdminPlane.of("medical", clock, journal, service.insurance()::reset)
                    .routes(HttpEndpoint.builder("medical-admin").host("127.0.0.1").port(adminPort))
                    .post("/admin/enrolments", a::enrol)));
  }

  public URI uri() {
    return planes.uri();
  }

  public URI adminUri() {
    return planes.adminUri();
  }

  /** For the world's ready file: {@code medical} and {@code medical-admin}. */
  public Map<String, String> endpoints() {
    return planes.endpoints();
  }

  @Override
  public void close() {
    planes.close();
  }

  /** The service's own admin knob: enrolling a 資格 (the common routes are the kit's). */
  private record Admin(InsuranceRegistry insurance) {

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
  }
}
