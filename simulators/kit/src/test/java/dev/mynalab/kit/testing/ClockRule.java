package dev.mynalab.kit.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Date;

/**
 * The one-clock rule (DESIGN.md principle 6), written once and applied by every module's
 * architecture test (shared as the kit's test-jar).
 */
public final class ClockRule {

  private ClockRule() {}

  /** The only package allowed to read the host's clock (DESIGN.md principle 6). */
  public static final String CLOCK_PACKAGE = "dev.mynalab.kit.clock..";

  /**
   * One injected clock: every time read goes through {@code WorldClock}, so that scenarios can set
   * the date. Forbidden elsewhere: {@code Instant.now()}, {@code System.currentTimeMillis()},
   * {@code new Date()}, {@code LocalDate.now()} and the other {@code now()}s, {@code
   * Clock.system*()}.
   */
  public static final ArchRule ONE_CLOCK =
      noClasses()
          .that()
          .resideOutsideOfPackage(CLOCK_PACKAGE)
          .should()
          .callMethod(Instant.class, "now")
          .orShould()
          .callMethod(System.class, "currentTimeMillis")
          .orShould()
          .callConstructor(Date.class)
          .orShould()
          .callMethod(LocalDate.class, "now")
          .orShould()
          .callMethod(LocalDateTime.class, "now")
          .orShould()
          .callMethod(LocalTime.class, "now")
          .orShould()
          .callMethod(ZonedDateTime.class, "now")
          .orShould()
          .callMethod(OffsetDateTime.class, "now")
          .orShould()
          .callMethod(Clock.class, "systemUTC")
          .orShould()
          .callMethod(Clock.class, "systemDefaultZone")
          .because("time is injected: read it through dev.mynalab.kit.clock.WorldClock");
}
