package dev.mynalab.network.server;

import dev.mynalab.kit.http.HttpRequest;
import dev.mynalab.kit.problem.Problem;
import dev.mynalab.kit.problem.ProblemException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** Small readers of request parts shared by the network's HTTP adapters; all errors are 4xx. */
final class Requests {

  private Requests() {}

  /** The bearer token, or a 401 problem. */
  static String bearer(HttpRequest request) {
    return request
        .header("Authorization")
        .filter(h -> h.startsWith("Bearer ") && h.length() > 7)
        .map(h -> h.substring(7).trim())
        .orElseThrow(() -> unauthorized("an 'Authorization: Bearer …' header is required"));
  }

  static ProblemException unauthorized(String detail) {
    return new ProblemException(
        new Problem(Problem.URN + "unauthorized", "Unauthorized", 401, detail, null));
  }

  /**
   * The body bound to {@code type}; a JSON {@code null} body is a 400 like any other non-object.
   */
  static <T> T body(HttpRequest request, Class<T> type) {
    T value = request.json(type);
    if (value == null) {
      throw new ProblemException(Problem.malformed("a JSON object is required"));
    }
    return value;
  }

  static byte[] base64(String value, String pointer) {
    if (value == null || value.isBlank()) {
      throw new ProblemException(Problem.invalidField(pointer, "required (base64)"));
    }
    try {
      return Base64.getDecoder().decode(value.trim());
    } catch (IllegalArgumentException e) {
      throw new ProblemException(Problem.invalidField(pointer, "not valid base64"));
    }
  }

  static Optional<String> query(HttpRequest request, String name) {
    String raw = request.uri().getRawQuery();
    if (raw == null) {
      return Optional.empty();
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      if (URLDecoder.decode(key, StandardCharsets.UTF_8).equals(name)) {
        return Optional.of(
            eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return Optional.empty();
  }

  static void exactPath(HttpRequest request, String path) {
    if (!request.path().equals(path)) {
      throw new ProblemException(Problem.notFound("no such endpoint: " + request.path()));
    }
  }
}
