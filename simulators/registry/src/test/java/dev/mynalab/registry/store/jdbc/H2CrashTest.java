package dev.mynalab.registry.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mynalab.registry.event.RegistryEvent;
import dev.mynalab.registry.event.ResidentProjection;
import dev.mynalab.registry.event.StoredEvent;
import dev.mynalab.registry.number.MyNumber;
import dev.mynalab.registry.resident.Resident;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a writer process with SIGKILL ({@link Process#destroyForcibly()}) in the middle of a stream
 * of 届出 to an H2 file store, reopens the store and shows that every acknowledged write is there and
 * nothing is half-applied: each person's stored state is exactly the fold of their stored events,
 * and every assigned number is in the uniqueness set.
 */
class H2CrashTest {

  @TempDir Path dir;

  @Test
  void everyAcknowledgedEventSurvivesAKill9AndNothingIsHalfApplied() throws Exception {
    Path file = dir.resolve("crash");
    for (int round = 0; round < 2; round++) {
      Map<String, Long> acked = runAndKill(file, 150 + round * 100, 1000 + round);
      try (JdbcRegistryStore store = JdbcRegistryStore.h2File(file)) {
        for (Map.Entry<String, Long> ack : acked.entrySet()) {
          Resident r =
              store.byPersonId(ack.getKey()).orElseThrow(() -> new AssertionError("lost " + ack));
          assertThat(r.version())
              .as("acknowledged version of %s", ack.getKey())
              .isGreaterThanOrEqualTo(ack.getValue());
        }
        Map<String, List<RegistryEvent>> byPerson = new HashMap<>();
        List<StoredEvent> all = store.eventsAfter(0, Integer.MAX_VALUE);
        all.forEach(
            e ->
                byPerson
                    .computeIfAbsent(e.event().personId(), k -> new ArrayList<>())
                    .add(e.event()));
        assertThat(store.residentCount()).isEqualTo(byPerson.size());
        byPerson.forEach(
            (person, events) -> {
              Resident stored = store.byPersonId(person).orElseThrow();
              assertThat(ResidentProjection.replay(events))
                  .as("fold of %s", person)
                  .isEqualTo(stored);
              assertThat(store.contains(MyNumber.parse(stored.myNumber()))).isTrue();
              assertThat(store.residentCodeTaken(stored.residentCode())).isTrue();
            });
        assertThat(acked).isNotEmpty();
      }
    }
  }

  /** Starts the writer, reads at least {@code minAcks} acknowledgements, kills it with SIGKILL. */
  private Map<String, Long> runAndKill(Path file, int minAcks, long seed) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                CrashWriter.class.getName(),
                file.toString(),
                Long.toString(seed))
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    Map<String, Long> acked = new HashMap<>();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      int count = 0;
      String line;
      while ((line = out.readLine()) != null) {
        if (line.startsWith("ACK ")) {
          String[] f = line.split(" ");
          acked.merge(f[1], Long.parseLong(f[2]), Math::max);
          if (++count >= minAcks) {
            // SIGKILL (kill -9): no shutdown hooks, no H2 close. Through the ProcessHandle, so that
            // our end of the pipe stays open and lines already written can still be read.
            child.toHandle().destroyForcibly();
            break;
          }
        }
      }
      // drain what was acknowledged before the signal landed
      while ((line = out.readLine()) != null) {
        if (line.startsWith("ACK ")) {
          String[] f = line.split(" ");
          acked.merge(f[1], Long.parseLong(f[2]), Math::max);
        }
      }
    } finally {
      child.destroyForcibly();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(137);
    return acked;
  }
}
