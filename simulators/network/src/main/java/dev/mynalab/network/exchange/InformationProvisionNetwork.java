package dev.mynalab.network.exchange;

import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.kit.journal.Journal;
import dev.mynalab.kit.problem.Problem;
import dev.mynalab.kit.problem.ProblemException;
import dev.mynalab.kit.random.WorldSeed;
import dev.mynalab.network.agency.Agency;
import dev.mynalab.network.agency.AgencyDirectory;
import dev.mynalab.network.agency.ProviderPort;
import dev.mynalab.network.codes.AgencyCode;
import dev.mynalab.network.codes.AgencyCodeIssuer;
import dev.mynalab.network.codes.CodeNotIssuedException;
import dev.mynalab.network.codes.PersonHandle;
import dev.mynalab.network.law.LegalBasisCatalogue;
import dev.mynalab.network.notice.Notice;
import dev.mynalab.network.notice.NoticeBox;
import dev.mynalab.network.resident.ResidentDirectory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The information-provision network (情報提供ネットワークシステム, 番号法 第2条第14項, 第21条): agencies obtain their own
 * 機関別符号 for a person, request items from each other under a legal basis (第19条 第8号), and every
 * request — answered or refused — is recorded in the hash-chained {@link ExchangeLog} (第23条), which
 * the person reads in マイナポータル.
 *
 * <p>A request is handled in this order, and each step that fails is recorded: (1) a flagged
 * requester is refused; (2) the requester's code is translated to the person — a code the network
 * did not issue to this requester is refused as unknown and counts towards the guessing limit, so
 * an agency can neither resolve nor probe another agency's codes; (3) the legal basis is looked up
 * for requester role, procedure, item, provider role and date — without one the request is refused
 * (and the person can see the attempt); (4) the person's code at the provider is derived and the
 * provider asked through its {@link ProviderPort}. Malformed requests are {@link ProblemException}s
 * pointing at the field and are journalled, not recorded: they name no person.
 */
public final class InformationProvisionNetwork {

  /** Journal channel of the network. */
  public static final String CHANNEL = "network";

  private final WorldClock clock;
  private final Journal journal;
  private final AgencyDirectory agencies;
  private final LegalBasisCatalogue law;
  private final AgencyCodeIssuer codes;
  private final ExchangeLog log;
  private final GuessingMonitor monitor;
  private final NoticeBox notices = new NoticeBox();
  private final Map<String, ProviderPort> providers = new HashMap<>();

  private InformationProvisionNetwork(Builder b) {
    this.clock = b.clock;
    this.journal = b.journal != null ? b.journal : new Journal(b.clock);
    this.agencies = b.agencies != null ? b.agencies : AgencyDirectory.fromFixture();
    this.law = b.law != null ? b.law : LegalBasisCatalogue.fromFixture();
    this.codes = new AgencyCodeIssuer(b.seed, b.residents);
    this.log = new ExchangeLog(b.clock, new LogSigner(b.seed), b.checkpointEvery, b.sink);
    this.monitor = new GuessingMonitor(b.guessLimit, b.guessWindow);
  }

  public static Builder builder(WorldClock clock, WorldSeed seed, ResidentDirectory residents) {
    return new Builder(clock, seed, residents);
  }

  /** Connects an agency's system as the provider of the items it holds. */
  public void attachProvider(String agencyId, ProviderPort port) {
    registered(agencyId);
    synchronized (providers) {
      providers.put(agencyId, Objects.requireNonNull(port, "port"));
    }
  }

  /**
   * An agency obtains its own code for the person with {@code juminhyoCode} (符号の取得).
   *
   * @throws ProblemException 403 for an unregistered agency, 404 when no current resident has it
   */
  public AgencyCode obtainCode(String agencyId, String juminhyoCode) {
    registered(agencyId);
    try {
      AgencyCode code = codes.obtain(agencyId, juminhyoCode);
      journal.record(CHANNEL, "code-obtained", agencyId + " obtained a 機関別符号");
      return code;
    } catch (CodeNotIssuedException e) {
      throw new ProblemException(Problem.notFound(e.getMessage()));
    }
  }

  /**
   * Handles one request from {@code requesterId}; always returns the recorded outcome for a
   * well-formed request.
   *
   * @throws ProblemException 403 for an unregistered requester, 422 for a malformed field
   */
  public ExchangeResult request(String requesterId, ExchangeRequest request) {
    Agency requester = registered(requesterId);
    Validated v = validate(request);
    Map<String, Object> body = new TreeMap<>();
    body.put("requester", requester.id());
    body.put("provider", v.provider().id());
    body.put("procedure", request.procedure());
    body.put("item", request.item());
    if (monitor.isFlagged(requester.id())) {
      return record(body, Outcome.REFUSED_FLAGGED, null, null, null, Map.of());
    }
    Optional<PersonHandle> person = codes.resolve(requester.id(), v.code());
    if (person.isEmpty()) {
      body.put("presented", fingerprint(v.code()));
      ExchangeResult result =
          record(body, Outcome.REFUSED_UNKNOWN_CODE, null, null, null, Map.of());
      if (monitor.failure(requester.id(), clock.instant())) {
        flag(requester.id());
      }
      return result;
    }
    body.put("subject", disclosureCode(person.get()).value());
    var basis =
        law.find(requester, request.procedure(), request.item(), v.provider(), clock.today());
    if (basis.isEmpty()) {
      return record(body, Outcome.REFUSED_NO_LEGAL_BASIS, null, null, null, Map.of());
    }
    String basisId = basis.get().basis().id();
    String citation = basis.get().citation().law();
    ProviderPort port;
    synchronized (providers) {
      port = providers.get(v.provider().id());
    }
    if (port == null) {
      return record(body, Outcome.NOT_HELD, basisId, citation, "no provider attached", Map.of());
    }
    Optional<Map<String, String>> answer;
    try {
      answer = port.answer(codes.codeOf(v.provider().id(), person.get()), request.item());
    } catch (RuntimeException e) {
      return record(
          body, Outcome.PROVIDER_FAILED, basisId, citation, e.getClass().getName(), Map.of());
    }
    return answer
        .map(data -> record(body, Outcome.PROVIDED, basisId, citation, null, data))
        .orElseGet(() -> record(body, Outcome.NOT_HELD, basisId, citation, null, Map.of()));
  }

  /**
   * An agency pushes an お知らせ to the person it knows as {@code subjectCode}. Delivered and refused
   * notices are recorded ({@code kind: notice}, title only); an unknown code counts as a guess.
   *
   * @throws ProblemException 403 unregistered, 422 malformed, 404 unknown code (counted as a guess)
   */
  public Notice pushNotice(String agencyId, String subjectCode, String title, String text) {
    Agency agency = registered(agencyId);
    AgencyCode code = parseCode(subjectCode);
    if (title == null || title.isBlank()) {
      throw new ProblemException(Problem.invalidField("/title", "title is required"));
    }
    if (text == null || text.isBlank()) {
      throw new ProblemException(Problem.invalidField("/body", "body is required"));
    }
    Map<String, Object> body = new TreeMap<>();
    body.put("requester", agency.id());
    body.put("title", title);
    if (monitor.isFlagged(agency.id())) {
      body.put("outcome", Outcome.REFUSED_FLAGGED.name());
      log.append("notice", body);
      throw new ProblemException(
          new Problem(
              Problem.URN + "flagged",
              "Requests suspended",
              429,
              agencyId + " is suspended after repeated unknown codes",
              null));
    }
    Optional<PersonHandle> person = codes.resolve(agency.id(), code);
    if (person.isEmpty()) {
      body.put("outcome", Outcome.REFUSED_UNKNOWN_CODE.name());
      body.put("presented", fingerprint(code));
      log.append("notice", body);
      if (monitor.failure(agency.id(), clock.instant())) {
        flag(agency.id());
      }
      throw new ProblemException(
          Problem.notFound("no person is known to " + agencyId + " by this code"));
    }
    body.put("outcome", "DELIVERED");
    body.put("subject", disclosureCode(person.get()).value());
    log.append("notice", body);
    Notice notice =
        notices.deliver(
            person.get(),
            new Notice(0, clock.instant(), agency.id(), agency.nameJa(), title, text));
    journal.record(CHANNEL, "notice", agencyId + " pushed an お知らせ");
    return notice;
  }

  /** The exchanges recorded about one person (マイナポータル's やりとり履歴). */
  public List<LogEntry> recordsAbout(PersonHandle person) {
    String subject = disclosureCode(person).value();
    return log.entries(e -> "exchange".equals(e.kind()) && subject.equals(e.string("subject")));
  }

  public List<Notice> noticesOf(PersonHandle person) {
    return notices.of(person);
  }

  /** The person's code at マイナポータル: how the record names them, linkable to nothing else. */
  public AgencyCode disclosureCode(PersonHandle person) {
    return codes.codeOf(AgencyDirectory.PORTAL, person);
  }

  public ExchangeLog log() {
    return log;
  }

  public AgencyDirectory agencies() {
    return agencies;
  }

  public LegalBasisCatalogue law() {
    return law;
  }

  /** The issuer, for the network's own components (the portal); never handed to agencies. */
  public AgencyCodeIssuer codes() {
    return codes;
  }

  public Journal journal() {
    return journal;
  }

  public boolean isFlagged(String agencyId) {
    return monitor.isFlagged(agencyId);
  }

  /** Admin plane: the operator lifts a flag after investigation. */
  public void clearFlag(String agencyId) {
    monitor.clear(agencyId);
    journal.record(CHANNEL, "flag-cleared", agencyId);
  }

  private record Validated(AgencyCode code, Agency provider) {}

  private Validated validate(ExchangeRequest request) {
    if (request == null) {
      throw new ProblemException(Problem.malformed("a request body is required"));
    }
    AgencyCode code = parseCode(request.subjectCode());
    if (request.procedure() == null || request.procedure().isBlank()) {
      throw new ProblemException(Problem.invalidField("/procedure", "procedure (事務) is required"));
    }
    if (agencies.item(request.item()).isEmpty()) {
      throw new ProblemException(
          Problem.invalidField(
              "/item",
              "unknown item '"
                  + request.item()
                  + "'; known: "
                  + agencies.items().stream().map(i -> i.id()).toList()));
    }
    Agency provider =
        agencies
            .agency(request.provider())
            .orElseThrow(
                () ->
                    new ProblemException(
                        Problem.invalidField(
                            "/provider", "no agency '" + request.provider() + "' on the network")));
    return new Validated(code, provider);
  }

  private static AgencyCode parseCode(String text) {
    if (!AgencyCode.isWellFormed(text)) {
      throw new ProblemException(
          Problem.invalidField("/subjectCode", "a 機関別符号 is 32 upper-case hexadecimal characters"));
    }
    return new AgencyCode(text);
  }

  private Agency registered(String agencyId) {
    return agencies
        .agency(agencyId)
        .orElseThrow(
            () -> {
              journal.record(CHANNEL, "unregistered", "request from an unregistered party refused");
              return new ProblemException(
                  Problem.forbidden("'" + agencyId + "' is not registered on the network"));
            });
  }

  private ExchangeResult record(
      Map<String, Object> body,
      Outcome outcome,
      String basis,
      String citation,
      String detail,
      Map<String, String> data) {
    body.put("outcome", outcome.name());
    body.put("legalBasis", basis);
    body.put("citation", citation);
    body.put("detail", detail);
    LogEntry entry = log.append("exchange", body);
    journal.record(
        CHANNEL,
        "exchange",
        body.get("requester")
            + " → "
            + body.get("provider")
            + " "
            + body.get("item")
            + ": "
            + outcome,
        Map.of("seq", Long.toString(entry.seq()), "outcome", outcome.name()));
    return new ExchangeResult(outcome, entry.seq(), basis, citation, data);
  }

  private void flag(String agencyId) {
    Map<String, Object> body = new TreeMap<>();
    body.put("agency", agencyId);
    body.put("detail", monitor.limit() + " requests with unknown codes: requests suspended");
    LogEntry entry = log.append("alert", body);
    journal.record(
        CHANNEL,
        "flagged",
        agencyId + " flagged for guessing codes",
        Map.of("seq", Long.toString(entry.seq())));
  }

  /** A short fingerprint of a presented code: repeated guesses are visible, the value is not. */
  private static String fingerprint(AgencyCode code) {
    byte[] digest = CanonicalJson.digest(code.value().getBytes(StandardCharsets.US_ASCII));
    return HexFormat.of().formatHex(digest, 0, 8);
  }

  /** Configures the network; defaults are the reference world's fixtures. */
  public static final class Builder {
    private final WorldClock clock;
    private final WorldSeed seed;
    private final ResidentDirectory residents;
    private Journal journal;
    private AgencyDirectory agencies;
    private LegalBasisCatalogue law;
    private int checkpointEvery = 16;
    private LogSink sink = LogSink.NONE;
    private int guessLimit = 5;
    private Duration guessWindow = Duration.ofHours(1);

    private Builder(WorldClock clock, WorldSeed seed, ResidentDirectory residents) {
      this.clock = Objects.requireNonNull(clock, "clock");
      this.seed = Objects.requireNonNull(seed, "seed");
      this.residents = Objects.requireNonNull(residents, "residents");
    }

    public Builder journal(Journal journal) {
      this.journal = journal;
      return this;
    }

    public Builder agencies(AgencyDirectory agencies) {
      this.agencies = agencies;
      return this;
    }

    public Builder law(LegalBasisCatalogue law) {
      this.law = law;
      return this;
    }

    /** A signed checkpoint every {@code n} entries (default 16). */
    public Builder checkpointEvery(int n) {
      this.checkpointEvery = n;
      return this;
    }

    public Builder sink(LogSink sink) {
      this.sink = Objects.requireNonNull(sink, "sink");
      return this;
    }

    /** Unknown codes allowed per window before the agency is flagged (default 5 per hour). */
    public Builder guessing(int limit, Duration window) {
      this.guessLimit = limit;
      this.guessWindow = window;
      return this;
    }

    public InformationProvisionNetwork build() {
      return new InformationProvisionNetwork(this);
    }
  }
}
