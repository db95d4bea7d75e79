package dev.mynalab.ca.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mynalab.ca.JpkiCertificateAuthority;
import dev.mynalab.kit.http.AdminPlane;
import dev.mynalab.kit.http.HttpEndpoint;
import dev.mynalab.kit.http.HttpResponse;
import dev.mynalab.kit.http.JsonFields;
import dev.mynalab.kit.journal.Journal;
import dev.mynalab.kit.problem.Problem;
import dev.mynalab.kit.problem.ProblemException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The admin plane (DESIGN.md principle 3), apart from the protocol plane: plain HTTP on loopback,
 * for tests and operators — the shared {@link AdminPlane} routes (health, the world clock, the
 * journal; no reset: a CA's ledger outlives the cards it certified), publication knobs, and the
 * fault knob {@code POST /admin/faults/hsm {"offline": true|false}} ({@link SignerFaults}). Never
 * exposed to verifiers.
 */
public final class AdminHttpApi {

  private final JpkiCertificateAuthority ca;
  private final Journal journal;
  private final SignerFaults faults;

  public AdminHttpApi(JpkiCertificateAuthority ca, Journal journal) {
    this.ca = ca;
    this.journal = journal;
    this.faults = new SignerFaults(ca, journal);
  }

  public HttpEndpoint.Builder routes(HttpEndpoint.Builder builder) {
    return AdminPlane.of("ca", ca.clock(), journal, null)
        .withHealth(this::facts)
        .routes(builder)
        .post(
            "/admin/crl/publish",
            r -> HttpResponse.ok(Map.of("published", ca.crls().publishAll().size())))
        .post(
            "/admin/ocsp/refresh",
            r -> HttpResponse.ok(Map.of("refreshed", ca.ocsp().refreshDue())))
        .post(
            "/admin/faults/hsm",
            r -> {
              JsonNode body = JsonFields.object(r.json());
              JsonNode offline = body.get("offline");
              if (offline == null || !offline.isBoolean() || body.size() != 1) {
                throw new ProblemException(
                    Problem.invalidField("/offline", "give {\"offline\": true|false}"));
              }
              if (offline.asBoolean()) {
                faults.breakAll();
              } else {
                faults.restore();
              }
              return HttpResponse.ok(Map.of("hsmOffline", faults.broken()));
            });
  }

  private Map<String, Object> facts() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("certificates", ca.store().all().size());
    body.put("presignedOcsp", ca.ocsp().presignedCount());
    body.put("hsmOffline", faults.broken());
    body.put("settings", ca.settings().describe());
    return body;
  }
}
