package dev.mynalab.medical.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mynalab.kit.http.HttpEndpoint;
import dev.mynalab.kit.http.HttpRequest;
import dev.mynalab.kit.http.HttpResponse;
import dev.mynalab.kit.http.JsonFields;
import dev.mynalab.kit.problem.Problem;
import dev.mynalab.kit.problem.ProblemException;
import dev.mynalab.medical.eligibility.Identity;
import dev.mynalab.medical.eligibility.OnlineEligibilityService;
import dev.mynalab.medical.facility.MedicalFacility;
import dev.mynalab.verifier.login.Challenge;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The protocol plane of the オンライン資格確認等システム, for a vendor's 顔認証付きカードリーダー software (the card and the
 * face matching stay at the reader; the certificate, the outcome of the identity check and, for the
 * PIN path, the signature over the challenge travel):
 *
 * <pre>
 * POST /v1/eligibility/challenges → 201 {challengeId, challenge, algorithm, expiresAt}
 * POST /v1/eligibility {facility: {name, kind, readerInstalledOn?}, certificate,
 *                       identity: {method: face, score, matched} | {method: pin, challengeId, signature}
 *                                | {method: visual, staff}}
 *                      → the eligibility answer
 * </pre>
 *
 * Refusals are 403 problems typed {@code urn:mynalab:problem:medical-<reason>}; bad input 4xx with
 * a pointer to the field; never a 5xx.
 */
final class MedicalHttpApi {

  private final OnlineEligibilityService service;

  MedicalHttpApi(OnlineEligibilityService service) {
    this.service = service;
  }

  HttpEndpoint.Builder routes(HttpEndpoint.Builder b) {
    return b.post("/v1/eligibility/challenges", this::challenge)
        .post("/v1/eligibility", this::check);
  }

  private HttpResponse challenge(HttpRequest r) {
    Challenge c = service.challenge();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("challengeId", c.id());
    out.put("challenge", Base64.getEncoder().encodeToString(c.nonce()));
    out.put("algorithm", "SHA256withRSA");
    out.put("expiresAt", c.expiresAt().toString());
    return HttpResponse.json(201, out);
  }

  private HttpResponse check(HttpRequest r) {
    JsonNode body = JsonFields.object(r.json());
    JsonNode f = JsonFields.child(body, "facility");
    MedicalFacility facility = JsonFields.under("/facility", () -> facility(f));
    X509Certificate cert = JsonFields.certificate(body, "certificate");
    JsonNode i = JsonFields.child(body, "identity");
    Identity identity = JsonFields.under("/identity", () -> identity(i));
    return HttpResponse.ok(service.check(facility, cert, identity));
  }

  private static MedicalFacility facility(JsonNode f) {
    String name = JsonFields.text(f, "name").trim();
    String kindText = JsonFields.text(f, "kind");
    MedicalFacility.Kind kind;
    try {
      kind = MedicalFacility.Kind.valueOf(kindText);
    } catch (IllegalArgumentException e) {
      throw new ProblemException(
          Problem.invalidField("/facility/kind", "kind must be CLINIC, HOSPITAL or PHARMACY"));
    }
    return new MedicalFacility(
        name, kind, JsonFields.date(f, "readerInstalledOn", "/facility/readerInstalledOn"));
  }

  private static Identity identity(JsonNode i) {
    String method = JsonFields.text(i, "method");
    switch (method) {
      case "face" -> {
        JsonNode score = i.get("score");
        JsonNode matched = i.get("matched");
        if (score == null || !score.isNumber() || score.asDouble() < 0 || score.asDouble() > 1) {
          throw new ProblemException(
              Problem.invalidField("/identity/score", "score must be a number in [0, 1]"));
        }
        if (matched == null || !matched.isBoolean()) {
          throw new ProblemException(
              Problem.invalidField("/identity/matched", "matched must be true or false"));
        }
        return new Identity.Face(score.asDouble(), matched.asBoolean());
      }
      case "pin" -> {
        String challengeId = JsonFields.text(i, "challengeId");
        return new Identity.Pin(challengeId, JsonFields.base64(i, "signature"));
      }
      case "visual" -> {
        return new Identity.Visual(JsonFields.text(i, "staff"));
      }
      default ->
          throw new ProblemException(
              Problem.invalidField("/identity/method", "method must be face, pin or visual"));
    }
  }
}
