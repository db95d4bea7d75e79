package dev.mynalab.registry.store.jdbc;

import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.kit.journal.Journal;
import dev.mynalab.kit.person.Sex;
import dev.mynalab.kit.random.WorldSeed;
import dev.mynalab.registry.ResidentRegistry;
import dev.mynalab.registry.api.Requests;
import dev.mynalab.registry.municipality.Municipalities;
import dev.mynalab.registry.resident.Honseki;
import dev.mynalab.registry.resident.Nationality;
import dev.mynalab.registry.resident.PersonName;
import dev.mynalab.registry.resident.Resident;
import dev.mynalab.rulebook.RuleBook;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The child process of {@link H2CrashTest}: writes an endless stream of 届出 to an H2 file store and
 * prints {@code ACK <personId> <version>} after each one is acknowledged (committed). The parent
 * kills it with SIGKILL mid-stream. Some 届出 write two events at once (death with a card: 死亡 +
 * カード失効), so a torn write would show.
 */
public final class CrashWriter {

  public static void main(String[] args) {
    WorldClock clock = WorldClock.frozenAt(LocalDate.of(2024, 4, 1));
    JdbcRegistryStore store = JdbcRegistryStore.h2File(Path.of(args[0]));
    ResidentRegistry registry =
        new ResidentRegistry(
            store,
            Municipalities.fromFixture(),
            RuleBook.withDefaults(),
            clock,
            WorldSeed.of(Long.parseLong(args[1])),
            new Journal(clock, 1000));
    System.out.println("READY");
    System.out.flush();
    for (int i = 0; ; i++) {
      Resident p =
          registry.birth(
              new Requests.Birth(
                  "131016",
                  PersonName.of("試験 " + i),
                  LocalDate.of(1980, 1, 1).plusDays(i % 9000),
                  i % 2 == 0 ? Sex.MALE : Sex.FEMALE,
                  Nationality.JAPANESE,
                  new Honseki("131016", "千代田区千代田1番"),
                  "千代田区永田町" + i,
                  null));
      ack(p);
      p =
          registry.recordCardIssued(
              new Requests.CardIssue(
                  p.residentCode(), LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 20)));
      ack(p);
      if (i % 3 == 0) {
        ack(registry.death(new Requests.Death(p.residentCode(), LocalDate.of(2024, 3, 31))));
      }
    }
  }

  private static void ack(Resident p) {
    System.out.println("ACK " + p.personId() + " " + p.version());
    System.out.flush();
  }
}
