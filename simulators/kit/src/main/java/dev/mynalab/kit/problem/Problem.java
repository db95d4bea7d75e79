package dev.mynalab.kit.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * An RFC 9457 problem document, the one error shape of every JSON API in the simulated world
 * (DESIGN.md principle 9). {@code pointer} is a JSON Pointer (RFC 6901) to the offending field of
 * the request, so that a clerk or a vendor sees at once what to fix.
 *
 * @param type a URI naming the kind of problem, e.g. {@code urn:mynalab:problem:invalid-field}
 * @param title a short, fixed summary of the kind
 * @param status the HTTP status, always 4xx for bad input; 5xx never carries details
 * @param detail what exactly was wrong with this request
 * @param pointer where in the request body, or {@code null} when it is not about one field
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String pointer) {

  public static final String URN = "urn:mynalab:problem:";

  public Problem {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(detail, "detail");
  }

  /** Malformed JSON or a body that is not what the endpoint takes. */
  public static Problem malformed(String detail) {
    return new Problem(URN + "malformed-request", "Malformed request", 400, detail, null);
  }

  /** One field is missing or has a value outside its domain. */
  public static Problem invalidField(String pointer, String detail) {
    return new Problem(URN + "invalid-field", "Invalid field", 422, detail, pointer);
  }

  /**
   * The request is well-formed but the world's state forbids it (e.g. a second 転入 for one move).
   */
  public static Problem conflict(String pointer, String detail) {
    return new Problem(URN + "conflict", "Conflict with the current state", 409, detail, pointer);
  }

  /** The named thing does not exist. */
  public static Problem notFound(String detail) {
    return new Problem(URN + "not-found", "Not found", 404, detail, null);
  }

  /** The caller is not registered or not allowed to ask this. */
  public static Problem forbidden(String detail) {
    return new Problem(URN + "forbidden", "Forbidden", 403, detail, null);
  }

  /** No such method on this path. */
  public static Problem methodNotAllowed(String method) {
    return new Problem(
        URN + "method-not-allowed",
        "Method not allowed",
        405,
        method + " is not allowed here",
        null);
  }

  /** The one answer to an unexpected failure: no stack trace, no internals on the wire. */
  public static Problem internal() {
    return new Problem(
        URN + "internal", "Internal error", 500, "the simulator failed; see its journal", null);
  }
}
