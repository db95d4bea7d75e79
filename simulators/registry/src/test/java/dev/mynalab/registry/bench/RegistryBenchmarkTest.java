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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The register at scale (a benchmark, not a timed test; excluded from the default build).
 *
 * <ol>
 *   <li>A population of {@code -Dmynalab.bench.population} residents (default 1,000,000) over the
 *       fixture's municipalities is registered through the register's own 出生届 path on the in-memory
 *       store.
 *   <li>The same register is copied into an H2 file store with JDBC batches ({@link
 *       JdbcRegistryStore#bulkLoad}).
 *   <li>{@code -Dmynalab.bench.days} days (default 365, a year) of 届出 at national rates ({@link
 *       PopulationYear}) run on the in-memory store (the baseline) and then, identically, on H2,
 *       where every 届出 is committed before it is acknowledged.
 * </ol>
 *
 * <p>H2's page cache is {@code -Dmynalab.bench.h2CacheMb} (default 1024). Writes events/s and bytes
 * per resident to {@code reports/benchmarks/registry-stores.json} (override with {@code
 * -Dmynalab.bench.out}). Run (see the module README):
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
    int days = Integer.getInteger("mynalab.bench.days", 365);
    long seed = Long.getLong("mynalab.seed", 20240101L);
    WorldClock clock = WorldClock.frozenAt(PopulationYear.START);
    warmUp(dir.resolve("warmup"));

    System.gc();
    long heap0 = usedHeap();
    InMemoryRegistryStore memory = new InMemoryRegistryStore();
    PopulationYear people = new PopulationYear(registry(memory, clock, seed), clock, seed);
    long t0 = System.nanoTime();
    people.populate(population);
    double loadSeconds = seconds(t0);
    System.gc();
    long memoryBytes = usedHeap() - heap0;
    long loadEvents = memory.eventCount();
    System.out.println("population registered: " + loadEvents + " events in " + loadSeconds + " s");

    boolean withH2 = !"false".equals(System.getProperty("mynalab.bench.h2"));
    if (!withH2) {
      // -Dmynalab.bench.h2=false: the in-memory store alone (e.g. at a size H2 cannot load in time)
      Map<String, Object> alone =
          year("memory", memory, people.forYear(registry(memory, clock, seed + 1)), days);
      alone.put("population_load_events", loadEvents);
      alone.put("population_load_seconds", round(loadSeconds));
      alone.put("population_load_events_per_second", round(loadEvents / loadSeconds));
      alone.put(
          "bytes_per_resident_after_population", Math.round(memoryBytes / (double) population));
      Map<String, Object> report = new LinkedHashMap<>();
      report.put("benchmark", "registry in-memory store alone: a population, then days of 届出");
      report.put("population", population);
      report.put("days", days);
      report.put("seed", seed);
      report.put("stores", List.of(alone));
      Path out =
          Path.of(
              System.getProperty(
                  "mynalab.bench.out", "../../reports/benchmarks/registry-memory.json"));
      Files.createDirectories(out.toAbsolutePath().getParent());
      Files.writeString(
          out, Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(report) + "\n");
      System.out.println("written to " + out.toAbsolutePath().normalize());
      return;
    }
    Path file = dir.resolve("bench");
    int cacheMb = Integer.getInteger("mynalab.bench.h2CacheMb", 1024);
    JdbcRegistryStore h2 = JdbcRegistryStore.h2File(file, cacheMb);
    long t1 = System.nanoTime();
    h2.bulkLoad(memory, 10_000);
    double bulkSeconds = seconds(t1);
    System.out.println("copied into H2 in " + bulkSeconds + " s");

    Map<String, Object> onMemory =
        year("memory", memory, people.forYear(registry(memory, clock, seed + 1)), days);
    onMemory.put("population_load_events", loadEvents);
    onMemory.put("population_load_seconds", round(loadSeconds));
    onMemory.put("population_load_events_per_second", round(loadEvents / loadSeconds));
    onMemory.put(
        "bytes_per_resident_after_population", Math.round(memoryBytes / (double) population));
    onMemory.put(
        "bytes_measured",
        "JVM heap used after GC, minus before: events + states + indexes + uniqueness sets");

    Map<String, Object> onH2 = year("h2", h2, people.forYear(registry(h2, clock, seed + 1)), days);
    onH2.put(
        "population_bulk_copy_rows",
        loadEvents * 2 + memory.issuedNumbers().size() + memory.assignedResidentCodes().size());
    onH2.put("population_bulk_copy_seconds", round(bulkSeconds));
    onH2.put(
        "population_bulk_copy",
        "JdbcRegistryStore.bulkLoad: JDBC batches of 10,000 rows, one commit per batch, rows in"
            + " primary-key order, WRITE_DELAY 1000 ms during the copy only (restored to 0 and"
            + " CHECKPOINT before the first 届出)");
    onH2.put("h2_cache_mb", cacheMb);
    long uncompacted = Files.size(Path.of(file + ".mv.db"));
    long residents = h2.residentCount();
    h2.closeCompacted();
    long compacted = Files.size(Path.of(file + ".mv.db"));
    onH2.put("bytes_per_resident", Math.round(compacted / (double) residents));
    onH2.put("bytes_per_resident_before_compaction", Math.round(uncompacted / (double) residents));
    onH2.put(
        "bytes_measured",
        "H2 file after SHUTDOWN COMPACT: events (JSON) + states (JSON) + indexes + uniqueness sets");
    onH2.put(
        "commit", "one transaction per 届出, committed (WRITE_DELAY=0) before it is acknowledged");

    Map<String, Object> report = new LinkedHashMap<>();
    report.put("benchmark", "registry stores: a population, then days of 届出 at national rates");
    report.put("population", population);
    report.put("days", days);
    report.put("seed", seed);
    report.put("municipalities", Municipalities.fromFixture().all().size());
    report.put("rates_per_resident_year", PopulationYear.rates());
    report.put("cpus", Runtime.getRuntime().availableProcessors());
    report.put("java", System.getProperty("java.version"));
    report.put("baseline", "memory");
    report.put("stores", List.of(onMemory, onH2));
    report.put(
        "h2_vs_memory_events_per_second",
        round((double) onH2.get("events_per_second") / (double) onMemory.get("events_per_second")));
    Path out =
        Path.of(
            System.getProperty(
                "mynalab.bench.out", "../../reports/benchmarks/registry-stores.json"));
    Files.createDirectories(out.toAbsolutePath().getParent());
    String json = Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(report);
    Files.writeString(out, json + "\n");
    System.out.println(json);
    System.out.println("written to " + out.toAbsolutePath().normalize());
    assertThat(onH2.get("events")).isEqualTo(onMemory.get("events"));
    assertThat(onH2.get("refused")).isEqualTo(onMemory.get("refused"));
  }

  /**
   * Runs every code path once on small registers (memory and H2) so that neither measured store
   * pays the JIT's and the class loader's first-call costs.
   */
  private static void warmUp(Path file) {
    WorldClock clock = WorldClock.frozenAt(PopulationYear.START);
    InMemoryRegistryStore memory = new InMemoryRegistryStore();
    PopulationYear people = new PopulationYear(registry(memory, clock, 1), clock, 1);
    people.populate(3_000);
    try (JdbcRegistryStore h2 = JdbcRegistryStore.h2File(file)) {
      h2.bulkLoad(memory, 1_000);
      people.forYear(registry(memory, clock, 2)).runYear(60);
      people.forYear(registry(h2, clock, 2)).runYear(60);
    }
    System.out.println("warmed up");
  }

  private static ResidentRegistry registry(RegistryStore store, WorldClock clock, long seed) {
    return new ResidentRegistry(
        store,
        Municipalities.fromFixture(),
        RuleBook.withDefaults(),
        clock,
        WorldSeed.of(seed),
        new Journal(clock, 10_000));
  }

  private static Map<String, Object> year(
      String name, RegistryStore store, PopulationYear people, int days) {
    long before = store.eventCount();
    long t = System.nanoTime();
    people.runYear(days);
    double s = seconds(t);
    long events = store.eventCount() - before;
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("store", name);
    r.put("residents", store.residentCount());
    r.put("filings", people.filings());
    r.put("refused", people.refused());
    r.put("events", events);
    r.put("seconds", round(s));
    r.put("events_per_second", round(events / s));
    r.put("filings_per_second", round(people.filings() / s));
    System.out.println(name + ": " + r);
    return r;
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private static long usedHeap() {
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
