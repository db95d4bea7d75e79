package dev.mynalab.verifier.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.kit.http.AdminPlane;
import dev.mynalab.kit.http.HttpEndpoint;
import dev.mynalab.kit.http.HttpRequest;
import dev.mynalab.kit.http.HttpResponse;
import dev.mynalab.kit.journal.Journal;
import dev.mynalab.kit.problem.Problem;
import dev.mynalab.kit.problem.ProblemException;
import java.io.UncheckedIOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The admin plane of a {@link FileTrustVerifier} (DESIGN.md principle 3): plain HTTP on loopback,
 * for the operator and for a conformance run's {@code prepare} command — never for relying parties.
 * The routes every admin plane shares come from the kit's {@link AdminPlane}:
 *
 * <ul>
 *   <li>{@code GET /admin/health}: adds the trust in use (directory, anchors, their SHA-256, CRL
 *       index, when loaded) and how many reloads;
 *   <li>{@code GET /admin/journal?since=N}: journal entries (OCSP/CRL outcomes, contract calls);
 *   <li>{@code GET|POST /admin/time}: the verifier's clock (the host's unless moved);
 *   <li>{@code POST /admin/faults/revocation}: cut the verifier off from OCSP and/or CRLs ({@link
 *       RevocationFaultsApi}; a reload starts with both sources up);
 *   <li>{@code POST /admin/trust/reload} with no body or {@code {"trust": "DIR"}}: re-reads the
 *       trust; a directory that does not read is a 422 problem pointing at {@code /trust}, and the
 *       previous trust stays.
 * </ul>
 */
final class TrustAdminHttpApi {

  private final FileTrustVerifier verifier;
  private final AdminPlane plane;
  private final RevocationFaultsApi faults;

  TrustAdminHttpApi(FileTrustVerifier verifier, Journal journal, WorldClock clock) {
    this.verifier = verifier;
    this.plane = AdminPlane.of("verifier", clock, journal, null).withHealth(this::facts);
    this.faults =
        new RevocationFaultsApi(() -> verifier.loaded().service().certificates().revocation());
  }

  HttpEndpoint.Builder routes(HttpEndpoint.Builder builder) {
    return faults.routes(plane.routes(builder)).post("/admin/trust/reload", this::reload);
  }

  private Map<String, Object> facts() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("trust", describe(verifier.loaded()));
    body.put("reloads", verifier.reloads());
    body.put("revocationSources", faults.facts());
    return body;
  }

  private HttpResponse reload(HttpRequest request) {
    Path dir = null;
    if (!request.bodyText().isBlank()) {
      JsonNode body = request.json();
      if (!body.isObject()) {
        throw new ProblemException(Problem.malformed("the body must be {\"trust\": \"DIR\"}"));
      }
      Iterator<String> names = body.fieldNames();
      while (names.hasNext()) {
        String n = names.next();
        if (!n.equals("trust")) {
          throw new ProblemException(Problem.invalidField("/" + n, "unknown field " + n));
        }
      }
      JsonNode trust = body.path("trust");
      if (!trust.isMissingNode()) {
        if (!trust.isTextual() || trust.asText().isBlank()) {
          throw new ProblemException(
              Problem.invalidField("/trust", "trust must be a directory path"));
        }
        try {
          dir = Path.of(trust.asText());
        } catch (InvalidPathException e) {
          throw new ProblemException(Problem.invalidField("/trust", "not a path: " + e.getInput()));
        }
      }
    }
    try {
      return HttpResponse.ok(describe(verifier.reload(dir)));
    } catch (IllegalArgumentException | UncheckedIOException e) {
      throw new ProblemException(
          Problem.invalidField("/trust", e.getMessage() + " — the previous trust stays in use"));
    }
  }

  private static Map<String, Object> describe(FileTrustVerifier.Loaded l) {
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("dir", l.trust().dir().toAbsolutePath().normalize().toString());
    t.put("anchors", l.trust().anchorLabels());
    t.put("anchorsSha256", l.trust().anchorsSha256());
    t.put("crlIndex", l.trust().crlIndex().toString());
    t.put("ocsp", l.trust().ocsp() == null ? null : l.trust().ocsp().toString());
    t.put("loadedAt", l.loadedAt().toString());
    return t;
  }
}
