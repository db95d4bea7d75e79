package dev.mynalab.medical;

import dev.mynalab.kit.problem.Problem;
import dev.mynalab.kit.problem.ProblemException;

/**
 * The eligibility service (or the reader) says no, in its own words: a 403 problem document typed
 * {@code urn:mynalab:problem:medical-<code>} whose detail names the reason and the rule (HI-01,
 * HI-02, HI-03, EC-06 …) and whose pointer names the request field it is about.
 */
public final class MedicalRefusal extends ProblemException {

  private final String code;
  private final String rule;

  public MedicalRefusal(String code, String rule, String pointer, String detail) {
    super(
        new Problem(
            Problem.URN + "medical-" + code,
            "medical: " + code.replace('-', ' '),
            403,
            detail + " (" + rule + ")",
            pointer));
    this.code = code;
    this.rule = rule;
  }

  public String code() {
    return code;
  }

  public String rule() {
    return rule;
  }
}
