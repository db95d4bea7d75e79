package dev.mynalab.drivers;

import dev.mynalab.kit.random.WorldSeed;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Settings fixed for a whole run of the living spec: the world seed (chosen once, logged at start
 * and written into every report) and the date on which each scenario's world starts unless the
 * scenario sets its own.
 */
public final class RunSettings {

  /** System property: the date each scenario's world clock starts at (ISO, JST). */
  public static final String START_DATE_PROPERTY = "mynalab.world.start";

  /** Default start date of a scenario's world: a fixed date, so that runs replay. */
  public static final LocalDate DEFAULT_START_DATE = LocalDate.of(2026, 4, 1);

  private static WorldSeed seed;

  private RunSettings() {}

  /** The run's seed: {@code -Dmynalab.seed}, else drawn once per run. */
  public static synchronized WorldSeed seed() {
    if (seed == null) {
      seed = WorldSeed.fromSystemProperty();
    }
    return seed;
  }

  /** The date a scenario's world starts at; a bad value fails naming the property. */
  public static LocalDate startDate() {
    String text = System.getProperty(START_DATE_PROPERTY);
    if (text == null || text.isBlank()) {
      return DEFAULT_START_DATE;
    }
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          START_DATE_PROPERTY + " must be an ISO date such as 2026-04-01, got '" + text + "'", e);
    }
  }
}
