package dev.mynalab.load;

import java.util.Locale;

/**
 * The offered load, per scenario, in new users (= requests) per second — an open workload model:
 * arrivals do not wait for responses, as logins arriving at a relying party do not.
 *
 * <p>{@code smoke} (bound into {@code ./mvnw verify}, ~15 s at a modest rate on a shared 2-core CI
 * machine, p99 budget 2 s: a regression check of the whole load path on a box other builds share —
 * measured here at a load average of 27 on 2 cores) and {@code full} ({@code ./mvnw -pl load-tests
 * gatling:test -Dprofile=full}: 60 s, p99 budget 250 ms).
 */
public record LoadProfile(
    String name,
    int seconds,
    double loginRate,
    double mixRate,
    double documentRate,
    double ocspRate,
    int p99BudgetMillis,
    double maxFailedPercent) {

  public static LoadProfile fromSystemProperty() {
    String name = System.getProperty("profile", "smoke").trim().toLowerCase(Locale.ROOT);
    return switch (name) {
      case "smoke" -> new LoadProfile("smoke", 15, 10, 4, 2, 6, 2_000, 0.1);
      case "full" -> new LoadProfile("full", 60, 200, 50, 20, 150, 250, 0.1);
      default ->
          throw new IllegalArgumentException("-Dprofile must be smoke or full, got '" + name + "'");
    };
  }
}
