package dev.mynalab.verifier.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mynalab.kit.http.HttpEndpoint;
import dev.mynalab.kit.http.HttpRequest;
import dev.mynalab.kit.http.HttpResponse;
import dev.mynalab.kit.http.JsonFields;
import dev.mynalab.kit.problem.Problem;
import dev.mynalab.kit.problem.ProblemException;
import dev.mynalab.verifier.revocation.RevocationChecker;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The verifier admin plane's fault knob (TEST): {@code POST /admin/faults/revocation} with {@code
 * {"ocsp": "down"|"up", "crl": "down"|"up"}} (either or both) cuts the verifier off from the CA's
 * OCSP responder and/or CRL distribution ({@link RevocationChecker#cutOff}), so that a relying
 * party can see what it is told during an outage. Answers the sources' state.
 */
final class RevocationFaultsApi {

  private final Supplier<RevocationChecker> revocation;

  RevocationFaultsApi(Supplier<RevocationChecker> revocation) {
    this.revocation = revocation;
  }

  HttpEndpoint.Builder routes(HttpEndpoint.Builder builder) {
    return builder.post("/admin/faults/revocation", this::set);
  }

  /** The sources' state, for health answers. */
  Map<String, Object> facts() {
    RevocationChecker r = revocation.get();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("ocsp", r.ocspCutOff() ? "down" : "up");
    m.put("crl", r.crlCutOff() ? "down" : "up");
    m.put("ocspQueries", r.ocspQueries());
    m.put("cacheHits", r.cacheHits());
    return m;
  }

  private HttpResponse set(HttpRequest request) {
    JsonNode body = JsonFields.object(request.json());
    if (body.isEmpty()) {
      throw new ProblemException(
          Problem.invalidField("/", "give ocsp and/or crl, each \"down\" or \"up\""));
    }
    RevocationChecker r = revocation.get();
    boolean ocsp = r.ocspCutOff();
    boolean crl = r.crlCutOff();
    for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      switch (name) {
        case "ocsp" -> ocsp = down(body, name);
        case "crl" -> crl = down(body, name);
        default ->
            throw new ProblemException(
                Problem.invalidField("/" + name, "unknown field; give ocsp and/or crl"));
      }
    }
    r.cutOff(ocsp, crl);
    return HttpResponse.ok(facts());
  }

  private static boolean down(JsonNode body, String field) {
    String v = body.get(field).asText("");
    if (!body.get(field).isTextual() || !(v.equals("down") || v.equals("up"))) {
      throw new ProblemException(Problem.invalidField("/" + field, "\"down\" or \"up\""));
    }
    return v.equals("down");
  }
}
