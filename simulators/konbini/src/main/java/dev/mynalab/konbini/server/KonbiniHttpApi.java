package dev.mynalab.konbini.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mynalab.card.personalisation.SecretRef;
import dev.mynalab.kit.http.HttpEndpoint;
import dev.mynalab.kit.http.HttpRequest;
import dev.mynalab.kit.http.HttpResponse;
import dev.mynalab.kit.http.JsonFields;
import dev.mynalab.kit.problem.Problem;
import dev.mynalab.kit.problem.ProblemException;
import dev.mynalab.konbini.CertificateHolders;
import dev.mynalab.konbini.Document;
import dev.mynalab.konbini.IssuanceCenter;
import dev.mynalab.konbini.KonbiniRefusal;
import dev.mynalab.konbini.pinreset.ResetBookings;
import dev.mynalab.verifier.login.Challenge;
import dev.mynalab.verifier.login.LoginService;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The protocol plane of the 証明書交付センター, for a vendor's kiosk software (the card stays with the
 * kiosk; only the certificate and the signature over the challenge travel):
 *
 * <pre>
 * GET  /v1/service-status                → {open, reason?, now}            (CS-01)
 * POST /v1/sessions                      → 201 {challengeId, challenge, algorithm, expiresAt}
 * POST /v1/sessions/answer   {challengeId, certificate, signature, algorithm?}
 *                                        → {sessionId, expiresAt, menu: [{document, name, municipality}]}
 * POST /v1/documents         {sessionId, document, store}  → the issued document
 * POST /v1/pin-reset-bookings {certificate, target: SIGN_PASSWORD|AUTH_PIN} → 201 booking (PN-02)
 * </pre>
 *
 * Refusals are 403 problems typed {@code urn:mynalab:problem:konbini-<reason>}; bad input is 4xx
 * with a pointer to the field; never a 5xx.
 */
final class KonbiniHttpApi {

  private final IssuanceCenter center;
  private final ResetBookings bookings;
  private final CertificateHolders holders;

  KonbiniHttpApi(IssuanceCenter center, ResetBookings bookings, CertificateHolders holders) {
    this.center = center;
    this.bookings = bookings;
    this.holders = holders;
  }

  HttpEndpoint.Builder routes(HttpEndpoint.Builder b) {
    return b.get("/v1/service-status", this::status)
        .post("/v1/sessions/answer", this::answer)
        .post("/v1/sessions", this::begin)
        .post("/v1/documents", this::issue)
        .post("/v1/pin-reset-bookings", this::book);
  }

  private HttpResponse status(HttpRequest r) {
    Map<String, Object> out = new LinkedHashMap<>();
    var reason = center.closedReason();
    out.put("open", reason.isEmpty());
    reason.ifPresent(x -> out.put("reason", x));
    out.put("now", center.clock().zonedNow().toOffsetDateTime().toString());
    return HttpResponse.ok(out);
  }

  private HttpResponse begin(HttpRequest r) {
    Challenge c = center.begin();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("challengeId", c.id());
    out.put("challenge", Base64.getEncoder().encodeToString(c.nonce()));
    out.put("algorithm", "SHA256withRSA");
    out.put("expiresAt", c.expiresAt().toString());
    return HttpResponse.json(201, out);
  }

  private HttpResponse answer(HttpRequest r) {
    JsonNode body = JsonFields.object(r.json());
    String challengeId = JsonFields.text(body, "challengeId");
    X509Certificate cert = JsonFields.certificate(body, "certificate");
    byte[] signature = JsonFields.base64(body, "signature");
    String algorithm = JsonFields.optionalText(body, "algorithm");
    if (algorithm != null && !LoginService.ALGORITHMS.contains(algorithm)) {
      throw new ProblemException(
          Problem.invalidField(
              "/algorithm", "algorithm must be one of " + LoginService.ALGORITHMS));
    }
    IssuanceCenter.Session s = center.authenticate(challengeId, cert, signature, algorithm);
    List<Map<String, String>> menu =
        s.menu().stream()
            .map(
                o ->
                    Map.of(
                        "document", o.document().name(),
                        "name", o.document().japaneseName(),
                        "municipality", o.municipality()))
            .toList();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("sessionId", s.id());
    out.put("expiresAt", s.expiresAt().toString());
    out.put("menu", menu);
    return HttpResponse.ok(out);
  }

  private HttpResponse issue(HttpRequest r) {
    JsonNode body = JsonFields.object(r.json());
    String sessionId = JsonFields.text(body, "sessionId");
    String docText = JsonFields.text(body, "document");
    Document document =
        Document.parse(docText)
            .orElseThrow(
                () ->
                    new ProblemException(
                        Problem.invalidField(
                            "/document",
                            "unknown document "
                                + docText
                                + "; one of "
                                + List.of(Document.values()))));
    String store = JsonFields.text(body, "store");
    return HttpResponse.ok(center.issue(sessionId, document, store));
  }

  private HttpResponse book(HttpRequest r) {
    JsonNode body = JsonFields.object(r.json());
    X509Certificate cert = JsonFields.certificate(body, "certificate");
    String targetText = JsonFields.text(body, "target");
    SecretRef target;
    try {
      target = SecretRef.valueOf(targetText);
    } catch (IllegalArgumentException e) {
      throw new ProblemException(
          Problem.invalidField("/target", "target must be SIGN_PASSWORD or AUTH_PIN"));
    }
    if (target != SecretRef.SIGN_PASSWORD && target != SecretRef.AUTH_PIN) {
      throw KonbiniRefusal.refused(
          "counter-only",
          "PN-02",
          "/target",
          target + " can be reset only at the municipal counter");
    }
    String personId =
        holders
            .personIdOf(cert)
            .orElseThrow(
                () ->
                    KonbiniRefusal.refused(
                        "holder-unknown", "PN-02", "/certificate", "the 機構 knows no such card"));
    ResetBookings.Booking b = bookings.book(personId, target);
    return HttpResponse.json(
        201, Map.of("target", target.name(), "expiresAt", b.expiresAt().toString()));
  }
}
