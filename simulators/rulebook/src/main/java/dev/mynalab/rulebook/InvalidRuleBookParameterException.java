package dev.mynalab.rulebook;

/**
 * A rule-book parameter was given a value it does not take. Raised at start (DESIGN.md principle 9:
 * bad configuration fails at start, naming the key and the allowed values).
 */
public final class InvalidRuleBookParameterException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String key;

  public InvalidRuleBookParameterException(String key, String value, Iterable<String> allowed) {
    super(key + " must be one of " + String.join(", ", allowed) + ", got '" + value + "'");
    this.key = key;
  }

  /** The full system-property key, e.g. {@code mynalab.rule.leapDayBirthday}. */
  public String key() {
    return key;
  }
}
