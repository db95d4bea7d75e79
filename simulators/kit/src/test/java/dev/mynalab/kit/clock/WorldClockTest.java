package dev.mynalab.kit.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class WorldClockTest {

  @Test
  void frozenClockStaysPutUntilMoved() {
    WorldClock clock = WorldClock.frozenAt(Instant.parse("2024-05-27T00:00:00Z"));
    assertThat(clock.instant()).isEqualTo(Instant.parse("2024-05-27T00:00:00Z"));
    clock.advance(Duration.ofDays(1));
    assertThat(clock.instant()).isEqualTo(Instant.parse("2024-05-28T00:00:00Z"));
  }

  @Test
  void datesAreJapaneseDates() {
    // 2022-03-31T15:00Z is already 1 April in Japan, the day the age of majority became 18.
    WorldClock clock = WorldClock.frozenAt(Instant.parse("2022-03-31T15:00:00Z"));
    assertThat(clock.today()).isEqualTo(LocalDate.of(2022, 4, 1));
    clock.set(LocalDate.of(2019, 6, 20));
    assertThat(clock.instant()).isEqualTo(Instant.parse("2019-06-19T15:00:00Z"));
    clock.set(LocalDateTime.of(2024, 12, 31, 23, 0));
    assertThat(clock.localNow()).isEqualTo(LocalDateTime.of(2024, 12, 31, 23, 0));
  }

  @Test
  void runningClockFollowsItsHostFromTheSetInstant() {
    MutableHost host = new MutableHost(Instant.parse("2030-01-01T00:00:00Z"));
    WorldClock clock = WorldClock.runningOn(host);
    clock.set(Instant.parse("2016-01-01T00:00:00Z"));
    host.now = host.now.plusSeconds(90);
    assertThat(clock.instant()).isEqualTo(Instant.parse("2016-01-01T00:01:30Z"));
    clock.freeze();
    host.now = host.now.plusSeconds(90);
    assertThat(clock.instant()).isEqualTo(Instant.parse("2016-01-01T00:01:30Z"));
    assertThat(clock.isRunning()).isFalse();
  }

  @Test
  void listenersHearEveryMoveButNotThePassingOfTime() {
    MutableHost host = new MutableHost(Instant.parse("2030-01-01T00:00:00Z"));
    WorldClock clock = WorldClock.runningOn(host);
    java.util.List<Instant> heard = new java.util.ArrayList<>();
    clock.withZone(ZoneOffset.UTC).whenMoved(() -> heard.add(clock.instant()));

    host.now = host.now.plusSeconds(60);
    assertThat(heard).isEmpty();
    clock.advance(java.time.Duration.ofDays(1));
    clock.set(java.time.LocalDate.of(2030, 2, 1));

    assertThat(heard)
        .containsExactly(
            Instant.parse("2030-01-02T00:01:00Z"), Instant.parse("2030-01-31T15:00:00Z"));
  }

  @Test
  void withZoneSharesTheSameTimeline() {
    WorldClock clock = WorldClock.frozenAt(Instant.parse("2024-01-01T00:00:00Z"));
    WorldClock utc = clock.withZone(ZoneOffset.UTC);
    clock.advance(Duration.ofHours(5));
    assertThat(utc.instant()).isEqualTo(clock.instant());
    assertThat(utc.getZone()).isEqualTo(ZoneOffset.UTC);
  }

  private static final class MutableHost extends Clock {
    Instant now;

    MutableHost(Instant now) {
      this.now = now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
