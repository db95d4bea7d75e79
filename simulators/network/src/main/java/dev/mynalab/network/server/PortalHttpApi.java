package dev.mynalab.network.server;

import dev.mynalab.kit.http.HttpEndpoint;
import dev.mynalab.kit.http.HttpRequest;
import dev.mynalab.kit.http.HttpResponse;
import dev.mynalab.kit.journal.Journal;
import dev.mynalab.kit.problem.Problem;
import dev.mynalab.kit.problem.ProblemException;
import dev.mynalab.network.portal.LoginChallenge;
import dev.mynalab.network.portal.MynaPortal;
import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * マイナポータル over HTTP (kit {@link HttpEndpoint}), for the person's browser or app:
 *
 * <pre>
 * POST /portal/v1/login/challenge                  → 200 {"challengeId","nonce","expiresAt"}
 * POST /portal/v1/login {"challengeId","signature","certificates":[base64 DER…]} → 200 {"session"}
 * GET  /portal/v1/me/exchanges                     → やりとり履歴
 * GET  /portal/v1/me/self-information?item=ITEM    → 自己情報 (each ask recorded)
 * GET  /portal/v1/me/notices                       → お知らせ
 * POST /portal/v1/logout
 * </pre>
 *
 * The session travels as {@code Authorization: Bearer}. Bad input is a 4xx problem pointing at the
 * field; a failed login is 401.
 */
public final class PortalHttpApi {

  record LoginBody(String challengeId, String signature, List<String> certificates) {}

  private final MynaPortal portal;
  private final Journal journal;

  public PortalHttpApi(MynaPortal portal, Journal journal) {
    this.portal = portal;
    this.journal = journal;
  }

  public HttpEndpoint.Builder routes(HttpEndpoint.Builder builder) {
    return builder
        .post("/portal/v1/login/challenge", this::challenge)
        .post("/portal/v1/login", this::login)
        .post("/portal/v1/logout", this::logout)
        .get("/portal/v1/me/exchanges", r -> HttpResponse.ok(portal.exchanges(Requests.bearer(r))))
        .get("/portal/v1/me/notices", r -> HttpResponse.ok(portal.notices(Requests.bearer(r))))
        .get("/portal/v1/me/self-information", this::selfInformation);
  }

  public HttpEndpoint start(int port) {
    return routes(HttpEndpoint.builder("portal").port(port).journal(journal)).start();
  }

  private HttpResponse challenge(HttpRequest request) {
    Requests.exactPath(request, "/portal/v1/login/challenge");
    LoginChallenge challenge = portal.challenge();
    return HttpResponse.ok(
        Map.of(
            "challengeId", challenge.id(),
            "nonce", Base64.getEncoder().encodeToString(challenge.nonce()),
            "expiresAt", challenge.expiresAt().toString()));
  }

  private HttpResponse login(HttpRequest request) {
    Requests.exactPath(request, "/portal/v1/login");
    LoginBody body = Requests.body(request, LoginBody.class);
    if (body.challengeId() == null || body.challengeId().isBlank()) {
      throw new ProblemException(Problem.invalidField("/challengeId", "required"));
    }
    byte[] signature = Requests.base64(body.signature(), "/signature");
    if (body.certificates() == null || body.certificates().isEmpty()) {
      throw new ProblemException(
          Problem.invalidField("/certificates", "the user certificate (base64 DER) is required"));
    }
    List<X509Certificate> chain = new ArrayList<>();
    for (int i = 0; i < body.certificates().size(); i++) {
      String pointer = "/certificates/" + i;
      byte[] der = Requests.base64(body.certificates().get(i), pointer);
      try {
        chain.add(
            (X509Certificate)
                CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der)));
      } catch (CertificateException | RuntimeException e) {
        throw new ProblemException(Problem.invalidField(pointer, "not a DER X.509 certificate"));
      }
    }
    String session = portal.login(body.challengeId(), signature, chain);
    return HttpResponse.ok(Map.of("session", session));
  }

  private HttpResponse logout(HttpRequest request) {
    portal.logout(Requests.bearer(request));
    return HttpResponse.json(200, Map.of("loggedOut", true));
  }

  private HttpResponse selfInformation(HttpRequest request) {
    String session = Requests.bearer(request);
    String item =
        Requests.query(request, "item")
            .filter(s -> !s.isBlank())
            .orElseThrow(
                () ->
                    new ProblemException(
                        Problem.invalidField("/item", "query parameter 'item' is required")));
    return HttpResponse.ok(portal.selfInformation(session, item));
  }
}
