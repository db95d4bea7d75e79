package dev.mynalab.drivers.network;

import dev.mynalab.drivers.World;
import dev.mynalab.drivers.lifecycle.LifecycleWorld;
import dev.mynalab.drivers.lifecycle.MunicipalCounter;
import dev.mynalab.kit.http.HttpEndpoint;
import dev.mynalab.kit.person.Sex;
import dev.mynalab.kit.problem.ProblemException;
import dev.mynalab.network.agency.Agency;
import dev.mynalab.network.agency.InMemoryProvider;
import dev.mynalab.network.agency.InformationItem;
import dev.mynalab.network.codes.AgencyCode;
import dev.mynalab.network.codes.PersonHandle;
import dev.mynalab.network.exchange.ExchangeRequest;
import dev.mynalab.network.exchange.ExchangeResult;
import dev.mynalab.network.exchange.InformationProvisionNetwork;
import dev.mynalab.network.exchange.LogEntry;
import dev.mynalab.network.server.NetworkHttpApi;
import dev.mynalab.registry.api.Requests;
import dev.mynalab.world.network.RegistryResidentDirectory;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * 情報提供ネットワーク as the agencies and residents of a scenario meet it (REQ-JR-01..06): residents by
 * readable names, agencies by their Japanese names, procedures (事務) and items by the words of the
 * feature files. The residents live in the reference world's 住民基本台帳 (the registry simulator, joined
 * through {@link RegistryResidentDirectory}): registering, moving, removing and changing a 住民票コード
 * are 届出 at the 市区町村窓口. Speaks the domain; knows nothing of Cucumber.
 *
 * <p>The features name municipalities 甲市 and 乙市, the placeholders of the statute book and of the
 * network's agency fixture; the register stands them for two municipalities of its fixture ({@link
 * #PLACES}).
 */
public final class NetworkDriver implements AutoCloseable {

  /** The procedures (事務) as the features name them, and their ids in the legal-basis fixture. */
  private static final Map<String, String> PROCEDURES =
      Map.of(
          "介護保険料の減免", "care-insurance-premium",
          "里親の認定", "foster-parent-certification",
          "国民年金保険料の免除", "national-pension-exemption",
          "高額療養費の支給", "high-cost-medical-benefit",
          "生活保護の決定", "public-assistance");

  /** The placeholder municipalities of the features and the register's municipalities for them. */
  static final Map<String, String> PLACES = Map.of("甲市", "千代田区", "乙市", "札幌市");

  /** What an HTTP request got back. */
  public record HttpOutcome(int status, String contentType, String body) {}

  private final World world;
  private final LifecycleWorld people;
  private final MunicipalCounter counter;
  private InformationProvisionNetwork network;
  private final Map<String, InMemoryProvider> providers = new HashMap<>();
  private final List<String> registered = new ArrayList<>();
  private final SplittableRandom codes;
  private final SplittableRandom births;
  private final Map<String, List<AgencyCode>> obtained = new LinkedHashMap<>();
  private final AtomicBoolean recordStoreBroken = new AtomicBoolean();
  private HttpEndpoint endpoint;
  private NetworkHttpApi api;
  private int recordMark;

  public NetworkDriver(World world, LifecycleWorld people, MunicipalCounter counter) {
    this.world = world;
    this.people = people;
    this.counter = counter;
    this.codes = world.seed().stream("drivers/network/guesses");
    this.births = world.seed().stream("drivers/network/births");
  }

  /** The network, joined to the scenario's register on first use (after the scenario's date). */
  public InformationProvisionNetwork network() {
    if (network == null) {
      network =
          InformationProvisionNetwork.builder(
                  world.clock(),
                  world.seed(),
                  new RegistryResidentDirectory(people.reference().registry()))
              .journal(world.journal())
              .checkpointEvery(4)
              .sink(
                  line -> {
                    if (recordStoreBroken.get()) {
                      throw new IOException("the record store is out of order");
                    }
                  })
              .build();
      for (Agency agency : network.agencies().agencies()) {
        if (!agency.provides().isEmpty()) {
          InMemoryProvider provider = new InMemoryProvider();
          providers.put(agency.id(), provider);
          network.attachProvider(agency.id(), provider);
        }
      }
    }
    return network;
  }

  public World world() {
    return world;
  }

  /** The people of the scenario, in the reference world's register. */
  public LifecycleWorld people() {
    return people;
  }

  // --- residents (住基ネット) ---

  private static String place(String municipality) {
    String name = PLACES.get(municipality);
    if (name == null) {
      throw new IllegalArgumentException(
          "no municipality " + municipality + " in these features; known: " + PLACES.keySet());
    }
    return name;
  }

  /** Fails when the register refused the last 届出: a scenario must not go on as if it were taken. */
  private void requireAccepted(String what) {
    if (people.lastRefusal() != null) {
      throw new IllegalStateException(what + " was refused: " + people.lastRefusal());
    }
  }

  /** Registers a Japanese resident (a 出生届 with a seeded date of birth) in {@code municipality}. */
  public void register(String name, String municipality) {
    LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(births.nextInt(50 * 365));
    counter.registerJapanese(name, birth, place(municipality), Sex.FEMALE);
    registered.add(name);
    network();
  }

  /** Moves between municipalities: 転出届 and, the same day, 転入届 at the destination. */
  public void move(String name, String toMunicipality) {
    counter.moveOut(name, people.today(), place(toMunicipality));
    requireAccepted("the 転出届 of " + name);
    counter.moveIn(name, people.today(), place(toMunicipality), false);
    requireAccepted("the 転入届 of " + name);
  }

  /** Replaces the person's 住民票コード (rule MN-06); returns the old one. */
  public String changeJuminhyoCode(String name) {
    String previous = juminhyoCode(name);
    people.reference().registry().changeResidentCode(new Requests.ResidentCodeChange(previous));
    return previous;
  }

  /** The resident record is removed (a 死亡届): no new codes; existing ones still translate. */
  public void removeResident(String name) {
    counter.death(name);
    requireAccepted("the 死亡届 of " + name);
  }

  public String juminhyoCode(String name) {
    return people.code(name);
  }

  /** The placeholder name (甲市, 乙市) of the municipality the person lives in. */
  public String municipalityOf(String name) {
    String code = people.resident(name).municipality();
    String registered =
        people.reference().registry().municipalities().all().stream()
            .filter(m -> m.code().equals(code))
            .findFirst()
            .orElseThrow()
            .name();
    return PLACES.entrySet().stream()
        .filter(e -> e.getValue().equals(registered))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElse(registered);
  }

  // --- agencies, items, procedures ---

  /** The agency whose Japanese name starts with {@code label}, e.g. "乙市 介護保険課". */
  public Agency agency(String label) {
    return network().agencies().agencies().stream()
        .filter(a -> a.nameJa().startsWith(label) || a.id().equals(label))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no agency named " + label));
  }

  /** The item whose Japanese name starts with {@code label}, e.g. "地方税関係情報". */
  public InformationItem item(String label) {
    return network().agencies().items().stream()
        .filter(i -> i.nameJa().startsWith(label) || i.id().equals(label))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no information item named " + label));
  }

  public String procedure(String label) {
    String id = PROCEDURES.get(label);
    if (id == null) {
      throw new IllegalArgumentException(
          "no procedure named " + label + "; known: " + PROCEDURES.keySet());
    }
    return id;
  }

  // --- codes and requests ---

  /** The agency obtains its own 機関別符号 for the person. */
  public AgencyCode obtainCode(String agencyLabel, String name) {
    String agency = agency(agencyLabel).id();
    AgencyCode code = network().obtainCode(agency, juminhyoCode(name));
    List<AgencyCode> list = obtained.computeIfAbsent(agency, a -> new ArrayList<>());
    if (!list.contains(code)) {
      list.add(code);
    }
    return code;
  }

  /** Every code the agency has obtained in this scenario. */
  public List<AgencyCode> codesObtainedBy(String agencyLabel) {
    return List.copyOf(obtained.getOrDefault(agency(agencyLabel).id(), List.of()));
  }

  /** Every code any agency has obtained in this scenario. */
  public List<AgencyCode> allObtainedCodes() {
    return obtained.values().stream().flatMap(List::stream).toList();
  }

  public List<String> allJuminhyoCodes() {
    return registered.stream().map(this::juminhyoCode).toList();
  }

  /** The agency tries to obtain a code with a 住民票コード; the problem's status, or 200. */
  public int obtainCodeStatusWith(String agencyLabel, String juminhyoCode) {
    try {
      network().obtainCode(agency(agencyLabel).id(), juminhyoCode);
      return 200;
    } catch (ProblemException e) {
      return e.problem().status();
    }
  }

  /** Whether {@code asker} can translate {@code code} into a person (it can only with its own). */
  public boolean canResolve(String askerLabel, AgencyCode code) {
    return network().codes().resolve(agency(askerLabel).id(), code).isPresent();
  }

  /** The holder records data about the person under its own code. */
  public void hold(String holderLabel, String name, String itemLabel, Map<String, String> data) {
    Agency holder = agency(holderLabel);
    providers.get(holder.id()).hold(obtainCode(holderLabel, name), item(itemLabel).id(), data);
  }

  /** A request with the requester's own code for the person. */
  public ExchangeResult request(
      String requesterLabel,
      String name,
      String procedureLabel,
      String providerLabel,
      String itemLabel) {
    return requestWithCode(
        requesterLabel, obtainCode(requesterLabel, name), procedureLabel, providerLabel, itemLabel);
  }

  /** A request presenting any code (its own, another agency's, or a guess). */
  public ExchangeResult requestWithCode(
      String requesterLabel,
      AgencyCode code,
      String procedureLabel,
      String providerLabel,
      String itemLabel) {
    return network()
        .request(
            agency(requesterLabel).id(),
            new ExchangeRequest(
                code.value(),
                procedure(procedureLabel),
                item(itemLabel).id(),
                agency(providerLabel).id()));
  }

  /** A guessed code: well-formed, drawn from the seed, issued to nobody. */
  public AgencyCode guessedCode() {
    return new AgencyCode(String.format("%016X%016X", codes.nextLong(), codes.nextLong()));
  }

  public boolean isFlagged(String agencyLabel) {
    return network().isFlagged(agency(agencyLabel).id());
  }

  /** The record entries about the person (what マイナポータル shows them). */
  public List<LogEntry> recordsAbout(String name) {
    PersonHandle person = network().codes().enrol(juminhyoCode(name));
    return network().recordsAbout(person);
  }

  public int recordSize() {
    return network().log().size();
  }

  /** Remembers the record's size, to tell later whether anything was appended. */
  public void markRecordSize() {
    recordMark = recordSize();
  }

  /** Entries appended since {@link #markRecordSize}. */
  public int recordGrowthSinceMark() {
    return recordSize() - recordMark;
  }

  /** The durable store behind the record fails (disk full): appends must fail whole. */
  public void breakRecordStore(boolean broken) {
    recordStoreBroken.set(broken);
  }

  /**
   * A sample of {@code count} exchanges about 花子 and 太郎: odd ones lawful (provided), even ones
   * without a legal basis (refused).
   */
  public void sampleExchanges(int count) {
    for (String name : List.of("花子", "太郎")) {
      if (!registered.contains(name)) {
        register(name, "甲市");
      }
      hold("甲市 税務課", name, "地方税関係情報", Map.of("課税区分", "課税"));
    }
    for (int i = 1; i <= count; i++) {
      String name = i % 4 < 2 ? "花子" : "太郎";
      if (i % 2 == 1) {
        request("乙市 介護保険課", name, "介護保険料の減免", "甲市 税務課", "地方税関係情報");
      } else {
        request("乙市 介護保険課", name, "介護保険料の減免", "模擬健康保険組合", "医療保険給付関係情報");
      }
    }
  }

  /** Sets today's date; once the register exists the world only moves forward. */
  public void setDate(LocalDate date) {
    people.today(date);
  }

  // --- the HTTP protocol plane ---

  /** Posts {@code body} to the network's request endpoint as the agency, over loopback HTTP. */
  public HttpOutcome postRequest(String agencyLabel, String body) {
    if (endpoint == null) {
      api = new NetworkHttpApi(network(), world.seed());
      endpoint = api.start(0);
    }
    try {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(endpoint.uri() + "/network/v1/requests"))
              .header("Authorization", "Bearer " + api.tokenFor(agency(agencyLabel).id()))
              .POST(BodyPublishers.ofString(body))
              .build();
      var response = HttpClient.newHttpClient().send(request, BodyHandlers.ofString());
      return new HttpOutcome(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.body());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    if (endpoint != null) {
      endpoint.close();
      endpoint = null;
    }
  }
}
