package dev.mynalab.verifier.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mynalab.kit.http.HttpEndpoint;
import dev.mynalab.kit.http.HttpRequest;
import dev.mynalab.kit.http.HttpResponse;
import dev.mynalab.kit.problem.Problem;
import dev.mynalab.kit.problem.ProblemException;
import dev.mynalab.verifier.CertificateValidator;
import dev.mynalab.verifier.Purpose;
import dev.mynalab.verifier.RevocationInfo;
import dev.mynalab.verifier.Verdict;
import dev.mynalab.verifier.document.DocumentVerdict;
import dev.mynalab.verifier.document.SignedDocumentValidator;
import dev.mynalab.verifier.login.Challenge;
import dev.mynalab.verifier.login.LoginService;
import dev.mynalab.verifier.login.LoginVerdict;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The verifier's protocol plane (contract: {@code openapi.yaml}), for registered relying parties
 * only (TLS client certificate from the RP CA, registered):
 *
 * <ul>
 *   <li>{@code POST /v1/certificates/validate} {@code {certificate, purpose, at?}} → a verdict;
 *   <li>{@code POST /v1/documents/validate} {@code {document, content?, at?}} → a CMS verdict;
 *   <li>{@code POST /v1/login/challenges} → {@code 201 {challengeId, challenge, expiresAt}};
 *   <li>{@code POST /v1/login/verify} {@code {challengeId, signature, certificate, algorithm?}};
 *   <li>{@code GET /v1/health}.
 * </ul>
 *
 * Bad input is a 4xx problem pointing at the field; a verdict (even REVOKED or INDETERMINATE) is a
 * 200 — the request was fine, the certificate was not.
 */
public final class VerifierHttpApi {

  private final CertificateValidator validator;
  private final SignedDocumentValidator documents;
  private final LoginService logins;
  private final RelyingParties parties;
  private final RelyingParties.RelyingParty withoutCertificate;

  public VerifierHttpApi(
      CertificateValidator validator,
      SignedDocumentValidator documents,
      LoginService logins,
      RelyingParties parties) {
    this(validator, documents, logins, parties, null);
  }

  /**
   * @param withoutCertificate the relying party a request without a TLS client certificate is taken
   *     for — only for the plain-HTTP loopback listener of load tests; null everywhere else
   */
  public VerifierHttpApi(
      CertificateValidator validator,
      SignedDocumentValidator documents,
      LoginService logins,
      RelyingParties parties,
      RelyingParties.RelyingParty withoutCertificate) {
    this.validator = validator;
    this.documents = documents;
    this.logins = logins;
    this.parties = parties;
    this.withoutCertificate = withoutCertificate;
  }

  public HttpEndpoint.Builder routes(HttpEndpoint.Builder builder) {
    return routes(builder, () -> this);
  }

  /**
   * The same routes, each request answered by whichever API {@code current} returns at that moment
   * — for a verifier whose trust can be reloaded while it serves ({@link FileTrustVerifier}): a
   * request is judged wholly on the old or wholly on the new trust, never on a mix.
   */
  public static HttpEndpoint.Builder routes(
      HttpEndpoint.Builder builder, Supplier<VerifierHttpApi> current) {
    return builder
        .post("/v1/certificates/validate", r -> current.get().validateCertificate(r))
        .post("/v1/documents/validate", r -> current.get().validateDocument(r))
        .post("/v1/login/challenges", r -> current.get().challenge(r))
        .post("/v1/login/verify", r -> current.get().login(r))
        .get("/v1/health", r -> HttpResponse.ok(Map.of("status", "UP")));
  }

  HttpResponse validateCertificate(HttpRequest request) {
    RelyingParties.RelyingParty rp = caller(request);
    JsonNode body = object(request, Set.of("certificate", "purpose", "at"));
    byte[] der = base64(body, "certificate", true);
    Purpose purpose = purpose(body);
    Instant at = at(body);
    X509Certificate cert;
    try {
      cert = CertificateValidator.parse(der);
    } catch (IllegalArgumentException e) {
      throw new ProblemException(
          Problem.invalidField("/certificate", "not a DER X.509 certificate"));
    }
    Verdict v = validator.validate(cert, purpose, at);
    if (purpose == Purpose.SIGN && v.isValid() && rp.role().receivesBasicFour()) {
      Map<String, String> four = CertificateValidator.basicFour(cert);
      if (!four.isEmpty()) {
        v = v.withBasicFour(four);
      }
    }
    return HttpResponse.ok(verdictJson(v));
  }

  HttpResponse validateDocument(HttpRequest request) {
    RelyingParties.RelyingParty rp = caller(request);
    JsonNode body = object(request, Set.of("document", "content", "at"));
    byte[] cms = base64(body, "document", true);
    byte[] content = base64(body, "content", false);
    Instant at = body.has("at") ? at(body) : null;
    DocumentVerdict d;
    try {
      d = documents.validate(cms, content, at);
    } catch (IllegalArgumentException e) {
      throw new ProblemException(
          Problem.invalidField(
              e.getMessage().startsWith("detached") ? "/content" : "/document", e.getMessage()));
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("status", d.status().name());
    out.put("reasons", d.reasons());
    out.put("signingTime", text(d.signingTime()));
    out.put("contentSha256", d.contentSha256());
    Verdict signer = d.certificate();
    if (signer != null && !rp.role().receivesBasicFour()) {
      // the 基本4情報 of the signer go to 署名検証者 (and platform operators) only
      signer = signer.withBasicFour(null);
    }
    out.put("signer", signer == null ? null : verdictJson(signer));
    return HttpResponse.ok(out);
  }

  HttpResponse challenge(HttpRequest request) {
    caller(request);
    Challenge c = logins.issue();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("challengeId", c.id());
    out.put("challenge", Base64.getEncoder().encodeToString(c.nonce()));
    out.put("algorithm", "SHA256withRSA");
    out.put("expiresAt", c.expiresAt().toString());
    return HttpResponse.json(201, out);
  }

  HttpResponse login(HttpRequest request) {
    caller(request);
    JsonNode body = object(request, Set.of("challengeId", "signature", "certificate", "algorithm"));
    String id = requiredText(body, "challengeId");
    byte[] signature = base64(body, "signature", true);
    byte[] der = base64(body, "certificate", true);
    String algorithm = body.has("algorithm") ? requiredText(body, "algorithm") : null;
    if (algorithm != null && !LoginService.ALGORITHMS.contains(algorithm)) {
      throw new ProblemException(
          Problem.invalidField(
              "/algorithm", "algorithm must be one of " + LoginService.ALGORITHMS));
    }
    X509Certificate cert;
    try {
      cert = CertificateValidator.parse(der);
    } catch (IllegalArgumentException e) {
      throw new ProblemException(
          Problem.invalidField("/certificate", "not a DER X.509 certificate"));
    }
    LoginVerdict v = logins.answer(id, signature, cert, algorithm);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("authenticated", v.authenticated());
    out.put("outcome", v.outcome());
    out.put("reasons", v.reasons());
    out.put("certificate", v.certificate() == null ? null : verdictJson(v.certificate()));
    return HttpResponse.ok(out);
  }

  /** The verdict as the contract's JSON object. */
  public static Map<String, Object> verdictJson(Verdict v) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("status", v.status().name());
    out.put("reasons", v.reasons());
    RevocationInfo r = v.revocation();
    if (r == null) {
      out.put("revocation", null);
    } else {
      Map<String, Object> rev = new LinkedHashMap<>();
      rev.put("source", r.source());
      rev.put("checkedAt", text(r.checkedAt()));
      rev.put("thisUpdate", text(r.thisUpdate()));
      rev.put("nextUpdate", text(r.nextUpdate()));
      rev.put("cached", r.cached());
      if (r.revokedAt() != null) {
        rev.put("revokedAt", text(r.revokedAt()));
        rev.put("reason", r.reason());
      }
      out.put("revocation", rev);
    }
    out.put("purpose", v.purpose().code());
    out.put("at", text(v.at()));
    Map<String, Object> cert = new LinkedHashMap<>();
    cert.put("serial", v.serial());
    cert.put("subject", v.subject());
    cert.put("issuer", v.issuer());
    cert.put("notBefore", text(v.notBefore()));
    cert.put("notAfter", text(v.notAfter()));
    out.put("certificate", cert);
    if (v.basicFour() != null) {
      out.put("basicFour", v.basicFour());
    }
    return out;
  }

  private static String text(Instant i) {
    return i == null ? null : i.toString();
  }

  private RelyingParties.RelyingParty caller(HttpRequest request) {
    if (withoutCertificate != null && request.clientCertificates().isEmpty()) {
      return withoutCertificate;
    }
    return parties
        .identify(request.clientCertificates())
        .orElseThrow(
            () ->
                new ProblemException(
                    Problem.forbidden(
                        "the verifier answers registered relying parties only"
                            + " (TLS client certificate of a registered 署名検証者 / 利用者証明検証者)")));
  }

  private static JsonNode object(HttpRequest request, Set<String> allowed) {
    JsonNode body = request.json();
    if (!body.isObject()) {
      throw new ProblemException(Problem.malformed("the request body must be a JSON object"));
    }
    Iterator<String> names = body.fieldNames();
    while (names.hasNext()) {
      String n = names.next();
      if (!allowed.contains(n)) {
        throw new ProblemException(Problem.invalidField("/" + n, "unknown field " + n));
      }
    }
    return body;
  }

  private static String requiredText(JsonNode body, String field) {
    JsonNode n = body.get(field);
    if (n == null || n.isNull()) {
      throw new ProblemException(Problem.invalidField("/" + field, field + " is required"));
    }
    if (!n.isTextual() || n.asText().isBlank()) {
      throw new ProblemException(
          Problem.invalidField("/" + field, field + " must be a non-empty string"));
    }
    return n.asText();
  }

  private static byte[] base64(JsonNode body, String field, boolean required) {
    if (!required && (!body.has(field) || body.get(field).isNull())) {
      return null;
    }
    String text = requiredText(body, field);
    try {
      return Base64.getMimeDecoder().decode(text.trim());
    } catch (IllegalArgumentException e) {
      throw new ProblemException(
          Problem.invalidField("/" + field, field + " must be base64 (RFC 4648)"));
    }
  }

  private static Purpose purpose(JsonNode body) {
    String p = requiredText(body, "purpose");
    return Purpose.ofCode(p)
        .orElseThrow(
            () ->
                new ProblemException(
                    Problem.invalidField("/purpose", "purpose must be \"auth\" or \"sign\"")));
  }

  private Instant at(JsonNode body) {
    if (!body.has("at") || body.get("at").isNull()) {
      return validator.clock().instant();
    }
    String text = requiredText(body, "at");
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return Instant.parse(text);
      } catch (DateTimeParseException e2) {
        throw new ProblemException(
            Problem.invalidField(
                "/at",
                "at must be an ISO-8601 instant with offset, e.g. 2026-11-27T09:00:00+09:00"));
      }
    }
  }
}
