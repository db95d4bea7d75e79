package dev.mynalab.konbini.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mynalab.kit.problem.Problem;
import dev.mynalab.kit.problem.ProblemException;
import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;

/** Reading request fields: every bad value is a 422 problem whose pointer names the field. */
final class Fields {

  private Fields() {}

  static JsonNode object(JsonNode body) {
    if (body == null || !body.isObject()) {
      throw new ProblemException(Problem.malformed("a JSON object is expected"));
    }
    return body;
  }

  static String text(JsonNode body, String field) {
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

  static String optionalText(JsonNode body, String field) {
    JsonNode n = body.get(field);
    return n == null || n.isNull() ? null : text(body, field);
  }

  static byte[] base64(JsonNode body, String field) {
    String s = text(body, field);
    try {
      return Base64.getDecoder().decode(s.replaceAll("\\s", ""));
    } catch (IllegalArgumentException e) {
      throw new ProblemException(Problem.invalidField("/" + field, field + " is not base64"));
    }
  }

  static X509Certificate certificate(JsonNode body, String field) {
    byte[] der = base64(body, field);
    try {
      return (X509Certificate)
          CertificateFactory.getInstance("X.509")
              .generateCertificate(new ByteArrayInputStream(der));
    } catch (CertificateException | RuntimeException e) {
      throw new ProblemException(
          Problem.invalidField("/" + field, field + " is not a DER X.509 certificate"));
    }
  }
}
