package dev.mynalab.relyingparty.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mynalab.kit.http.HttpEndpoint;
import dev.mynalab.kit.http.HttpRequest;
import dev.mynalab.kit.http.HttpResponse;
import dev.mynalab.relyingparty.platform.LoginAnswer;
import dev.mynalab.relyingparty.platform.PlatformOperator;
import dev.mynalab.relyingparty.platform.SignatureAnswer;
import dev.mynalab.verifier.login.Challenge;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The platform operator's protocol plane, for its businesses:
 *
 * <ul>
 *   <li>{@code POST /platform/v1/signatures} {@code {"business", "document"}} → 200 {@code {valid,
 *       status, reasons, basicFour?}}; a business that is not a みなし署名検証者 (or not contracted) → 403;
 *   <li>{@code POST /platform/v1/login/challenges} {@code {"business"}} → 201 {@code {challengeId,
 *       challenge, expiresAt}};
 *   <li>{@code POST /platform/v1/login/verify} {@code {"business", "challengeId", "signature",
 *       "certificate"}} → 200 {@code {authenticated, outcome, reasons}} (never 基本4情報).
 * </ul>
 *
 * The business names itself in the body (a simplification: a production platform authenticates it
 * by contract credentials, e.g. a TLS client certificate).
 */
final class PlatformHttpApi {

  private final PlatformOperator platform;

  PlatformHttpApi(PlatformOperator platform) {
    this.platform = platform;
  }

  HttpEndpoint.Builder routes(HttpEndpoint.Builder b) {
    return b.post("/platform/v1/signatures", this::signature)
        .post("/platform/v1/login/challenges", this::challenge)
        .post("/platform/v1/login/verify", this::verify)
        .get("/platform/v1/health", r -> HttpResponse.ok(Map.of("status", "up")));
  }

  private HttpResponse signature(HttpRequest r) {
    JsonNode body = Base64Field.object(r);
    String business = Base64Field.text(body, "business");
    SignatureAnswer a = platform.verifySignature(business, Base64Field.bytes(body, "document"));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("business", a.business());
    out.put("valid", a.valid());
    out.put("status", a.status());
    out.put("reasons", a.reasons());
    if (a.basicFour() != null) {
      out.put("basicFour", a.basicFour());
    }
    if (a.signingTime() != null) {
      out.put("signingTime", a.signingTime().toString());
    }
    return HttpResponse.ok(out);
  }

  private HttpResponse challenge(HttpRequest r) {
    JsonNode body = Base64Field.object(r);
    Challenge c = platform.loginChallenge(Base64Field.text(body, "business"));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("challengeId", c.id());
    out.put("challenge", Base64.getEncoder().encodeToString(c.nonce()));
    out.put("algorithm", "SHA256withRSA");
    out.put("expiresAt", c.expiresAt().toString());
    return HttpResponse.json(201, out);
  }

  private HttpResponse verify(HttpRequest r) {
    JsonNode body = Base64Field.object(r);
    String business = Base64Field.text(body, "business");
    String challengeId = Base64Field.text(body, "challengeId");
    byte[] signature = Base64Field.bytes(body, "signature");
    LoginAnswer a =
        platform.verifyLogin(
            business, challengeId, signature, Base64Field.certificate(body, "certificate"));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("business", a.business());
    out.put("authenticated", a.authenticated());
    out.put("outcome", a.outcome());
    out.put("reasons", a.reasons());
    out.put("certificateCarriesBasicFour", a.certificateCarriesBasicFour());
    return HttpResponse.ok(out);
  }
}
