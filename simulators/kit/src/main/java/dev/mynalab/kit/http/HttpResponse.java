package dev.mynalab.kit.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.mynalab.kit.fixtures.Json;
import dev.mynalab.kit.problem.Problem;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** What a handler answers: status, content type, extra headers and body bytes. */
public record HttpResponse(
    int status, String contentType, Map<String, String> headers, byte[] body) {

  public static HttpResponse json(int status, Object value) {
    try {
      return new HttpResponse(
          status, "application/json", Map.of(), Json.mapper().writeValueAsBytes(value));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise " + value.getClass().getName(), e);
    }
  }

  public static HttpResponse ok(Object value) {
    return json(200, value);
  }

  public static HttpResponse bytes(int status, String contentType, byte[] body) {
    return new HttpResponse(status, contentType, Map.of(), body);
  }

  public static HttpResponse text(int status, String text) {
    return bytes(status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
  }

  public static HttpResponse problem(Problem problem) {
    try {
      return new HttpResponse(
          problem.status(),
          "application/problem+json",
          Map.of(),
          Json.mapper().writeValueAsBytes(problem));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise a problem document", e);
    }
  }

  public HttpResponse withHeader(String name, String value) {
    Map<String, String> copy = new java.util.LinkedHashMap<>(headers);
    copy.put(name, value);
    return new HttpResponse(status, contentType, Map.copyOf(copy), body);
  }
}
