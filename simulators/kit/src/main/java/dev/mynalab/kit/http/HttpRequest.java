package dev.mynalab.kit.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.mynalab.kit.fixtures.Json;
import dev.mynalab.kit.problem.Problem;
import dev.mynalab.kit.problem.ProblemException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One request as a handler sees it: method, path, query, headers, the whole body, and the TLS
 * client certificate chain when the listener asked for one.
 */
public record HttpRequest(
    String method,
    URI uri,
    Map<String, List<String>> headers,
    byte[] body,
    List<X509Certificate> clientCertificates) {

  public String path() {
    return uri.getPath();
  }

  public Optional<String> header(String name) {
    return headers.entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(name))
        .flatMap(e -> e.getValue().stream())
        .findFirst();
  }

  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** The body as a JSON tree; malformed JSON is a 400 problem. */
  public JsonNode json() {
    if (body.length == 0) {
      throw new ProblemException(Problem.malformed("the request body is empty; JSON expected"));
    }
    try {
      return Json.mapper().readTree(body);
    } catch (JsonProcessingException e) {
      throw new ProblemException(
          Problem.malformed("the request body is not valid JSON: " + e.getOriginalMessage()));
    } catch (java.io.IOException e) {
      throw new ProblemException(Problem.malformed("the request body could not be read"));
    }
  }

  /** The body bound to {@code type}; malformed JSON or unknown fields are a 400 problem. */
  public <T> T json(Class<T> type) {
    try {
      return Json.mapper().readValue(body, type);
    } catch (com.fasterxml.jackson.databind.exc.MismatchedInputException e) {
      String pointer = JsonPointers.of(e.getPath());
      throw new ProblemException(
          Problem.invalidField(pointer, "cannot read this field: " + e.getOriginalMessage()));
    } catch (JsonProcessingException e) {
      throw new ProblemException(
          Problem.malformed("the request body is not valid JSON: " + e.getOriginalMessage()));
    } catch (java.io.IOException e) {
      throw new ProblemException(Problem.malformed("the request body could not be read"));
    }
  }
}
