package dev.mynalab.network.server;

import dev.mynalab.kit.http.HttpEndpoint;
import dev.mynalab.kit.http.HttpRequest;
import dev.mynalab.kit.http.HttpResponse;
import dev.mynalab.kit.problem.Problem;
import dev.mynalab.kit.problem.ProblemException;
import dev.mynalab.kit.random.WorldSeed;
import dev.mynalab.network.agency.Agency;
import dev.mynalab.network.codes.AgencyCode;
import dev.mynalab.network.exchange.ExchangeRequest;
import dev.mynalab.network.exchange.ExchangeResult;
import dev.mynalab.network.exchange.InformationProvisionNetwork;
import dev.mynalab.network.notice.Notice;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The protocol plane of the network over HTTP (kit {@link HttpEndpoint}), for agencies' systems.
 * Each agency authenticates with its own bearer token (issued by the operator, {@link #tokenFor});
 * the requester is who the token names, never a field of the body.
 *
 * <pre>
 * POST /network/v1/codes     {"juminhyoCode"}                          → 200 {"code"}
 * POST /network/v1/requests  {"subjectCode","procedure","item","provider"}
 *      → 200 {"outcome","record","legalBasis","citation","data"}   (PROVIDED, NOT_HELD)
 *      → 403 no legal basis · 404 unknown code · 429 flagged · 503 provider failed (all recorded)
 * POST /network/v1/notices   {"subjectCode","title","body"}            → 201 {"id"}
 * </pre>
 *
 * Bad input is a 4xx problem pointing at the field; the admin plane is {@link NetworkAdminHttpApi}.
 */
public final class NetworkHttpApi {

  record CodeBody(String juminhyoCode) {}

  record RequestBody(String subjectCode, String procedure, String item, String provider) {}

  record NoticeBody(String subjectCode, String title, String body) {}

  private final InformationProvisionNetwork network;
  private final Map<String, String> agencyByToken = new HashMap<>();
  private final Map<String, String> tokenByAgency = new HashMap<>();

  public NetworkHttpApi(InformationProvisionNetwork network, WorldSeed seed) {
    this.network = network;
    SplittableRandom random = seed.stream("network/agency-tokens");
    for (Agency agency : network.agencies().agencies()) {
      byte[] bytes = new byte[24];
      random.nextBytes(bytes);
      String token = HexFormat.of().formatHex(bytes);
      agencyByToken.put(token, agency.id());
      tokenByAgency.put(agency.id(), token);
    }
  }

  /** The bearer token of an agency (admin plane: handed to the agency out of band). */
  public String tokenFor(String agencyId) {
    String token = tokenByAgency.get(agencyId);
    if (token == null) {
      throw new IllegalArgumentException("no agency '" + agencyId + "'");
    }
    return token;
  }

  /** Adds this API's routes to an endpoint under construction. */
  public HttpEndpoint.Builder routes(HttpEndpoint.Builder builder) {
    return builder
        .post("/network/v1/codes", this::obtainCode)
        .post("/network/v1/requests", this::request)
        .post("/network/v1/notices", this::notice);
  }

  /** Starts a loopback endpoint serving this API on {@code port} (0 = any free port). */
  public HttpEndpoint start(int port) {
    return routes(HttpEndpoint.builder("network").port(port).journal(network.journal())).start();
  }

  private String agency(HttpRequest request) {
    String agency = agencyByToken.get(Requests.bearer(request));
    if (agency == null) {
      throw Requests.unauthorized("the token names no agency registered on the network");
    }
    return agency;
  }

  private HttpResponse obtainCode(HttpRequest request) {
    Requests.exactPath(request, "/network/v1/codes");
    String agency = agency(request);
    CodeBody body = Requests.body(request, CodeBody.class);
    if (body.juminhyoCode() == null || !body.juminhyoCode().matches("\\d{11}")) {
      throw new ProblemException(Problem.invalidField("/juminhyoCode", "a 住民票コード is 11 digits"));
    }
    AgencyCode code = network.obtainCode(agency, body.juminhyoCode());
    return HttpResponse.ok(Map.of("code", code.value()));
  }

  private HttpResponse request(HttpRequest request) {
    Requests.exactPath(request, "/network/v1/requests");
    String agency = agency(request);
    RequestBody body = Requests.body(request, RequestBody.class);
    ExchangeResult result =
        network.request(
            agency,
            new ExchangeRequest(
                body.subjectCode(), body.procedure(), body.item(), body.provider()));
    String recorded = " (recorded as entry " + result.recordSeq() + ")";
    switch (result.outcome()) {
      case REFUSED_NO_LEGAL_BASIS ->
          throw refused(
              403,
              "no-legal-basis",
              "No legal basis",
              "no legal basis allows "
                  + agency
                  + " to obtain '"
                  + body.item()
                  + "' from "
                  + body.provider()
                  + " for '"
                  + body.procedure()
                  + "'"
                  + recorded,
              "/procedure");
      case REFUSED_UNKNOWN_CODE ->
          throw refused(
              404,
              "unknown-code",
              "Unknown code",
              "no person is known to " + agency + " by this code" + recorded,
              "/subjectCode");
      case REFUSED_FLAGGED ->
          throw refused(
              429,
              "flagged",
              "Requests suspended",
              agency
                  + " is suspended after repeated unknown codes; contact the operator"
                  + recorded,
              null);
      case PROVIDER_FAILED ->
          throw refused(
              503,
              "provider-failed",
              "Provider unavailable",
              body.provider() + " could not answer" + recorded,
              null);
      default -> {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("outcome", result.outcome().name());
        out.put("record", result.recordSeq());
        out.put("legalBasis", result.legalBasis());
        out.put("citation", result.citation());
        out.put("data", result.data());
        return HttpResponse.ok(out);
      }
    }
  }

  private HttpResponse notice(HttpRequest request) {
    Requests.exactPath(request, "/network/v1/notices");
    String agency = agency(request);
    NoticeBody body = Requests.body(request, NoticeBody.class);
    Notice notice = network.pushNotice(agency, body.subjectCode(), body.title(), body.body());
    return HttpResponse.json(201, Map.of("id", notice.id()));
  }

  private static ProblemException refused(
      int status, String type, String title, String detail, String pointer) {
    return new ProblemException(new Problem(Problem.URN + type, title, status, detail, pointer));
  }
}
