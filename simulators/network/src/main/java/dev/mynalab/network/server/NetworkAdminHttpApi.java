package dev.mynalab.network.server;

import dev.mynalab.kit.http.HttpEndpoint;
import dev.mynalab.kit.http.HttpRequest;
import dev.mynalab.kit.http.HttpResponse;
import dev.mynalab.kit.problem.Problem;
import dev.mynalab.kit.problem.ProblemException;
import dev.mynalab.network.exchange.InformationProvisionNetwork;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The network operator's admin plane (DESIGN.md principle 3), on its own endpoint:
 *
 * <pre>
 * GET  /admin/v1/log              the record as JSON lines, ending with the signed seal
 * GET  /admin/v1/public-key       the operator's TEST checkpoint key (PEM), for verify-log --key
 * POST /admin/v1/flags/{agency}/clear   lift a guessing flag after investigation
 * </pre>
 */
public final class NetworkAdminHttpApi {

  private static final String CLEAR = "/admin/v1/flags/";

  private final InformationProvisionNetwork network;

  public NetworkAdminHttpApi(InformationProvisionNetwork network) {
    this.network = network;
  }

  public HttpEndpoint start(int port) {
    return routes(HttpEndpoint.builder("network-admin").port(port).journal(network.journal()))
        .start();
  }

  /** Adds these routes to an endpoint under construction (e.g. next to the kit's AdminPlane). */
  public HttpEndpoint.Builder routes(HttpEndpoint.Builder builder) {
    return builder
        .get("/admin/v1/log", this::log)
        .get("/admin/v1/public-key", this::publicKey)
        .post(CLEAR, this::clear);
  }

  private HttpResponse log(HttpRequest request) {
    return HttpResponse.bytes(
        200,
        "application/x-ndjson; charset=utf-8",
        network.log().exportText().getBytes(StandardCharsets.UTF_8));
  }

  private HttpResponse publicKey(HttpRequest request) {
    return HttpResponse.bytes(
        200,
        "application/x-pem-file",
        network.log().signer().publicKeyPem().getBytes(StandardCharsets.US_ASCII));
  }

  private HttpResponse clear(HttpRequest request) {
    String rest = request.path().substring(CLEAR.length());
    if (!rest.endsWith("/clear")) {
      throw new ProblemException(Problem.notFound("no such endpoint: " + request.path()));
    }
    String agency = rest.substring(0, rest.length() - "/clear".length());
    if (network.agencies().agency(agency).isEmpty()) {
      throw new ProblemException(Problem.notFound("no agency '" + agency + "'"));
    }
    network.clearFlag(agency);
    return HttpResponse.ok(Map.of("agency", agency, "flagged", network.isFlagged(agency)));
  }
}
