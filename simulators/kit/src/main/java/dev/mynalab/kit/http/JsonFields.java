package dev.mynalab.kit.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mynalab.kit.problem.Problem;
import dev.mynalab.kit.problem.ProblemException;
import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;

/** Reading request fields: every bad value is a 422 problem whose pointer names the field. */
public final class JsonFields {

  private JsonFields() {}

  public static JsonNode object(JsonNode body) {
    if (body == null || !body.isObject()) {
      throw new ProblemException(Problem.malformed("a JSON object is expected"));
    }
    return body;
  }

  public static String text(JsonNode body, String field) {
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

  public static String optionalText(JsonNode body, String field) {
    JsonNode n = body.get(field);
    return n == null || n.isNull() ? null : text(body, field);
  }

  public static byte[] base64(JsonNode body, String field) {
    String s = text(body, field);
    try {
      return Base64.getDecoder().decode(s.replaceAll("\\s", ""));
    } catch (IllegalArgumentException e) {
      throw new ProblemException(Problem.invalidField("/" + field, field + " is not base64"));
    }
  }

  /**
   * Runs {@code read} on a nested object, so that a bad field's pointer starts with {@code prefix}.
   */
  public static <T> T under(String prefix, java.util.function.Supplier<T> read) {
    try {
      return read.get();
    } catch (ProblemException e) {
      Problem p = e.problem();
      if (p.pointer() == null || p.pointer().startsWith(prefix + "/")) {
        throw e;
      }
      throw new ProblemException(
          new Problem(p.type(), p.title(), p.status(), p.detail(), prefix + p.pointer()));
    }
  }

  public static JsonNode child(JsonNode body, String field) {
    JsonNode n = body.get(field);
    if (n == null || !n.isObject()) {
      throw new ProblemException(Problem.invalidField("/" + field, field + " must be an object"));
    }
    return n;
  }

  public static java.time.LocalDate date(JsonNode body, String field, String pointer) {
    JsonNode n = body.get(field);
    if (n == null || n.isNull()) {
      return null;
    }
    try {
      return java.time.LocalDate.parse(n.asText());
    } catch (java.time.format.DateTimeParseException e) {
      throw new ProblemException(Problem.invalidField(pointer, "a date like 2025-04-01"));
    }
  }

  public static X509Certificate certificate(JsonNode body, String field) {
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
