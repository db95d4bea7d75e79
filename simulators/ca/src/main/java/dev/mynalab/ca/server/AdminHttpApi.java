package dev.mynalab.ca.server;

import dev.mynalab.ca.JpkiCertificateAuthority;
import dev.mynalab.kit.http.HttpEndpoint;
import dev.mynalab.kit.http.HttpResponse;
import dev.mynalab.kit.journal.Journal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The admin plane (DESIGN.md principle 3), apart from the protocol plane: plain HTTP on loopback,
 * for tests and operators — health, the journal, and publication knobs. Never exposed to verifiers.
 */
public final class AdminHttpApi {

  private final JpkiCertificateAuthority ca;
  private final Journal journal;

  public AdminHttpApi(JpkiCertificateAuthority ca, Journal journal) {
    this.ca = ca;
    this.journal = journal;
  }

  public HttpEndpoint.Builder routes(HttpEndpoint.Builder builder) {
    return builder
        .get(
            "/admin/health",
            r -> {
              Map<String, Object> body = new LinkedHashMap<>();
              body.put("status", "up");
              body.put("now", ca.clock().instant().toString());
              body.put("certificates", ca.store().all().size());
              body.put("presignedOcsp", ca.ocsp().presignedCount());
              body.put("settings", ca.settings().describe());
              return HttpResponse.ok(body);
            })
        .get("/admin/journal", r -> HttpResponse.ok(journal.entries()))
        .post(
            "/admin/crl/publish",
            r -> HttpResponse.ok(Map.of("published", ca.crls().publishAll().size())))
        .post(
            "/admin/ocsp/refresh",
            r -> HttpResponse.ok(Map.of("refreshed", ca.ocsp().refreshDue())));
  }
}
