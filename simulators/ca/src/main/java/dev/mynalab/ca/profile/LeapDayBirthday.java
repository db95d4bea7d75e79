package dev.mynalab.ca.profile;

import dev.mynalab.rulebook.RuleBook;
import dev.mynalab.rulebook.RuleBookParameters;

/**
 * The CA's old name for the rule book's 29-February parameter (AG-03). The value lives in {@link
 * RuleBookParameters#leapDayBirthday()} ({@code mynalab.rule.leapDayBirthday}); this enum only maps
 * the {@code feb-28} / {@code mar-01} spelling that scenarios use onto it.
 *
 * @deprecated use {@link RuleBookParameters.LeapDayBirthday}
 */
@Deprecated
public enum LeapDayBirthday {
  /** 28 February — the rule book's default. */
  FEB_28,
  /** 1 March. */
  MAR_01;

  public static final LeapDayBirthday DEFAULT = of(RuleBookParameters.defaults().leapDayBirthday());

  /** The rule book's value. */
  public RuleBookParameters.LeapDayBirthday rule() {
    return RuleBookParameters.LeapDayBirthday.valueOf(name());
  }

  /** The CA spelling of a rule-book value. */
  public static LeapDayBirthday of(RuleBookParameters.LeapDayBirthday rule) {
    return valueOf(rule.name());
  }

  /** The default rule book with this 29-February birthday. */
  static RuleBook ruleBook(LeapDayBirthday leapDay) {
    RuleBookParameters d = RuleBookParameters.defaults();
    return new RuleBook(
        new RuleBookParameters(leapDay.rule(), d.ageTestAnchor(), d.dayBeforeBirthday()));
  }

  /** Parses {@code feb-28} / {@code mar-01} (case-insensitive; underscores allowed). */
  public static LeapDayBirthday parse(String text) {
    String t = text.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
    for (LeapDayBirthday v : values()) {
      if (v.name().equals(t)) {
        return v;
      }
    }
    throw new IllegalArgumentException(
        RuleBookParameters.PREFIX + "leapDayBirthday must be feb-28 or mar-01, got '" + text + "'");
  }
}
