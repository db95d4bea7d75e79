package dev.mynalab.drivers.registry;

import dev.mynalab.drivers.World;
import dev.mynalab.kit.person.Sex;
import dev.mynalab.kit.problem.Problem;
import dev.mynalab.kit.problem.ProblemException;
import dev.mynalab.registry.ResidentRegistry;
import dev.mynalab.registry.Views;
import dev.mynalab.registry.api.Requests;
import dev.mynalab.registry.municipality.Municipality;
import dev.mynalab.registry.notify.IssuingAuthorityNotification;
import dev.mynalab.registry.number.MyNumber;
import dev.mynalab.registry.resident.Honseki;
import dev.mynalab.registry.resident.Nationality;
import dev.mynalab.registry.resident.PersonName;
import dev.mynalab.registry.resident.Resident;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * 市区町村窓口: the clerk's counter of the simulated register, speaking the domain (住民, 届出, 除票, 附票).
 * Residents are known by the name the scenario gives them.
 *
 * <p><b>Stores.</b> Every 届出 is filed, in lockstep, on each store named by the system property
 * {@value #STORES_PROPERTY} (default {@code memory,h2}: the in-memory store and an H2 file store
 * per scenario), from the same seed and clock. After each 届出 the driver checks that every store
 * gave the same answer (the same resident state, or the same refusal with the same status and
 * pointer), so each scenario passes on both stores or fails naming the store that disagreed.
 * Then-steps read the first store. Knows nothing of Cucumber.
 */
public final class MunicipalOffice implements AutoCloseable {

  /** System property: the stores to run on, comma-separated ({@code memory}, {@code h2}). */
  public static final String STORES_PROPERTY = "mynalab.registry.stores";

  private final World world;
  private final List<RegistryLane> lanes = new ArrayList<>();
  private final Map<String, String> codesByName = new HashMap<>();
  private Problem lastProblem;
  private long eventsAddedByLastFiling;

  public MunicipalOffice(World world) {
    this.world = world;
  }

  /** Opens the stores on first use, so that scenarios of other features pay nothing. */
  private List<RegistryLane> lanes() {
    if (lanes.isEmpty()) {
      String stores = System.getProperty(STORES_PROPERTY, "memory,h2");
      boolean primary = true;
      for (String name : Arrays.stream(stores.split(",")).map(String::trim).toList()) {
        lanes.add(RegistryLane.open(name, world, primary));
        primary = false;
      }
    }
    return lanes;
  }

  private RegistryLane main() {
    return lanes().get(0);
  }

  /** The stores this office files on, in order. */
  public List<String> stores() {
    return lanes().stream().map(l -> l.storeName).toList();
  }

  // ------------------------------------------------------------------ the world

  /** Sets today's date (the world clock, 00:00 JST). */
  public void today(LocalDate date) {
    world.clock().set(date);
  }

  /** Today's date in the world. */
  public LocalDate today() {
    return world.clock().today();
  }

  /** The municipality of that name in the fixture (e.g. 千代田区, 読谷村). */
  public Municipality municipality(String name) {
    return main().registry.municipalities().all().stream()
        .filter(m -> m.name().equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException("no municipality named " + name + " in the fixture"));
  }

  // ------------------------------------------------------------------ 届出

  /** 出生届 (or the record of a Japanese national living in {@code municipality} since birth). */
  public Resident registerBirth(String name, LocalDate birthDate, String municipality) {
    String code = municipality(municipality).code();
    Resident r =
        file(
            reg ->
                reg.birth(
                    new Requests.Birth(
                        code,
                        PersonName.of(name),
                        birthDate,
                        Sex.FEMALE,
                        Nationality.JAPANESE,
                        new Honseki(code, municipality + "1番地"),
                        municipality + "1-1",
                        null)));
    return remember(name, r);
  }

  /** 国外からの転入届 of a foreign national (a newcomer: new 住民票コード and My Number). */
  public Resident registerForeignArrival(
      String name,
      LocalDate birthDate,
      String country,
      LocalDate stayUntil,
      String municipality,
      LocalDate arrivedOn) {
    String code = municipality(municipality).code();
    Resident r =
        file(
            reg ->
                reg.arriveFromAbroad(
                    new Requests.Arrival(
                        null,
                        code,
                        arrivedOn,
                        municipality + "2-2",
                        null,
                        PersonName.of(name),
                        birthDate,
                        Sex.MALE,
                        new Nationality(country, stayUntil),
                        null)));
    return remember(name, r);
  }

  /** The 機構 issued a card; the register records it (expiry from the rule book). */
  public Resident recordCard(String name, LocalDate applicationReceivedOn, LocalDate issuedOn) {
    return file(
        reg ->
            reg.recordCardIssued(
                new Requests.CardIssue(code(name), applicationReceivedOn, issuedOn)));
  }

  public Resident fileMoveOut(String name, String destination, LocalDate plannedOn) {
    String dest = municipality(destination).code();
    return file(reg -> reg.moveOut(new Requests.MoveOut(code(name), plannedOn, dest)));
  }

  public Resident fileMoveIn(
      String name, String municipality, LocalDate movedInOn, boolean cardPresented) {
    String code = municipality(municipality).code();
    return file(
        reg ->
            reg.moveIn(
                new Requests.MoveIn(
                    code(name), code, movedInOn, municipality + "3-3", null, cardPresented)));
  }

  public Resident fileMoveWithin(String name, String address, LocalDate movedOn) {
    return file(reg -> reg.moveWithin(new Requests.MoveWithin(code(name), movedOn, address, null)));
  }

  public Resident fileContinuedUse(String name, LocalDate on) {
    return file(reg -> reg.continuedUse(new Requests.ContinuedUse(code(name), on)));
  }

  public Resident fileEmigration(
      String name, LocalDate departureOn, String country, LocalDate procedureOn) {
    return file(
        reg ->
            reg.emigrate(
                new Requests.Emigration(code(name), departureOn, country, null, procedureOn)));
  }

  public Resident fileReturnFromAbroad(String name, String municipality, LocalDate arrivedOn) {
    String code = municipality(municipality).code();
    return file(
        reg ->
            reg.arriveFromAbroad(
                new Requests.Arrival(
                    code(name),
                    code,
                    arrivedOn,
                    municipality + "4-4",
                    null,
                    null,
                    null,
                    null,
                    null,
                    null)));
  }

  public Resident fileDeath(String name, LocalDate diedOn) {
    return file(reg -> reg.death(new Requests.Death(code(name), diedOn)));
  }

  public Resident fileNameChange(String name, String newName, LocalDate on) {
    return file(
        reg -> reg.changeName(new Requests.NameChange(code(name), PersonName.of(newName), on)));
  }

  public Resident changeMyNumber(String name, String reason) {
    return file(reg -> reg.changeMyNumber(new Requests.MyNumberChange(code(name), reason)));
  }

  public Resident changeResidentCode(String name) {
    Resident r = file(reg -> reg.changeResidentCode(new Requests.ResidentCodeChange(code(name))));
    if (r != null) {
      codesByName.put(name, r.residentCode());
    }
    return r;
  }

  /** The daily batch that applies the moving and expiry deadlines (MV-03, MV-04, LV-01). */
  public void sweepDeadlines() {
    fileAll(ResidentRegistry::sweepDeadlines);
  }

  // ------------------------------------------------------------------ answers

  /** The refusal of the last 届出, or null when it was accepted. */
  public Problem lastProblem() {
    return lastProblem;
  }

  public Resident resident(String name) {
    return main().registry.find(code(name)).orElseThrow();
  }

  public long eventCount() {
    return main().store.eventCount();
  }

  /** How many events the last 届出 recorded (0 after a refusal: nothing half-written). */
  public long eventsAddedByLastFiling() {
    return eventsAddedByLastFiling;
  }

  /** The My Number first assigned to this person (before any MN-05 change). */
  public String firstMyNumber(String name) {
    Resident r = resident(name);
    return r.formerMyNumbers().isEmpty() ? r.myNumber() : r.formerMyNumbers().get(0);
  }

  /** What the issuing authority (機構) was told about this person, in order. */
  public List<IssuingAuthorityNotification> notificationsAbout(String name) {
    return main().authority.about(resident(name).personId());
  }

  public List<Views.RemovedRecord> removedRecords(String name) {
    return main().registry.removedRecords(code(name));
  }

  public Views.Fuhyo fuhyo(String name) {
    return main().registry.fuhyo(code(name));
  }

  /** Whether the 機構 ever issued this number, replaced ones included (MN-03). */
  public boolean everIssued(String myNumber) {
    return main().store.contains(MyNumber.parse(myNumber));
  }

  public List<String> names() {
    return List.copyOf(codesByName.keySet());
  }

  // ------------------------------------------------------------------ lockstep

  private String code(String name) {
    String code = codesByName.get(name);
    if (code == null) {
      throw new IllegalArgumentException("no resident called " + name + " in this scenario");
    }
    return code;
  }

  private Resident remember(String name, Resident r) {
    if (r != null) {
      codesByName.put(name, r.residentCode());
    }
    return r;
  }

  /** Files on every store; returns the first store's resident, or null when refused. */
  private Resident file(Function<ResidentRegistry, Resident> filing) {
    Object outcome = fileAll(filing);
    return outcome instanceof Resident r ? r : null;
  }

  private <T> Object fileAll(Function<ResidentRegistry, T> filing) {
    long before = main().store.eventCount();
    Object first = null;
    List<RegistryLane> all = lanes();
    for (int i = 0; i < all.size(); i++) {
      RegistryLane lane = all.get(i);
      Object outcome;
      try {
        outcome = filing.apply(lane.registry);
      } catch (ProblemException e) {
        outcome = e.problem();
      }
      if (i == 0) {
        first = outcome;
      } else if (!sameOutcome(first, outcome)) {
        throw new AssertionError(
            "the "
                + lane.storeName
                + " store disagrees with the "
                + main().storeName
                + " store:\n  "
                + main().storeName
                + ": "
                + first
                + "\n  "
                + lane.storeName
                + ": "
                + outcome);
      }
    }
    for (RegistryLane lane : all.subList(1, all.size())) {
      if (!lane.authority.received().equals(main().authority.received())) {
        throw new AssertionError("the " + lane.storeName + " store notified the 機構 differently");
      }
    }
    lastProblem = first instanceof Problem p ? p : null;
    eventsAddedByLastFiling = main().store.eventCount() - before;
    return first;
  }

  private static boolean sameOutcome(Object a, Object b) {
    if (a instanceof Problem p && b instanceof Problem q) {
      return p.status() == q.status()
          && Objects.equals(p.pointer(), q.pointer())
          && p.type().equals(q.type());
    }
    return Objects.equals(a, b);
  }

  @Override
  public void close() {
    lanes.forEach(RegistryLane::close);
    lanes.clear();
  }
}
