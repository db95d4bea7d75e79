package dev.mynalab.konbini;

import dev.mynalab.kit.problem.Problem;
import dev.mynalab.kit.problem.ProblemException;

/**
 * The service says no, in its own words: a problem document (RFC 9457) whose type names the reason
 * ({@code urn:mynalab:problem:konbini-<code>}), whose detail is the sentence the kiosk shows, and
 * whose pointer names the request field the refusal is about. {@link #rule()} is the rule ID that
 * decides (CS-01, CS-02, OS-04, CV-07, PN-01, PN-02 …). Mapped to HTTP in one place: the adapter.
 */
public final class KonbiniRefusal extends ProblemException {

  private final String code;
  private final String rule;

  public KonbiniRefusal(int status, String code, String rule, String pointer, String detail) {
    super(
        new Problem(
            Problem.URN + "konbini-" + code,
            title(code),
            status,
            detail + " (" + rule + ")",
            pointer));
    this.code = code;
    this.rule = rule;
  }

  /** 403: the request is understood and refused by a rule. */
  public static KonbiniRefusal refused(String code, String rule, String pointer, String detail) {
    return new KonbiniRefusal(403, code, rule, pointer, detail);
  }

  /**
   * The service is closed now (hours, year-end closure, maintenance: CS-01). A 403, not a 503: the
   * simulator is up and answering, the service it simulates is closed by rule.
   */
  public static KonbiniRefusal closed(String detail) {
    return new KonbiniRefusal(403, "closed", "CS-01", null, detail);
  }

  /** The reason, e.g. {@code closed}, {@code moved-out}, {@code not-offered}. */
  public String code() {
    return code;
  }

  public String rule() {
    return rule;
  }

  private static String title(String code) {
    return "konbini: " + code.replace('-', ' ');
  }
}
