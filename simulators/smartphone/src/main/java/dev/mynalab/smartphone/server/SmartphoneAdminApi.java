package dev.mynalab.smartphone.server;

import dev.mynalab.kit.http.HttpEndpoint;
import dev.mynalab.kit.http.HttpRequest;
import dev.mynalab.kit.http.HttpResponse;
import dev.mynalab.kit.problem.Problem;
import dev.mynalab.kit.problem.ProblemException;
import dev.mynalab.smartphone.Platform;
import dev.mynalab.smartphone.Smartphone;
import dev.mynalab.smartphone.SmartphoneWorld;
import java.security.cert.X509Certificate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The smartphone service's admin plane (DESIGN.md principle 3): plain HTTP on loopback, for tests
 * and operators — the phones of the world and their certificates, the SP-04 parameter and the
 * platforms' start dates, and the lost-phone hotline as a knob. The phone is a client, so there is
 * no protocol plane; relying parties judge phone certificates with their own verifier.
 *
 * <ul>
 *   <li>{@code GET /admin/phones} — every phone: id, model, platform, loaded, holder reference,
 *       certificate serials, lost;
 *   <li>{@code GET /admin/phones/<id>} — one phone (404 problem if unknown);
 *   <li>{@code POST /admin/phones/<id>/lost} — the hotline: suspends the phone's certificates (403
 *       problem when nothing is loaded);
 *   <li>{@code GET /admin/parameters} — SP-04's parameter in force and the SP start dates.
 * </ul>
 */
public final class SmartphoneAdminApi {

  private static final String PHONES = "/admin/phones";

  private final SmartphoneWorld phones;

  public SmartphoneAdminApi(SmartphoneWorld phones) {
    this.phones = phones;
  }

  /** Adds the routes to {@code builder}. */
  public HttpEndpoint.Builder routes(HttpEndpoint.Builder builder) {
    return builder
        .get(PHONES, this::get)
        .post(PHONES, this::post)
        .get("/admin/parameters", r -> HttpResponse.ok(parameters()));
  }

  /** Starts the admin plane on loopback ({@code port} 0 = any free one). */
  public HttpEndpoint start(int port) {
    return routes(HttpEndpoint.builder("smartphone-admin").host("127.0.0.1").port(port)).start();
  }

  private HttpResponse get(HttpRequest r) {
    String rest = r.path().substring(PHONES.length());
    if (rest.isEmpty() || rest.equals("/")) {
      return HttpResponse.ok(phones.phones().stream().map(SmartphoneAdminApi::describe).toList());
    }
    return HttpResponse.ok(describe(phone(rest.substring(1))));
  }

  private HttpResponse post(HttpRequest r) {
    String rest = r.path().substring(PHONES.length());
    if (!rest.startsWith("/") || !rest.endsWith("/lost")) {
      throw new ProblemException(Problem.notFound("no such admin route: POST " + r.path()));
    }
    Smartphone phone = phone(rest.substring(1, rest.length() - "/lost".length()));
    int revoked = phones.hotline().reportLost(phone).size();
    Map<String, Object> body = new LinkedHashMap<>(describe(phone));
    body.put("revoked", revoked);
    return HttpResponse.ok(body);
  }

  private Smartphone phone(String id) {
    return phones
        .phone(id)
        .orElseThrow(() -> new ProblemException(Problem.notFound("no phone " + id)));
  }

  private Map<String, Object> parameters() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put(
        "mynalab.rule.phoneCertificatesFollowCard", phones.loading().phoneCertificatesFollowCard());
    Map<String, Object> platforms = new LinkedHashMap<>();
    for (Platform p : Platform.values()) {
      platforms.put(
          p.code(), Map.of("rule", p.rule(), "availableFrom", p.availableFrom().toString()));
    }
    body.put("platforms", platforms);
    body.put(
        "healthInsuranceFrom",
        dev.mynalab.rulebook.RuleBook.PHONE_HEALTH_INSURANCE_FROM.toString());
    return body;
  }

  private static Map<String, Object> describe(Smartphone p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", p.id());
    m.put("model", p.model().name());
    m.put("platform", p.platform().code());
    m.put("loaded", p.loaded());
    m.put("holderReference", p.holderReference().orElse(null));
    m.put(
        "userCertificateSerial", p.userCertificate().map(SmartphoneAdminApi::serial).orElse(null));
    m.put(
        "signingCertificateSerial",
        p.signingCertificate().map(SmartphoneAdminApi::serial).orElse(null));
    m.put("cardFace", p.holdsCardFace());
    m.put("lost", p.lost());
    return m;
  }

  private static String serial(X509Certificate c) {
    return c.getSerialNumber().toString(16);
  }

  /** The routes, for documentation and tests. */
  public static List<String> routes() {
    return List.of(
        "GET " + PHONES,
        "GET " + PHONES + "/<id>",
        "POST " + PHONES + "/<id>/lost",
        "GET /admin/parameters");
  }
}
