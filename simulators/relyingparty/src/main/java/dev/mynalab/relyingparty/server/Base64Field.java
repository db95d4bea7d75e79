package dev.mynalab.relyingparty.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mynalab.kit.problem.Problem;
import dev.mynalab.kit.problem.ProblemException;
import java.io.ByteArrayInputStream;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;

/** Reading the JSON fields of the protocol plane; every bad value is a 4xx naming the field. */
final class Base64Field {

  private Base64Field() {}

  static String text(JsonNode body, String field) {
    JsonNode n = body.get(field);
    if (n == null || !n.isTextual() || n.asText().isBlank()) {
      throw new ProblemException(
          Problem.invalidField("/" + field, field + " is required (a string)"));
    }
    return n.asText();
  }

  static byte[] bytes(JsonNode body, String field) {
    String value = text(body, field);
    try {
      byte[] b = Base64.getDecoder().decode(value.replaceAll("\\s", ""));
      if (b.length == 0) {
        throw new IllegalArgumentException("empty");
      }
      return b;
    } catch (IllegalArgumentException e) {
      throw new ProblemException(
          Problem.invalidField("/" + field, field + " must be non-empty base64"));
    }
  }

  static X509Certificate certificate(JsonNode body, String field) {
    byte[] der = bytes(body, field);
    try {
      return (X509Certificate)
          CertificateFactory.getInstance("X.509")
              .generateCertificate(new ByteArrayInputStream(der));
    } catch (Exception e) {
      throw new ProblemException(
          Problem.invalidField("/" + field, field + " is not a DER X.509 certificate"));
    }
  }

  static JsonNode object(dev.mynalab.kit.http.HttpRequest request) {
    JsonNode body = request.json();
    if (!body.isObject()) {
      throw new ProblemException(Problem.malformed("the request body must be a JSON object"));
    }
    return body;
  }
}
