package dev.mynalab.ca;

import dev.mynalab.ca.hierarchy.CaPurpose;
import dev.mynalab.ca.ocsp.NoncePolicy;
import dev.mynalab.ca.profile.LeapDayBirthday;
import dev.mynalab.rulebook.RuleBook;
import dev.mynalab.rulebook.RuleBookParameters;
import java.net.URI;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;

/**
 * The named parameters of the simulated CAs, with documented defaults. Bad values fail at start,
 * naming the key and the allowed values (DESIGN.md principle 9).
 *
 * @param generations {@code ca.generations}: root generations per purpose (1..9, default 3, like
 *     signca01..03)
 * @param rules the rule book's parameters ({@code mynalab.rule.*}): the 29-February birthday
 *     (AG-03, {@code mynalab.rule.leapDayBirthday}) and the age conventions of EC-03 are the rule
 *     book's, shared with the register and the card (the former {@code ca.leap-day-birthday} is
 *     refused with a pointer to it)
 * @param noncePolicy {@code ca.ocsp.nonce}: ignore (default) or sign-on-demand
 * @param serialMinBytes {@code ca.serial-bytes} lower bound (default 4, like the real cards)
 * @param serialMaxBytes {@code ca.serial-bytes} upper bound (default 9)
 * @param ocspValidity {@code ca.ocsp.validity}: the shortest nextUpdate−thisUpdate of an OCSP
 *     response (default PT12H); each response adds a seeded 0–50 %
 * @param ocspRefreshAhead {@code ca.ocsp.refresh-ahead}: re-sign this long before nextUpdate
 *     (default PT3H)
 * @param crlValidity {@code ca.crl.validity}: the shortest window of a full CRL (default P1D); each
 *     publication adds a seeded 0–100 %
 * @param deltaValidity {@code ca.crl.delta-validity}: the shortest window of a delta CRL (default
 *     PT1H); each adds a seeded 0–100 %
 * @param authOcspUrl {@code ca.ocsp.url.auth}: the AIA of authentication certificates
 * @param signOcspUrl {@code ca.ocsp.url.sign}: the AIA of signing certificates
 */
public record CaSettings(
    int generations,
    RuleBookParameters rules,
    NoncePolicy noncePolicy,
    int serialMinBytes,
    int serialMaxBytes,
    Duration ocspValidity,
    Duration ocspRefreshAhead,
    Duration crlValidity,
    Duration deltaValidity,
    URI authOcspUrl,
    URI signOcspUrl) {

  /** Every key {@link #fromProperties} understands. */
  public static final Set<String> KEYS =
      Set.of(
          "ca.generations",
          "ca.ocsp.nonce",
          "ca.serial-bytes",
          "ca.ocsp.validity",
          "ca.ocsp.refresh-ahead",
          "ca.crl.validity",
          "ca.crl.delta-validity",
          "ca.ocsp.url.auth",
          "ca.ocsp.url.sign");

  /** The key the rule book's parameter replaced; refused with a pointer to it. */
  static final String FORMER_LEAP_DAY_KEY = "ca.leap-day-birthday";

  public CaSettings {
    java.util.Objects.requireNonNull(rules, "rules");
    if (generations < 1 || generations > 9) {
      throw new IllegalArgumentException("ca.generations must be 1..9, got " + generations);
    }
    if (serialMinBytes < 1 || serialMaxBytes > 20 || serialMinBytes > serialMaxBytes) {
      throw new IllegalArgumentException(
          "ca.serial-bytes must be MIN-MAX with 1 <= MIN <= MAX <= 20, got "
              + serialMinBytes
              + "-"
              + serialMaxBytes);
    }
    positive("ca.ocsp.validity", ocspValidity);
    positive("ca.ocsp.refresh-ahead", ocspRefreshAhead);
    positive("ca.crl.validity", crlValidity);
    positive("ca.crl.delta-validity", deltaValidity);
    if (ocspRefreshAhead.compareTo(ocspValidity) >= 0) {
      throw new IllegalArgumentException(
          "ca.ocsp.refresh-ahead (" + ocspRefreshAhead + ") must be shorter than ca.ocsp.validity");
    }
  }

  public static CaSettings defaults() {
    return new CaSettings(
        3,
        RuleBookParameters.defaults(),
        NoncePolicy.DEFAULT,
        4,
        9,
        Duration.ofHours(12),
        Duration.ofHours(3),
        Duration.ofDays(1),
        Duration.ofHours(1),
        URI.create("http://ocspauthnorm.jpki-test.invalid"),
        URI.create("http://ocspsignnorm.jpki-test.invalid"));
  }

  /**
   * Settings from {@code key → value} text (system properties, a CLI's {@code -D}); absent keys
   * keep their defaults; keys starting with {@code ca.} that are not known are refused. The rule
   * book's parameters come from the {@code mynalab.rule.*} system properties, overridden by {@code
   * mynalab.rule.*} entries of {@code properties}.
   */
  public static CaSettings fromProperties(Map<String, String> properties) {
    CaSettings s = defaults();
    if (properties.containsKey(FORMER_LEAP_DAY_KEY)) {
      throw new IllegalArgumentException(
          FORMER_LEAP_DAY_KEY
              + " is now the rule book's "
              + RuleBookParameters.PREFIX
              + "leapDayBirthday (FEB_28 or MAR_01), shared with the register and the card");
    }
    Map<String, String> rules = new java.util.LinkedHashMap<>();
    System.getProperties()
        .stringPropertyNames()
        .forEach(
            k -> {
              if (k.startsWith(RuleBookParameters.PREFIX)) {
                rules.put(k, System.getProperty(k));
              }
            });
    properties.forEach(
        (k, v) -> {
          if (k.startsWith(RuleBookParameters.PREFIX)) {
            rules.put(k, v);
          }
        });
    RuleBookParameters ruleParameters = RuleBookParameters.fromProperties(rules);
    for (String key : properties.keySet()) {
      if (key.startsWith("ca.") && !KEYS.contains(key)) {
        throw new IllegalArgumentException(
            "unknown setting "
                + key
                + "; known: "
                + String.join(", ", new java.util.TreeSet<>(KEYS)));
      }
    }
    int generations = s.generations;
    String g = properties.get("ca.generations");
    if (g != null) {
      try {
        generations = Integer.parseInt(g.trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("ca.generations must be 1..9, got '" + g + "'");
      }
    }
    int min = s.serialMinBytes;
    int max = s.serialMaxBytes;
    String sb = properties.get("ca.serial-bytes");
    if (sb != null) {
      String[] parts = sb.trim().split("-");
      try {
        min = Integer.parseInt(parts[0]);
        max = Integer.parseInt(parts[parts.length - 1]);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "ca.serial-bytes must be MIN-MAX (e.g. 4-9), got '" + sb + "'");
      }
    }
    return new CaSettings(
        generations,
        ruleParameters,
        properties.containsKey("ca.ocsp.nonce")
            ? NoncePolicy.parse(properties.get("ca.ocsp.nonce"))
            : s.noncePolicy,
        min,
        max,
        duration(properties, "ca.ocsp.validity", s.ocspValidity),
        duration(properties, "ca.ocsp.refresh-ahead", s.ocspRefreshAhead),
        duration(properties, "ca.crl.validity", s.crlValidity),
        duration(properties, "ca.crl.delta-validity", s.deltaValidity),
        uri(properties, "ca.ocsp.url.auth", s.authOcspUrl),
        uri(properties, "ca.ocsp.url.sign", s.signOcspUrl));
  }

  /** The AIA OCSP URL of {@code purpose}. */
  public URI ocspUrl(CaPurpose purpose) {
    return purpose == CaPurpose.AUTHENTICATION ? authOcspUrl : signOcspUrl;
  }

  /** These settings with both AIA URLs replaced (the world sets them to its own endpoint). */
  public CaSettings withOcspUrls(URI auth, URI sign) {
    return new CaSettings(
        generations,
        rules,
        noncePolicy,
        serialMinBytes,
        serialMaxBytes,
        ocspValidity,
        ocspRefreshAhead,
        crlValidity,
        deltaValidity,
        auth,
        sign);
  }

  public CaSettings withNoncePolicy(NoncePolicy policy) {
    return new CaSettings(
        generations,
        rules,
        policy,
        serialMinBytes,
        serialMaxBytes,
        ocspValidity,
        ocspRefreshAhead,
        crlValidity,
        deltaValidity,
        authOcspUrl,
        signOcspUrl);
  }

  /** These settings with the rule book's parameters replaced (the world passes its own). */
  public CaSettings withRules(RuleBookParameters parameters) {
    return new CaSettings(
        generations,
        parameters,
        noncePolicy,
        serialMinBytes,
        serialMaxBytes,
        ocspValidity,
        ocspRefreshAhead,
        crlValidity,
        deltaValidity,
        authOcspUrl,
        signOcspUrl);
  }

  /** The rule book the CAs ask for dates (EC-01/02/03, AG-01..03). */
  public RuleBook ruleBook() {
    return new RuleBook(rules);
  }

  /**
   * The 29-February birthday in the CA's old spelling.
   *
   * @deprecated read {@code rules().leapDayBirthday()}
   */
  @Deprecated
  public LeapDayBirthday leapDayBirthday() {
    return LeapDayBirthday.of(rules.leapDayBirthday());
  }

  /**
   * These settings with another 29-February birthday.
   *
   * @deprecated the parameter is the rule book's: {@link #withRules}
   */
  @Deprecated
  public CaSettings withLeapDayBirthday(LeapDayBirthday rule) {
    return new CaSettings(
        generations,
        new RuleBookParameters(
            rule.rule(),
            rules.ageTestAnchor(),
            rules.dayBeforeBirthday(),
            rules.phoneCertificatesFollowCard()),
        noncePolicy,
        serialMinBytes,
        serialMaxBytes,
        ocspValidity,
        ocspRefreshAhead,
        crlValidity,
        deltaValidity,
        authOcspUrl,
        signOcspUrl);
  }

  /** The parameters as printed in reports. */
  public Map<String, String> describe() {
    return new java.util.TreeMap<>(
        Map.of(
            "ca.generations",
            Integer.toString(generations),
            RuleBookParameters.PREFIX + "leapDayBirthday",
            rules.leapDayBirthday().name(),
            "ca.ocsp.nonce",
            noncePolicy.name().toLowerCase().replace('_', '-'),
            "ca.serial-bytes",
            serialMinBytes + "-" + serialMaxBytes,
            "ca.ocsp.validity",
            ocspValidity.toString(),
            "ca.ocsp.refresh-ahead",
            ocspRefreshAhead.toString(),
            "ca.crl.validity",
            crlValidity.toString(),
            "ca.crl.delta-validity",
            deltaValidity.toString(),
            "ca.ocsp.url.auth",
            authOcspUrl.toString(),
            "ca.ocsp.url.sign",
            signOcspUrl.toString()));
  }

  private static void positive(String key, Duration d) {
    if (d == null || d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(key + " must be a positive ISO-8601 duration, got " + d);
    }
  }

  private static Duration duration(Map<String, String> p, String key, Duration fallback) {
    String v = p.get(key);
    if (v == null) {
      return fallback;
    }
    try {
      return Duration.parse(v.trim());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          key + " must be an ISO-8601 duration such as PT12H, got '" + v + "'");
    }
  }

  private static URI uri(Map<String, String> p, String key, URI fallback) {
    String v = p.get(key);
    if (v == null) {
      return fallback;
    }
    try {
      URI u = URI.create(v.trim());
      if (!"http".equals(u.getScheme()) && !"https".equals(u.getScheme())) {
        throw new IllegalArgumentException("scheme");
      }
      return u;
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(key + " must be an http(s) URL, got '" + v + "'");
    }
  }
}
