package dev.mynalab.konbini;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServiceHoursTest {

  private final ServiceHours hours = new ServiceHours();

  @ParameterizedTest(name = "{0} open={1}")
  @CsvSource({
    "2026-04-01T06:29:59, false",
    "2026-04-01T06:30:00, true",
    "2026-04-01T22:59:59, true",
    "2026-04-01T23:00:00, false",
    "2026-04-05T12:00:00, true", // a Sunday
    "2026-12-28T22:00:00, true",
    "2026-12-29T12:00:00, false",
    "2026-12-31T12:00:00, false",
    "2027-01-01T12:00:00, false",
    "2027-01-03T22:00:00, false",
    "2027-01-04T06:30:00, true"
  })
  void hoursAndYearEndClosure(String at, boolean open) {
    assertThat(hours.closedReason(LocalDateTime.parse(at)).isEmpty()).isEqualTo(open);
  }

  @Test
  void maintenanceWindowClosesTheServiceInsideOnly() {
    hours.announce(
        new ServiceHours.Maintenance(
            LocalDateTime.parse("2026-05-10T06:30"),
            LocalDateTime.parse("2026-05-10T09:00"),
            "定期保守"));
    assertThat(hours.closedReason(LocalDateTime.parse("2026-05-10T08:59")))
        .get()
        .asString()
        .contains("定期保守");
    assertThat(hours.closedReason(LocalDateTime.parse("2026-05-10T09:00"))).isEmpty();
    assertThatThrownBy(() -> hours.requireOpen(LocalDateTime.parse("2026-05-10T07:00")))
        .isInstanceOfSatisfying(KonbiniRefusal.class, e -> assertThat(e.rule()).isEqualTo("CS-01"));
  }

  @Test
  void aMaintenanceWindowMustEndAfterItStarts() {
    assertThatThrownBy(
            () ->
                new ServiceHours.Maintenance(
                    LocalDateTime.parse("2026-05-10T09:00"),
                    LocalDateTime.parse("2026-05-10T09:00"),
                    "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
