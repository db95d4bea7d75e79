package dev.mynalab.registry.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.kit.journal.Journal;
import dev.mynalab.kit.person.Sex;
import dev.mynalab.kit.random.WorldSeed;
import dev.mynalab.registry.ResidentRegistry;
import dev.mynalab.registry.api.Requests;
import dev.mynalab.registry.municipality.Municipalities;
import dev.mynalab.registry.number.MyNumber;
import dev.mynalab.registry.resident.Honseki;
import dev.mynalab.registry.resident.Nationality;
import dev.mynalab.registry.resident.PersonName;
import dev.mynalab.registry.resident.Resident;
import dev.mynalab.registry.store.InMemoryRegistryStore;
import dev.mynalab.registry.store.RegistryStore;
import dev.mynalab.rulebook.RuleBook;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link JdbcRegistryStore#bulkLoad}: the copy is exact, the store is crash-safe again afterwards
 * ({@code WRITE_DELAY=0}), and the event stream continues where the copy ended.
 */
class H2BulkLoadTest {

  @TempDir Path dir;

  private final WorldClock clock = WorldClock.frozenAt(LocalDate.of(2024, 4, 1));

  private ResidentRegistry registry(RegistryStore store) {
    return new ResidentRegistry(
        store,
        Municipalities.fromFixture(),
        RuleBook.withDefaults(),
        clock,
        WorldSeed.of(7),
        new Journal(clock));
  }

  private static Resident birth(ResidentRegistry registry, int i) {
    return registry.birth(
        new Requests.Birth(
            "131016",
            PersonName.of("住民 " + i),
            LocalDate.of(1990, 1, 1).plusDays(i),
            i % 2 == 0 ? Sex.MALE : Sex.FEMALE,
            Nationality.JAPANESE,
            new Honseki("131016", "千代田区千代田1番"),
            "千代田区永田町" + i,
            null));
  }

  @Test
  void copiesEveryRowInChunksAndRestoresTheCrashSafeWriteDelay() {
    InMemoryRegistryStore memory = new InMemoryRegistryStore();
    ResidentRegistry onMemory = registry(memory);
    List<Resident> people = new ArrayList<>();
    for (int i = 0; i < 57; i++) {
      people.add(birth(onMemory, i));
    }
    onMemory.moveWithin(
        new Requests.MoveWithin(
            people.get(3).residentCode(), LocalDate.of(2024, 4, 1), "千代田区2", null));

    try (JdbcRegistryStore h2 = JdbcRegistryStore.h2File(dir.resolve("bulk"))) {
      assertThat(h2.h2WriteDelay()).isZero();
      List<String> indexes = h2.schemaIndexes();
      assertThat(indexes)
          .anyMatch(i -> i.contains("REGISTRY_EVENT_PERSON") && i.contains("(PERSON_ID,ID)"))
          .anyMatch(i -> i.contains("UNIQUE INDEX (RESIDENT_CODE)"))
          .anyMatch(i -> i.contains("UNIQUE INDEX (MY_NUMBER)"));
      h2.bulkLoad(memory, 10); // 57 rows: five full chunks and a partial one

      assertThat(h2.h2WriteDelay()).as("WRITE_DELAY restored after the load").isZero();
      assertThat(h2.schemaIndexes())
          .as("every index rebuilt")
          .containsExactlyInAnyOrderElementsOf(indexes);
      assertThat(h2.residentCount()).isEqualTo(memory.residentCount());
      assertThat(h2.eventCount()).isEqualTo(memory.eventCount());
      assertThat(h2.eventsAfter(0, Integer.MAX_VALUE)).isEqualTo(memory.eventsAfter(0, 1000));
      for (Resident p : memory.residents()) {
        assertThat(h2.byResidentCode(p.residentCode())).contains(p);
        assertThat(h2.byMyNumber(p.myNumber())).contains(p);
        assertThat(h2.residentCodeTaken(p.residentCode())).isTrue();
        assertThat(h2.contains(MyNumber.parse(p.myNumber()))).isTrue();
      }

      // the next 届出 on H2 continues the event ids where the copy ended
      ResidentRegistry onH2 = registry(h2);
      onH2.moveWithin(
          new Requests.MoveWithin(
              people.get(5).residentCode(), LocalDate.of(2024, 4, 1), "千代田区3", null));
      assertThat(h2.eventsAfter(memory.eventCount(), 10)).hasSize(1);
      assertThat(h2.eventsAfter(memory.eventCount(), 10).get(0).id())
          .isEqualTo(memory.eventCount() + 1);
      // the uniqueness set was copied: a loaded My Number cannot be claimed again
      assertThat(h2.claim(MyNumber.parse(people.get(7).myNumber()))).isFalse();
    }
  }

  @Test
  void refusesAStoreThatIsNotEmptyAndLeavesItAsItWas() {
    InMemoryRegistryStore memory = new InMemoryRegistryStore();
    birth(registry(memory), 1);
    try (JdbcRegistryStore h2 = JdbcRegistryStore.h2File(dir.resolve("full"))) {
      birth(registry(h2), 2);
      assertThatThrownBy(() -> h2.bulkLoad(memory, 100))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("empty store");
      assertThat(h2.residentCount()).isEqualTo(1);
      assertThat(h2.h2WriteDelay()).isZero();
      assertThatThrownBy(() -> h2.bulkLoad(memory, 0)).isInstanceOf(IllegalArgumentException.class);
    }
  }
}
