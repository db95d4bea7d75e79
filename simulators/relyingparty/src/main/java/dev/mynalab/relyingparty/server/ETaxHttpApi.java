package dev.mynalab.relyingparty.server;

import dev.mynalab.kit.http.HttpEndpoint;
import dev.mynalab.kit.http.HttpRequest;
import dev.mynalab.kit.http.HttpResponse;
import dev.mynalab.relyingparty.etax.ETaxOutcome;
import dev.mynalab.relyingparty.etax.ETaxReception;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The e-Tax 受付システム's protocol plane: {@code POST /etax/v1/registrations} and {@code POST
 * /etax/v1/returns}, each {@code {"document": "<base64 CMS SignedData>"}}. 受付 is 201 with the
 * number; a refusal is a 200 decision with {@code accepted:false} and the reason; bad input is a
 * 4xx problem pointing at the field.
 */
final class ETaxHttpApi {

  private final ETaxReception reception;

  ETaxHttpApi(ETaxReception reception) {
    this.reception = reception;
  }

  HttpEndpoint.Builder routes(HttpEndpoint.Builder b) {
    return b.post("/etax/v1/registrations", r -> answer(reception.register(document(r))))
        .post("/etax/v1/returns", r -> answer(reception.file(document(r))))
        .get("/etax/v1/health", r -> HttpResponse.ok(Map.of("status", "up")));
  }

  private static byte[] document(HttpRequest r) {
    return Base64Field.bytes(Base64Field.object(r), "document");
  }

  private static HttpResponse answer(ETaxOutcome o) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("accepted", o.accepted());
    if (o.number() != null) {
      body.put("number", o.number());
    }
    if (o.refusal() != null) {
      body.put("refusal", o.refusal().name());
      body.put("message", o.refusal().japanese());
    }
    body.put("reasons", o.reasons());
    if (o.signer() != null) {
      body.put("signer", o.signer());
    }
    if (o.signingTime() != null) {
      body.put("signingTime", o.signingTime().toString());
    }
    body.put("receivedAt", o.receivedAt().toString());
    return HttpResponse.json(o.accepted() ? 201 : 200, body);
  }
}
