package dev.mynalab.rulebook;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The open questions of domain-rules.md §16 as named parameters with documented defaults (DESIGN.md
 * principle 7). Each is overridable by a system property {@code -Dmynalab.rule.<name>=<VALUE>}; a
 * bad value fails at start with {@link InvalidRuleBookParameterException}, naming the key and the
 * allowed values. Every report prints {@link #describe()}.
 *
 * @param leapDayBirthday AG-03: which day is the 誕生日 of someone born on 29 February in a common
 *     year, for card and certificate validity
 * @param ageTestAnchor CV-02: the date on which the card's minor/adult test is made
 * @param dayBeforeBirthday AG-02: whether a person is already of age N on the day before the N-th
 *     birthday (the age is legally attained only at 24:00 of that day, AG-01)
 * @param phoneCertificatesFollowCard SP-04: whether スマホ用電子証明書 mirror the card's certificates (the
 *     registry's notifications that revoke the card's certificates revoke the phone's of the same
 *     purpose, and a phone certificate never outlives the card's of its purpose). No source states
 *     it; default {@code true}, unverified
 */
public record RuleBookParameters(
    LeapDayBirthday leapDayBirthday,
    AgeTestAnchor ageTestAnchor,
    DayBeforeBirthday dayBeforeBirthday,
    boolean phoneCertificatesFollowCard) {

  /** The prefix of every rule-book system property. */
  public static final String PREFIX = "mynalab.rule.";

  /**
   * AG-03. No source defines the card's 誕生日 for people born on 02-29; other statutes deem 02-28,
   * and 年齢計算ニ関スル法律 with 民法 第143条 implies 02-28 for attaining an age. Default {@link #FEB_28};
   * unverified.
   */
  public enum LeapDayBirthday {
    /** 2月28日 in common years (default; as 銃砲刀剣類所持等取締法 and the age law imply). */
    FEB_28,
    /** 3月1日 in common years. */
    MAR_01
  }

  /**
   * CV-02. Municipalities disagree whether the age test is made on the issue date (発行の日において) or the
   * application-receipt date (申請受付日において). The receipt date always decides whether the threshold is
   * 20 or 18. Default {@link #ISSUE_DATE}.
   */
  public enum AgeTestAnchor {
    /** The date J-LIS issues the card (default). */
    ISSUE_DATE,
    /** The date J-LIS received the application. */
    APPLICATION_RECEIPT_DATE
  }

  /**
   * AG-02. An age is attained at the end (24:00) of the day before the birthday. Whether "18 or
   * older" holds during that day is ambiguous. Default {@link #NOT_YET_OF_AGE}: of age from the
   * birthday (for 02-29 births in common years, from 03-01).
   */
  public enum DayBeforeBirthday {
    /** During the day before the birthday the person is still under the age (default). */
    NOT_YET_OF_AGE,
    /** The whole day before the birthday already counts as of age. */
    ALREADY_OF_AGE
  }

  public RuleBookParameters {
    Objects.requireNonNull(leapDayBirthday, "leapDayBirthday");
    Objects.requireNonNull(ageTestAnchor, "ageTestAnchor");
    Objects.requireNonNull(dayBeforeBirthday, "dayBeforeBirthday");
  }

  /** The three age parameters with the default of the others (SP-04: phones follow the card). */
  public RuleBookParameters(
      LeapDayBirthday leapDayBirthday,
      AgeTestAnchor ageTestAnchor,
      DayBeforeBirthday dayBeforeBirthday) {
    this(leapDayBirthday, ageTestAnchor, dayBeforeBirthday, true);
  }

  /** The documented defaults. */
  public static RuleBookParameters defaults() {
    return new RuleBookParameters(
        LeapDayBirthday.FEB_28, AgeTestAnchor.ISSUE_DATE, DayBeforeBirthday.NOT_YET_OF_AGE, true);
  }

  /**
   * The defaults overridden by {@code -Dmynalab.rule.<name>} system properties.
   *
   * @throws InvalidRuleBookParameterException naming the key and allowed values
   */
  public static RuleBookParameters fromSystemProperties() {
    Map<String, String> values = new LinkedHashMap<>();
    System.getProperties()
        .stringPropertyNames()
        .forEach(
            name -> {
              if (name.startsWith(PREFIX)) {
                values.put(name, System.getProperty(name));
              }
            });
    return fromProperties(values);
  }

  /**
   * The defaults overridden by the entries of {@code properties} whose keys start with {@link
   * #PREFIX}. An unknown {@code mynalab.rule.*} key is an error too, so that a typo cannot pass
   * silently.
   */
  public static RuleBookParameters fromProperties(Map<String, String> properties) {
    RuleBookParameters d = defaults();
    List<String> known =
        List.of(
            "leapDayBirthday", "ageTestAnchor", "dayBeforeBirthday", "phoneCertificatesFollowCard");
    for (String key : properties.keySet()) {
      if (key.startsWith(PREFIX) && !known.contains(key.substring(PREFIX.length()))) {
        throw new InvalidRuleBookParameterException(
            key + " (unknown parameter)",
            properties.get(key),
            known.stream().map(k -> PREFIX + k).toList());
      }
    }
    return new RuleBookParameters(
        read(properties, "leapDayBirthday", LeapDayBirthday.class, d.leapDayBirthday),
        read(properties, "ageTestAnchor", AgeTestAnchor.class, d.ageTestAnchor),
        read(properties, "dayBeforeBirthday", DayBeforeBirthday.class, d.dayBeforeBirthday),
        readBoolean(properties, "phoneCertificatesFollowCard", d.phoneCertificatesFollowCard));
  }

  private static boolean readBoolean(
      Map<String, String> properties, String name, boolean fallback) {
    String key = PREFIX + name;
    String raw = properties.get(key);
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    return switch (raw.trim().toLowerCase(java.util.Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new InvalidRuleBookParameterException(key, raw, List.of("true", "false"));
    };
  }

  private static <E extends Enum<E>> E read(
      Map<String, String> properties, String name, Class<E> type, E fallback) {
    String key = PREFIX + name;
    String raw = properties.get(key);
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    Function<E, String> label = Enum::name;
    List<String> allowed = Arrays.stream(type.getEnumConstants()).map(label).toList();
    try {
      return Enum.valueOf(type, raw.trim().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidRuleBookParameterException(key, raw, allowed);
    }
  }

  /** Every parameter with its value, in a fixed order, for reports to print. */
  public List<Parameter> describe() {
    return List.of(
        new Parameter(
            PREFIX + "leapDayBirthday",
            leapDayBirthday.name(),
            names(LeapDayBirthday.values()),
            LeapDayBirthday.FEB_28.name(),
            "AG-03",
            "誕生日 of a 02-29 birth in a common year, for card/certificate validity; unverified"),
        new Parameter(
            PREFIX + "ageTestAnchor",
            ageTestAnchor.name(),
            names(AgeTestAnchor.values()),
            AgeTestAnchor.ISSUE_DATE.name(),
            "CV-02",
            "date of the card's minor/adult test; the receipt date always picks 20 or 18"),
        new Parameter(
            PREFIX + "dayBeforeBirthday",
            dayBeforeBirthday.name(),
            names(DayBeforeBirthday.values()),
            DayBeforeBirthday.NOT_YET_OF_AGE.name(),
            "AG-02",
            "whether the day before the N-th birthday already counts as age N"),
        new Parameter(
            PREFIX + "phoneCertificatesFollowCard",
            Boolean.toString(phoneCertificatesFollowCard),
            List.of("true", "false"),
            "true",
            "SP-04",
            "スマホ用電子証明書 mirror the card's (revoked with them on a change of the 基本4情報, death,"
                + " lapse; never outlive them); not found in sources, unverified"));
  }

  /** {@link #describe()} as key → value, for a one-line report header. */
  public Map<String, String> asMap() {
    Map<String, String> map = new LinkedHashMap<>();
    describe().forEach(p -> map.put(p.key(), p.value()));
    return map;
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }

  /**
   * One parameter as reports print it.
   *
   * @param key the system property
   * @param value the value in force
   * @param allowed every value it takes
   * @param defaultValue the documented default
   * @param ruleId the rule of domain-rules.md whose open question it settles
   * @param meaning what it decides
   */
  public record Parameter(
      String key,
      String value,
      List<String> allowed,
      String defaultValue,
      String ruleId,
      String meaning) {}
}
