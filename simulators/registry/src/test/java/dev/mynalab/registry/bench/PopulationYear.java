package dev.mynalab.registry.bench;

import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.kit.person.Sex;
import dev.mynalab.kit.problem.ProblemException;
import dev.mynalab.registry.ResidentRegistry;
import dev.mynalab.registry.api.Requests;
import dev.mynalab.registry.municipality.Municipality;
import dev.mynalab.registry.resident.Honseki;
import dev.mynalab.registry.resident.Nationality;
import dev.mynalab.registry.resident.PersonName;
import dev.mynalab.registry.resident.Resident;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Generates a population and applies a year of 届出 at rates scaled from the national figures
 * (domain-rules.md §14): per resident and year, 4.20 % moves between municipalities (ST-05:
 * 5,207,746 / 1.24億; each is a 転出 and a 転入), 0.30 % departures abroad and 0.59 % arrivals from
 * abroad (ST-05), 0.55 % births and 1.29 % deaths (2024 vital statistics: 686,061 births, 1,605,298
 * deaths), 4.20 % moves within a municipality (転居; not counted by ST-05 — assumed equal to the
 * moves between municipalities), 0.39 % name changes (about 485,000 marriages in 2024), and 9.7 %
 * card issues (RN-03: about 1,200万 card renewals in FY2025). A 転入 follows its 転出 after 0-10 days;
 * the register's deadline sweep runs every day. Everything is drawn from one seed, so a run
 * replays.
 */
final class PopulationYear {

  static final double MOVES = 5_207_746 / 124_000_000.0;
  static final double ABROAD_OUT = 371_615 / 124_000_000.0;
  static final double ABROAD_IN = 735_883 / 124_000_000.0;
  static final double BIRTHS = 686_061 / 124_000_000.0;
  static final double DEATHS = 1_605_298 / 124_000_000.0;
  static final double MOVES_WITHIN = MOVES;
  static final double NAME_CHANGES = 485_000 / 124_000_000.0;
  static final double CARD_ISSUES = 12_000_000 / 124_000_000.0;

  static final LocalDate START = LocalDate.of(2024, 1, 1);

  private final ResidentRegistry registry;
  private final WorldClock clock;
  private final List<Municipality> municipalities;
  private final long seed;
  private SplittableRandom random;
  private final List<String> codes;
  private long refused;
  private long filings;

  PopulationYear(ResidentRegistry registry, WorldClock clock, long seed) {
    this(registry, clock, seed, new ArrayList<>());
  }

  private PopulationYear(
      ResidentRegistry registry, WorldClock clock, long seed, List<String> codes) {
    this.registry = registry;
    this.clock = clock;
    this.municipalities = registry.municipalities().all();
    this.seed = seed;
    this.random = new SplittableRandom(seed);
    this.codes = codes;
  }

  /**
   * The same population, for a year on another register holding a copy of it: the year draws from
   * its own stream of the seed, so every copy lives exactly the same year.
   */
  PopulationYear forYear(ResidentRegistry other) {
    return new PopulationYear(other, clock, seed, new ArrayList<>(codes));
  }

  /** The yearly rates per resident, for the report. */
  static Map<String, Double> rates() {
    Map<String, Double> r = new LinkedHashMap<>();
    r.put("moves_between_municipalities (転出+転入), ST-05", MOVES);
    r.put("moves_within (転居), assumed = ST-05 rate", MOVES_WITHIN);
    r.put("departures_abroad, ST-05", ABROAD_OUT);
    r.put("arrivals_from_abroad, ST-05", ABROAD_IN);
    r.put("births, 2024 vital statistics", BIRTHS);
    r.put("deaths, 2024 vital statistics", DEATHS);
    r.put("name_changes, ~2024 marriages", NAME_CHANGES);
    r.put("card_issues, RN-03", CARD_ISSUES);
    return r;
  }

  long refused() {
    return refused;
  }

  long filings() {
    return filings;
  }

  /** Registers {@code size} residents (97 % Japanese by birth, 3 % foreign arrivals). */
  void populate(int size) {
    clock.set(START);
    for (int i = 0; i < size; i++) {
      LocalDate born = START.minusDays(1 + random.nextInt(100 * 365));
      if (random.nextInt(100) < 3) {
        arriveForeign(born, START);
      } else {
        birth(born);
      }
    }
  }

  /** Applies {@code days} days (a year: 365) of 届出 at the national rates, day by day. */
  void runYear(int days) {
    random = new SplittableRandom(seed ^ 0x5EED_0F_7EA4L);
    int n = codes.size();
    Deque<Object[]> pendingMoveIns = new ArrayDeque<>();
    for (int day = 0; day < days; day++) {
      if (day % 30 == 0) {
        System.out.println("  day " + day + ": " + filings + " filings");
      }
      LocalDate today = START.plusDays(day);
      clock.set(today);
      int moves = daily(n, MOVES);
      for (int i = 0; i < moves; i++) {
        String code = pick();
        Municipality dest = municipalities.get(random.nextInt(municipalities.size()));
        LocalDate planned = today.plusDays(random.nextInt(7));
        if (file(() -> registry.moveOut(new Requests.MoveOut(code, planned, dest.code())))) {
          pendingMoveIns.add(new Object[] {code, dest.code(), planned.plusDays(random.nextInt(4))});
        }
      }
      for (int k = pendingMoveIns.size(); k > 0; k--) {
        Object[] p = pendingMoveIns.poll();
        LocalDate movedIn = (LocalDate) p[2];
        if (movedIn.isAfter(today)) {
          pendingMoveIns.add(p);
          continue;
        }
        file(
            () ->
                registry.moveIn(
                    new Requests.MoveIn(
                        (String) p[0],
                        (String) p[1],
                        movedIn,
                        "転入先" + random.nextInt(10_000),
                        null,
                        random.nextInt(10) > 0)));
      }
      repeat(
          daily(n, MOVES_WITHIN),
          () ->
              registry.moveWithin(
                  new Requests.MoveWithin(pick(), today, "転居先" + random.nextInt(1_000_000), null)));
      repeat(
          daily(n, ABROAD_OUT),
          () ->
              registry.emigrate(
                  new Requests.Emigration(
                      pick(),
                      today.plusDays(random.nextInt(10)),
                      "US",
                      null,
                      random.nextBoolean() ? today : null)));
      repeat(
          daily(n, ABROAD_IN),
          () -> arriveForeign(today.minusYears(20 + random.nextInt(30)), today));
      repeat(daily(n, BIRTHS), () -> birth(today));
      repeat(daily(n, DEATHS), () -> registry.death(new Requests.Death(pick(), today)));
      repeat(
          daily(n, NAME_CHANGES),
          () ->
              registry.changeName(
                  new Requests.NameChange(
                      pick(), PersonName.of("改姓 " + random.nextInt(100_000)), today)));
      repeat(
          daily(n, CARD_ISSUES),
          () ->
              registry.recordCardIssued(
                  new Requests.CardIssue(pick(), today.minusDays(30), today)));
      filings++;
      registry.sweepDeadlines();
    }
  }

  private int daily(int n, double yearlyRate) {
    double expected = n * yearlyRate / 365.0;
    int whole = (int) expected;
    return whole + (random.nextDouble() < expected - whole ? 1 : 0);
  }

  private void repeat(int times, Runnable filing) {
    for (int i = 0; i < times; i++) {
      file(
          () -> {
            filing.run();
            return null;
          });
    }
  }

  private boolean file(java.util.function.Supplier<Object> filing) {
    filings++;
    try {
      filing.get();
      return true;
    } catch (ProblemException e) {
      refused++; // a dead, departed or moving person picked at random: the clerk refuses
      return false;
    }
  }

  private String pick() {
    return codes.get(random.nextInt(codes.size()));
  }

  private Resident birth(LocalDate born) {
    Municipality m = municipalities.get(random.nextInt(municipalities.size()));
    Resident r =
        registry.birth(
            new Requests.Birth(
                m.code(),
                PersonName.of("住民 " + codes.size()),
                born,
                random.nextBoolean() ? Sex.MALE : Sex.FEMALE,
                Nationality.JAPANESE,
                new Honseki(m.code(), m.name() + "1番地"),
                m.name() + random.nextInt(100_000),
                null));
    codes.add(r.residentCode());
    return r;
  }

  private Resident arriveForeign(LocalDate born, LocalDate arrived) {
    Municipality m = municipalities.get(random.nextInt(municipalities.size()));
    Resident r =
        registry.arriveFromAbroad(
            new Requests.Arrival(
                null,
                m.code(),
                arrived,
                m.name() + random.nextInt(100_000),
                null,
                PersonName.of("FOREIGN " + codes.size()),
                born,
                Sex.FEMALE,
                new Nationality("VN", arrived.plusYears(3)),
                null));
    codes.add(r.residentCode());
    return r;
  }
}
