package dev.mynalab.registry.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.kit.fixtures.Json;
import dev.mynalab.kit.journal.Journal;
import dev.mynalab.kit.random.WorldSeed;
import dev.mynalab.registry.ResidentRegistry;
import dev.mynalab.registry.municipality.Municipalities;
import dev.mynalab.registry.store.InMemoryRegistryStore;
import dev.mynalab.registry.store.RegistryStore;
import dev.mynalab.registry.store.jdbc.JdbcRegistryStore;
import dev.mynalab.rulebook.RuleBook;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The register at scale (a benchmark, not a timed test; excluded from the default build): a
 * population of {@code -Dmynalab.bench.population} residents (default 1,000,000) over the fixture's
 * municipalities, then a year of 届出 at national rates ({@link PopulationYear}), on the in-memory
 * store (the baseline) and on the H2 file store, in the same run. Writes events/s and bytes per
 * resident to {@code reports/benchmarks/registry-stores.json}. Run:
 *
 * <pre>./mvnw -pl simulators/registry -am test -Dgroups=benchmark -Dmynalab.excludedGroups= \
 *   -Dtest=RegistryBenchmarkTest -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
@Tag("benchmark")
class RegistryBenchmarkTest {

  @TempDir Path dir;

  @Test
  void populationAndAYearOfEventsOnBothStores() throws Exception {
    int population = Integer.getInteger("mynalab.bench.population", 1_000_000);
    long seed = Long.getLong("mynalab.seed", 20240101L);
    Map<String, Object> memory = run("memory", new InMemoryRegistryStore(), population, seed, null);
    Path file = dir.resolve("bench");
    Map<String, Object> h2 = run("h2", JdbcRegistryStore.h2File(file), population, seed, file);
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("benchmark", "registry stores: population + one year of 届出");
    report.put("population", population);
    report.put("seed", seed);
    report.put("municipalities", Municipalities.fromFixture().all().size());
    report.put("cpus", Runtime.getRuntime().availableProcessors());
    report.put("java", System.getProperty("java.version"));
    report.put("baseline", "memory");
    report.put("stores", List.of(memory, h2));
    report.put(
        "h2_vs_memory_year_events_per_second",
        round(
            (double) h2.get("year_events_per_second")
                / (double) memory.get("year_events_per_second")));
    report.put(
        "h2_vs_memory_load_events_per_second",
        round(
            (double) h2.get("load_events_per_second")
                / (double) memory.get("load_events_per_second")));
    Path out =
        Path.of(
            System.getProperty(
                "mynalab.bench.out", "../../reports/benchmarks/registry-stores.json"));
    Files.createDirectories(out.getParent());
    Files.writeString(
        out, Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(report) + "\n");
    System.out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(report));
    System.out.println("written to " + out.toAbsolutePath().normalize());
    assertThat((long) h2.get("residents")).isEqualTo((long) memory.get("residents"));
    assertThat((long) h2.get("events")).isEqualTo((long) memory.get("events"));
  }

  private static Map<String, Object> run(
      String name, RegistryStore store, int population, long seed, Path h2File) throws Exception {
    System.gc();
    long heapBefore = usedHeap();
    WorldClock clock = WorldClock.frozenAt(LocalDate.of(2024, 1, 1));
    ResidentRegistry registry =
        new ResidentRegistry(
            store,
            Municipalities.fromFixture(),
            RuleBook.withDefaults(),
            clock,
            WorldSeed.of(seed),
            new Journal(clock, 10_000));
    PopulationYear world = new PopulationYear(registry, clock, seed);
    long t0 = System.nanoTime();
    if (store instanceof JdbcRegistryStore jdbc) {
      jdbc.groupCommit(1000); // bulk load: one commit per 1000 births, each still atomic
    }
    world.populate(population);
    if (store instanceof JdbcRegistryStore jdbc) {
      jdbc.groupCommit(1); // the year: every 届出 committed before it is acknowledged
    }
    long t1 = System.nanoTime();
    long loadEvents = store.eventCount();
    world.runYear(Integer.getInteger("mynalab.bench.days", 365));
    long t2 = System.nanoTime();
    long events = store.eventCount();
    long residents = store.residentCount();
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("store", name);
    r.put("residents", residents);
    r.put("events", events);
    r.put("load_events", loadEvents);
    r.put("load_seconds", round((t1 - t0) / 1e9));
    r.put("load_events_per_second", round(loadEvents / ((t1 - t0) / 1e9)));
    r.put("year_days", Integer.getInteger("mynalab.bench.days", 365));
    r.put(
        "load_commit",
        h2File == null ? "n/a" : "group commit of 1000 births (savepoint per birth)");
    r.put("year_commit", h2File == null ? "n/a" : "one commit per 届出, before acknowledging it");
    r.put("year_filings", world.filings());
    r.put("year_refused", world.refused());
    r.put("year_events", events - loadEvents);
    r.put("year_seconds", round((t2 - t1) / 1e9));
    r.put("year_events_per_second", round((events - loadEvents) / ((t2 - t1) / 1e9)));
    if (h2File == null) {
      System.gc();
      r.put("bytes_per_resident", Math.round((usedHeap() - heapBefore) / (double) residents));
      r.put("bytes_measured", "JVM heap used after GC, minus before (events + state + indexes)");
    }
    if (store instanceof JdbcRegistryStore jdbc) {
      long before = Files.size(Path.of(h2File + ".mv.db"));
      jdbc.closeCompacted();
      long bytes = Files.size(Path.of(h2File + ".mv.db"));
      r.put("bytes_per_resident", Math.round(bytes / (double) residents));
      r.put("bytes_per_resident_before_compaction", Math.round(before / (double) residents));
      r.put("bytes_measured", "H2 file size after SHUTDOWN COMPACT (events + state + indexes)");
    } else {
      store.close();
    }
    System.out.println(name + ": " + r);
    return r;
  }

  private static long usedHeap() {
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
