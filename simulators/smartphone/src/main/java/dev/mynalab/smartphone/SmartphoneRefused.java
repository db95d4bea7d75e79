package dev.mynalab.smartphone;

import dev.mynalab.kit.problem.Problem;
import dev.mynalab.kit.problem.ProblemException;

/**
 * A refusal in the smartphone service, as a problem document (kit {@link Problem}): the rule that
 * stopped it (e.g. {@code SP-01}, {@code CV-07}, {@code PN-01}, or {@code card} / {@code se} when a
 * chip refused with a status word) and a JSON pointer to the input at fault. Nothing is left
 * half-done when it is thrown.
 */
public final class SmartphoneRefused extends ProblemException {

  private static final long serialVersionUID = 1L;

  /** The problem type of every smartphone refusal. */
  public static final String TYPE = Problem.URN + "smartphone-refused";

  private final String rule;
  private final int statusWord;

  public SmartphoneRefused(String rule, String pointer, String detail) {
    this(rule, pointer, detail, 0);
  }

  public SmartphoneRefused(String rule, String pointer, String detail, int statusWord) {
    super(
        new Problem(TYPE, "Refused by the smartphone service", 403, rule + ": " + detail, pointer));
    this.rule = rule;
    this.statusWord = statusWord;
  }

  /** The rule ID of domain-rules.md, or {@code card} / {@code se} for a chip's refusal. */
  public String rule() {
    return rule;
  }

  /** The chip's ISO 7816 status word when a chip refused, else 0. */
  public int statusWord() {
    return statusWord;
  }
}
