package dev.mynalab.ca.issuance;

/**
 * The CA refuses to issue: the request breaks a rule of the rule book (the rule ID says which, e.g.
 * {@code EC-03} for a signing certificate under 15) or is not complete. Nothing is issued or
 * recorded.
 */
public final class IssuanceRefused extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String rule;

  public IssuanceRefused(String rule, String message) {
    super(rule + ": " + message);
    this.rule = rule;
  }

  /** The rule ID (domain-rules.md) or {@code request} for an incomplete request. */
  public String rule() {
    return rule;
  }
}
