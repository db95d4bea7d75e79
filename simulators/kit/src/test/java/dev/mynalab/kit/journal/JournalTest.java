package dev.mynalab.kit.journal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mynalab.kit.clock.WorldClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JournalTest {

  private final WorldClock clock = WorldClock.frozenAt(Instant.parse("2025-01-01T00:00:00Z"));

  @Test
  void recordsInOrderWithWorldTime() {
    Journal journal = new Journal(clock);
    journal.record("card", "apdu", "SELECT → 9000", Map.of("sw", "9000"));
    clock.advance(Duration.ofSeconds(1));
    journal.record("ocsp", "request", "good");
    assertThat(journal.entries())
        .extracting(JournalEntry::summary)
        .containsExactly("SELECT → 9000", "good");
    assertThat(journal.entries().get(1).at()).isEqualTo(Instant.parse("2025-01-01T00:00:01Z"));
    assertThat(journal.channel("card")).hasSize(1);
    assertThat(journal.since(1)).extracting(JournalEntry::channel).containsExactly("ocsp");
  }

  @Test
  void boundedCapacityDropsOldestAndCountsThem() {
    Journal journal = new Journal(clock, 2);
    for (int i = 0; i < 5; i++) {
      journal.record("x", "t", "e" + i);
    }
    assertThat(journal.entries()).extracting(JournalEntry::summary).containsExactly("e3", "e4");
    assertThat(journal.dropped()).isEqualTo(3);
    assertThat(journal.lastSequence()).isEqualTo(5);
  }

  @Test
  void listenersSeeEveryNewEntry() {
    Journal journal = new Journal(clock);
    List<JournalEntry> seen = new ArrayList<>();
    journal.subscribe(seen::add);
    journal.record("registry", "転入", "moved in");
    assertThat(seen).singleElement().extracting(JournalEntry::type).isEqualTo("転入");
  }
}
