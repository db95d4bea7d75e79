package dev.mynalab.registry;

import static dev.mynalab.registry.api.Fields.conflict;
import static dev.mynalab.registry.api.Fields.inOrder;
import static dev.mynalab.registry.api.Fields.invalid;
import static dev.mynalab.registry.api.Fields.notAfter;
import static dev.mynalab.registry.api.Fields.notBefore;
import static dev.mynalab.registry.api.Fields.notFound;
import static dev.mynalab.registry.api.Fields.required;

import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.kit.journal.Journal;
import dev.mynalab.kit.person.Sex;
import dev.mynalab.kit.random.WorldSeed;
import dev.mynalab.registry.api.Requests;
import dev.mynalab.registry.event.RegistryEvent;
import dev.mynalab.registry.event.RegistryEvent.CardLapsed;
import dev.mynalab.registry.event.StoredEvent;
import dev.mynalab.registry.municipality.Municipalities;
import dev.mynalab.registry.notify.IssuingAuthorityNotifications;
import dev.mynalab.registry.resident.Honseki;
import dev.mynalab.registry.resident.Nationality;
import dev.mynalab.registry.resident.PersonName;
import dev.mynalab.registry.resident.Resident;
import dev.mynalab.registry.resident.ResidentStatus;
import dev.mynalab.registry.store.RegistryStore;
import dev.mynalab.rulebook.CardValidity;
import dev.mynalab.rulebook.RuleBook;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The 住民基本台帳 of the simulated world with its 住基ネット side: the clerks' 届出 (Java API first; {@code
 * dev.mynalab.registry.http} is a thin adapter), each checked against the person's state and the
 * {@link RuleBook}, then recorded as immutable events in one transaction ({@link Recorder}),
 * journalled, and notified to the issuing authority.
 *
 * <p>Every method either records everything it describes or nothing: all checks run first and raise
 * a {@link dev.mynalab.kit.problem.ProblemException} pointing at the offending field. Single
 * writer: methods are synchronized.
 */
public final class ResidentRegistry {

  private final RegistryStore store;
  private final Municipalities municipalities;
  private final RuleBook rules;
  private final WorldClock clock;
  private final Recorder recorder;
  private final CodeIssuer codes;

  public ResidentRegistry(
      RegistryStore store,
      Municipalities municipalities,
      RuleBook rules,
      WorldClock clock,
      WorldSeed seed,
      Journal journal) {
    this.store = store;
    this.municipalities = municipalities;
    this.rules = rules;
    this.clock = clock;
    this.codes = new CodeIssuer(seed, store);
    this.recorder = new Recorder(store, clock, journal, codes);
  }

  /** Adds a subscriber of the issuing-authority notifications (EC-04, LV-02, OS-02 …). */
  public void subscribe(IssuingAuthorityNotifications subscriber) {
    recorder.subscribe(subscriber);
  }

  /**
   * Adds a listener that hears every event once it is committed, in order (住基ネット's other users,
   * e.g. 情報提供ネットワーク, which follows 住民票コード changes). A listener that fails is journalled and never
   * rolls back the register.
   */
  public void listen(Consumer<StoredEvent> listener) {
    recorder.listen(listener);
  }

  public RuleBook rules() {
    return rules;
  }

  public Municipalities municipalities() {
    return municipalities;
  }

  public RegistryStore store() {
    return store;
  }

  private LocalDate today() {
    return clock.today();
  }

  // ---------------------------------------------------------------- 届出

  /** 出生届: a new person with a new 住民票コード and My Number (MN-03, MN-04). */
  public synchronized Resident birth(Requests.Birth r) {
    LocalDate today = today();
    checkMunicipality(r.municipality(), "/municipality");
    checkName(r.name(), "/name");
    required(r.birthDate(), "/birthDate");
    notAfter(r.birthDate(), today, "/birthDate", "a birth cannot be in the future");
    required(r.sex(), "/sex");
    recordable(r.sex());
    Nationality nationality = r.nationality() == null ? Nationality.JAPANESE : r.nationality();
    checkNationality(nationality, r.honseki(), "");
    required(r.address(), "/address");
    String code = codes.nextResidentCode();
    String number = codes.nextMyNumber();
    RegistryEvent e =
        new RegistryEvent.Born(
            code,
            code,
            number,
            r.name(),
            r.birthDate(),
            r.sex(),
            nationality,
            r.honseki(),
            r.municipality(),
            r.address(),
            householdOr(r.household(), code),
            today);
    return recorder.record(null, List.of(e), List.of(number), List.of(code));
  }

  /** 転出届 (MV-02); 特例転出 when the person holds a valid card. */
  public synchronized Resident moveOut(Requests.MoveOut r) {
    LocalDate today = today();
    Resident p = resident(r.residentCode());
    requireStatus(p, ResidentStatus.RESIDENT, "a 転出届 needs a person living here");
    required(r.plannedOn(), "/plannedOn");
    checkMunicipality(r.destination(), "/destination");
    if (r.destination().equals(p.municipality())) {
      throw invalid("/destination", "the destination is the same municipality: file a 転居届");
    }
    notAfter(r.plannedOn(), today.plusDays(30), "/plannedOn", "at most 30 days ahead (MV-02)");
    inOrder(
        r.plannedOn().isBefore(today) ? r.plannedOn() : today, p.lastEffectiveOn(), "/plannedOn");
    List<RegistryEvent> events = new ArrayList<>();
    boolean special = p.holdsValidCard(today);
    if (special && p.continuedUseDue() != null) {
      // MV-04: moving on before the continued use was done
      events.add(lapse(p, today, "MV-04", "moved on without 継続利用 after the last 転入"));
      special = false;
    }
    events.add(
        new RegistryEvent.MovedOut(p.personId(), r.plannedOn(), r.destination(), special, today));
    return recorder.record(p, events, List.of(), List.of());
  }

  /** 転入届 answering the pending 転出 (MV-03 deadlines, MV-04 continued use). */
  public synchronized Resident moveIn(Requests.MoveIn r) {
    LocalDate today = today();
    Resident p = resident(r.residentCode());
    if (p.status() != ResidentStatus.MOVING_OUT || p.pendingMove() == null) {
      throw conflict(
          "/residentCode",
          "no 転出届 is pending for this person (status "
              + p.status()
              + "): a 転入 answers exactly one 転出");
    }
    checkMunicipality(r.municipality(), "/municipality");
    if (!r.municipality().equals(p.pendingMove().destination())) {
      throw conflict(
          "/municipality",
          "the 転出届 names " + p.pendingMove().destination() + " as the destination");
    }
    required(r.movedInOn(), "/movedInOn");
    notAfter(r.movedInOn(), today, "/movedInOn", "a 転入届 is filed after moving in");
    inOrder(r.movedInOn(), p.lastEffectiveOn(), "/movedInOn");
    required(r.address(), "/address");
    List<RegistryEvent> events = new ArrayList<>();
    events.add(
        new RegistryEvent.MovedIn(
            p.personId(),
            r.movedInOn(),
            r.municipality(),
            r.address(),
            householdOr(r.household(), p.household()),
            r.cardPresented(),
            today));
    if (p.pendingMove().special() && p.holdsValidCard(today)) {
      LocalDate deadline = rules.moveInDeadline(r.movedInOn(), p.pendingMove().plannedOn());
      if (today.isAfter(deadline)) {
        events.add(
            lapse(p, deadline.plusDays(1), "MV-03", "転入届 filed after the deadline " + deadline));
      }
    }
    return recorder.record(p, events, List.of(), List.of());
  }

  /** 転居届 (MV-01): a new address in the same municipality. */
  public synchronized Resident moveWithin(Requests.MoveWithin r) {
    LocalDate today = today();
    Resident p = resident(r.residentCode());
    requireStatus(p, ResidentStatus.RESIDENT, "a 転居届 needs a person living here");
    required(r.movedOn(), "/movedOn");
    notAfter(r.movedOn(), today, "/movedOn", "a 転居届 is filed after the move");
    inOrder(r.movedOn(), p.lastEffectiveOn(), "/movedOn");
    required(r.address(), "/address");
    if (r.address().equals(p.address())) {
      throw invalid("/address", "the person already lives at this address");
    }
    RegistryEvent e =
        new RegistryEvent.MovedWithin(
            p.personId(),
            r.movedOn(),
            r.address(),
            householdOr(r.household(), p.household()),
            today);
    return recorder.record(p, List.of(e), List.of(), List.of());
  }

  /** 国外転出届 (OS-01, OS-02, LV-03). */
  public synchronized Resident emigrate(Requests.Emigration r) {
    LocalDate today = today();
    Resident p = resident(r.residentCode());
    requireStatus(p, ResidentStatus.RESIDENT, "a 国外転出届 needs a person living here");
    required(r.departureOn(), "/departureOn");
    notAfter(r.departureOn(), today.plusDays(30), "/departureOn", "at most 30 days ahead");
    inOrder(r.departureOn(), p.lastEffectiveOn(), "/departureOn");
    required(r.country(), "/country");
    if (!r.country().matches("[A-Z]{2}") || r.country().equals("JP")) {
      throw invalid("/country", "an ISO 3166-1 alpha-2 code of a country other than JP");
    }
    notAfter(r.continuedUseProcedureOn(), today, "/continuedUseProcedureOn", "not yet done");
    List<RegistryEvent> events = new ArrayList<>();
    if (p.holdsValidCard(r.departureOn())) {
      boolean keeps =
          rules.cardSurvivesDeparture(
              p.nationality().japanese(),
              r.departureOn(),
              Optional.ofNullable(r.continuedUseProcedureOn()));
      if (!keeps) {
        String rule = rules.overseasContinuedUseAvailable(r.departureOn()) ? "OS-01" : "LV-03";
        events.add(lapse(p, r.departureOn(), rule, "国外転出 without 国外継続利用"));
      }
    }
    events.add(
        new RegistryEvent.Emigrated(
            p.personId(),
            r.departureOn(),
            r.country(),
            r.overseasAddress(),
            r.continuedUseProcedureOn(),
            today));
    return recorder.record(p, events, List.of(), List.of());
  }

  /** 国外からの転入: a returning person keeps the My Number (LV-03); a newcomer gets new ones. */
  public synchronized Resident arriveFromAbroad(Requests.Arrival r) {
    LocalDate today = today();
    checkMunicipality(r.municipality(), "/municipality");
    required(r.arrivedOn(), "/arrivedOn");
    notAfter(r.arrivedOn(), today, "/arrivedOn", "filed after arrival");
    required(r.address(), "/address");
    if (r.residentCode() != null) {
      Resident p = resident(r.residentCode());
      requireStatus(p, ResidentStatus.ABROAD, "only a person who left Japan can return");
      inOrder(r.arrivedOn(), p.lastEffectiveOn(), "/arrivedOn");
      RegistryEvent e =
          new RegistryEvent.ArrivedFromAbroad(
              p.personId(),
              p.residentCode(),
              p.myNumber(),
              p.name(),
              p.birthDate(),
              p.sex(),
              p.nationality(),
              p.honseki(),
              r.arrivedOn(),
              r.municipality(),
              r.address(),
              householdOr(r.household(), p.household()),
              true,
              today);
      return recorder.record(p, List.of(e), List.of(), List.of());
    }
    checkName(r.name(), "/name");
    required(r.birthDate(), "/birthDate");
    notAfter(r.birthDate(), r.arrivedOn(), "/birthDate", "born after arrival");
    required(r.sex(), "/sex");
    recordable(r.sex());
    required(r.nationality(), "/nationality");
    checkNationality(r.nationality(), r.honseki(), "");
    String code = codes.nextResidentCode();
    String number = codes.nextMyNumber();
    RegistryEvent e =
        new RegistryEvent.ArrivedFromAbroad(
            code,
            code,
            number,
            r.name(),
            r.birthDate(),
            r.sex(),
            r.nationality(),
            r.honseki(),
            r.arrivedOn(),
            r.municipality(),
            r.address(),
            householdOr(r.household(), code),
            false,
            today);
    return recorder.record(null, List.of(e), List.of(number), List.of(code));
  }

  /** 死亡届 (LV-02; the records become 除票, RT-01). */
  public synchronized Resident death(Requests.Death r) {
    LocalDate today = today();
    Resident p = resident(r.residentCode());
    if (p.status() == ResidentStatus.DECEASED) {
      throw conflict("/residentCode", "this person's death is already recorded");
    }
    required(r.diedOn(), "/diedOn");
    notAfter(r.diedOn(), today, "/diedOn", "a death cannot be in the future");
    inOrder(r.diedOn(), p.lastEffectiveOn(), "/diedOn");
    List<RegistryEvent> events = new ArrayList<>();
    events.add(new RegistryEvent.Died(p.personId(), r.diedOn(), today));
    if (p.card() != null && !p.card().lapsed()) {
      events.add(lapse(p, r.diedOn(), "LV-02", "死亡"));
    }
    return recorder.record(p, events, List.of(), List.of());
  }

  /** 氏名の変更 (EC-04). */
  public synchronized Resident changeName(Requests.NameChange r) {
    LocalDate today = today();
    Resident p = resident(r.residentCode());
    requireAlive(p);
    checkName(r.name(), "/name");
    required(r.changedOn(), "/changedOn");
    notAfter(r.changedOn(), today, "/changedOn", "a change is recorded after it happens");
    inOrder(r.changedOn(), p.lastEffectiveOn(), "/changedOn");
    if (r.name().equals(p.name())) {
      throw invalid("/name", "the name is unchanged");
    }
    RegistryEvent e = new RegistryEvent.NameChanged(p.personId(), r.name(), r.changedOn(), today);
    return recorder.record(p, List.of(e), List.of(), List.of());
  }

  /** 記載事項の修正 of 性別 or 生年月日 (EC-04). */
  public synchronized Resident correct(Requests.Correction r) {
    LocalDate today = today();
    Resident p = resident(r.residentCode());
    requireAlive(p);
    recordable(r.sex());
    if (r.sex() == null && r.birthDate() == null) {
      throw invalid("/sex", "give sex and/or birthDate to correct");
    }
    notAfter(r.birthDate(), today, "/birthDate", "a birth cannot be in the future");
    boolean changes =
        r.sex() != null && r.sex() != p.sex()
            || r.birthDate() != null && !r.birthDate().equals(p.birthDate());
    if (!changes) {
      throw invalid(r.sex() != null ? "/sex" : "/birthDate", "nothing would change");
    }
    RegistryEvent e =
        new RegistryEvent.ParticularsCorrected(p.personId(), r.sex(), r.birthDate(), today);
    return recorder.record(p, List.of(e), List.of(), List.of());
  }

  /** 個人番号の変更 (MN-05): a new number; the old stays in the uniqueness set; the card lapses. */
  public synchronized Resident changeMyNumber(Requests.MyNumberChange r) {
    LocalDate today = today();
    Resident p = resident(r.residentCode());
    requireStatus(p, ResidentStatus.RESIDENT, "the number is changed for a person living here");
    required(r.reason(), "/reason");
    List<RegistryEvent> events = new ArrayList<>();
    if (p.holdsValidCard(today)) {
      events.add(lapse(p, today, "LV-06", "個人番号の変更 (MN-05)"));
    }
    String number = codes.nextMyNumber();
    events.add(
        new RegistryEvent.MyNumberChanged(p.personId(), p.myNumber(), number, r.reason(), today));
    return recorder.record(p, events, List.of(number), List.of());
  }

  /** 住民票コードの変更 (MN-06): a new code; the My Number stays; the card lapses. */
  public synchronized Resident changeResidentCode(Requests.ResidentCodeChange r) {
    LocalDate today = today();
    Resident p = resident(r.residentCode());
    requireStatus(p, ResidentStatus.RESIDENT, "the code is changed for a person living here");
    List<RegistryEvent> events = new ArrayList<>();
    if (p.holdsValidCard(today)) {
      events.add(lapse(p, today, "LV-06", "住民票コードの変更 (MN-06)"));
    }
    String code = codes.nextResidentCode();
    events.add(new RegistryEvent.ResidentCodeChanged(p.personId(), p.residentCode(), code, today));
    return recorder.record(p, events, List.of(), List.of(code));
  }

  /**
   * Records a card the 機構 issued; the rule book computes its expiry (CV-01..04). A valid older card
   * lapses (CV-06: one valid card at a time; LV-05).
   */
  public synchronized Resident recordCardIssued(Requests.CardIssue r) {
    LocalDate today = today();
    Resident p = resident(r.residentCode());
    required(r.applicationReceivedOn(), "/applicationReceivedOn");
    if (p.status() == ResidentStatus.ABROAD && p.honseki() != null) {
      requireApplicationFromAbroad(p, r);
    } else {
      requireStatus(p, ResidentStatus.RESIDENT, "a card is issued to a person living here");
    }
    required(r.issuedOn(), "/issuedOn");
    notAfter(r.issuedOn(), today, "/issuedOn", "a card is recorded after it is issued");
    notBefore(r.issuedOn(), r.applicationReceivedOn(), "/issuedOn", "issued before applied for");
    notBefore(r.applicationReceivedOn(), p.birthDate(), "/applicationReceivedOn", "before birth");
    notBefore(r.issuedOn(), LocalDate.of(2016, 1, 1), "/issuedOn", "cards exist from 2016-01");
    inOrder(r.issuedOn(), p.lastEffectiveOn(), "/issuedOn");
    CardValidity v = rules.cardValidity(p.birthDate(), r.applicationReceivedOn(), r.issuedOn());
    LocalDate expires = v.expiresOn();
    LocalDate stay = p.nationality().stayUntil();
    if (stay != null && stay.isBefore(expires)) {
      expires = stay; // CV-04
    }
    List<RegistryEvent> events = new ArrayList<>();
    if (p.holdsValidCard(r.issuedOn())) {
      events.add(lapse(p, r.issuedOn(), "LV-05", "a new card was issued"));
    }
    events.add(new RegistryEvent.CardIssued(p.personId(), r.issuedOn(), expires, today));
    return recorder.record(p, events, List.of(), List.of());
  }

  /**
   * OS-03: a Japanese national abroad (the 戸籍の附票 continues at the 本籍地, the 附票管理市町村 that issues the
   * card) who left on or after 2015-10-05 and holds no card applies from abroad, from 2024-05-27;
   * the card is received at an embassy or consulate, the 本籍地 or any municipality during a visit.
   */
  private void requireApplicationFromAbroad(Resident p, Requests.CardIssue r) {
    LocalDate departed = p.fuhyo().get(p.fuhyo().size() - 1).from();
    rules
        .applicationFromAbroadRefusal(
            departed, r.applicationReceivedOn(), p.holdsValidCard(r.applicationReceivedOn()))
        .ifPresent(
            why -> {
              throw conflict(
                  "/residentCode",
                  "OS-03: " + why + " (this person lives abroad since " + departed + ")");
            });
  }

  /** 継続利用 after a 転入届 filed without the card, within 90 days (MV-04). */
  public synchronized Resident continuedUse(Requests.ContinuedUse r) {
    LocalDate today = today();
    Resident p = resident(r.residentCode());
    LocalDate on = r.on() == null ? today : r.on();
    notAfter(on, today, "/on", "not yet done");
    if (p.continuedUseDue() == null || !p.holdsValidCard(on)) {
      throw conflict("/residentCode", "no 継続利用 is pending for this person's card");
    }
    inOrder(on, p.lastEffectiveOn(), "/on");
    if (on.isAfter(p.continuedUseDue())) {
      throw conflict("/on", "the 90 days ended on " + p.continuedUseDue() + " (MV-04)");
    }
    RegistryEvent e = new RegistryEvent.CardContinuedUse(p.personId(), on, today);
    return recorder.record(p, List.of(e), List.of(), List.of());
  }

  /**
   * 返納 (LV-04): the holder returns the card at the counter, at any time; it lapses on that day and
   * the 機構 is told to revoke both certificates. A person living abroad with the card kept (OS-01)
   * returns it too (at the 本籍地 or an embassy), so only a valid card is required.
   */
  public synchronized Resident returnCard(Requests.CardReturn r) {
    LocalDate today = today();
    Resident p = resident(r.residentCode());
    LocalDate on = r.on() == null ? today : r.on();
    notAfter(on, today, "/on", "a card is returned before it is recorded");
    if (!p.holdsValidCard(on)) {
      throw conflict("/residentCode", "this person holds no valid card to return");
    }
    inOrder(on, p.lastEffectiveOn(), "/on");
    return recorder.record(
        p, List.of(lapse(p, on, "LV-04", "返納 at the counter")), List.of(), List.of());
  }

  /**
   * Applies the deadlines that passed by today: MV-03 (no 転入届 within 30 days of the planned
   * move-out), MV-04 (no 継続利用 within 90 days), LV-01 (expiry). Returns the people whose card
   * lapsed.
   */
  public synchronized List<Resident> sweepDeadlines() {
    LocalDate today = today();
    List<Resident> lapsed = new ArrayList<>();
    for (Resident p : store.withDeadlineBefore(today)) {
      LocalDate due = RegistryStore.nextDeadline(p);
      String rule;
      String cause;
      if (p.pendingMove() != null
          && p.pendingMove().special()
          && due.equals(p.pendingMove().plannedOn().plusDays(30))) {
        rule = "MV-03";
        cause = "no 転入届 within 30 days of the planned move-out";
      } else if (due.equals(p.continuedUseDue())) {
        rule = "MV-04";
        cause = "no 継続利用 within 90 days of the 転入届";
      } else {
        rule = "LV-01";
        cause = "validity ended";
      }
      lapsed.add(
          recorder.record(
              p, List.of(lapse(p, due.plusDays(1), rule, cause)), List.of(), List.of()));
    }
    return lapsed;
  }

  // ---------------------------------------------------------------- queries

  /** The person with this current 住民票コード. */
  public Optional<Resident> find(String residentCode) {
    return store.byResidentCode(residentCode);
  }

  public Optional<Resident> findByMyNumber(String myNumber) {
    return store.byMyNumber(myNumber);
  }

  /** The person's events, oldest first (the 住民票's history). */
  public List<StoredEvent> history(String residentCode) {
    return store.events(resident(residentCode).personId());
  }

  /** The 戸籍の附票 kept by the 本籍地 (Japanese nationals only). */
  public Views.Fuhyo fuhyo(String residentCode) {
    Resident p = resident(residentCode);
    if (p.honseki() == null) {
      throw notFound("/residentCode", "a foreign resident has no 戸籍 and so no 戸籍の附票");
    }
    return new Views.Fuhyo(
        p.residentCode(),
        p.name(),
        p.birthDate(),
        p.honseki(),
        p.fuhyo(),
        p.fuhyoRemovedOn(),
        p.fuhyoRemovedOn() == null
            ? null
            : rules.removedRecordRetention(p.fuhyoRemovedOn(), today()));
  }

  /** The person's 住民票の除票, each with its retention as of today (RT-01). */
  public List<Views.RemovedRecord> removedRecords(String residentCode) {
    LocalDate today = today();
    return resident(residentCode).removedRecords().stream()
        .map(
            rp -> {
              var retention = rules.removedRecordRetention(rp.to(), today);
              return new Views.RemovedRecord(
                  rp.municipality(),
                  rp.address(),
                  rp.from(),
                  rp.to(),
                  rp.removal(),
                  retention,
                  retention.disposableOn(today));
            })
        .toList();
  }

  /**
   * 除票の写しの交付 (RT-01): the municipality's 住民票の除票 of this person as a copy while it is kept, else a
   * 廃棄証明.
   *
   * @throws dev.mynalab.kit.problem.ProblemException 404 when the municipality never closed a
   *     record of this person
   */
  public Views.RemovedRecordCertificate removedRecordCertificate(
      String residentCode, String municipality) {
    Views.RemovedRecord rec =
        removedRecords(residentCode).stream()
            .filter(r -> r.municipality().equals(municipality))
            .reduce((a, b) -> b)
            .orElseThrow(
                () ->
                    notFound(
                        "/municipality",
                        "no 住民票の除票 of this person in municipality " + municipality));
    return new Views.RemovedRecordCertificate(
        rec.disposable()
            ? Views.RemovedRecordCertificate.DISPOSAL
            : Views.RemovedRecordCertificate.COPY,
        "住民票",
        rec.municipality(),
        rec.removedOn(),
        rec.reason(),
        rec.retention(),
        today(),
        rec.disposable() ? List.of() : List.of("氏名", "住所", "生年月日", "性別", "住民票コード"));
  }

  /**
   * 戸籍の附票の除票の写しの交付 (RT-01), by the 本籍地: a copy while it is kept, else a 廃棄証明.
   *
   * @throws dev.mynalab.kit.problem.ProblemException 404 while the 附票 is current
   */
  public Views.RemovedRecordCertificate fuhyoRemovedCertificate(String residentCode) {
    Views.Fuhyo f = fuhyo(residentCode);
    if (f.removedOn() == null) {
      throw notFound("/residentCode", "this person's 戸籍の附票 is current, not a 除票");
    }
    boolean disposed = f.retention().disposableOn(today());
    return new Views.RemovedRecordCertificate(
        disposed ? Views.RemovedRecordCertificate.DISPOSAL : Views.RemovedRecordCertificate.COPY,
        "戸籍の附票",
        f.honseki().municipality(),
        f.removedOn(),
        "死亡",
        f.retention(),
        today(),
        disposed
            ? List.of()
            : dev.mynalab.registry.resident.FuhyoItems.recorded(f.removedOn(), today()));
  }

  // ---------------------------------------------------------------- checks

  private Resident resident(String residentCode) {
    required(residentCode, "/residentCode");
    return store
        .byResidentCode(residentCode)
        .orElseThrow(() -> notFound("/residentCode", "no person has the 住民票コード " + residentCode));
  }

  /** A 住民票 records 男 or 女 (EC-01); UNKNOWN is the certificate's and the card's word only. */
  private static void recordable(Sex sex) {
    if (sex != null && !sex.inRegister()) {
      throw invalid("/sex", "a 住民票 records MALE (男) or FEMALE (女), not " + sex);
    }
  }

  private void requireStatus(Resident p, ResidentStatus status, String why) {
    if (p.status() != status) {
      throw conflict("/residentCode", why + "; this person is " + p.status());
    }
  }

  private void requireAlive(Resident p) {
    if (p.status() == ResidentStatus.DECEASED) {
      throw conflict("/residentCode", "this person is deceased");
    }
  }

  private void checkMunicipality(String code, String pointer) {
    required(code, pointer);
    if (!municipalities.contains(code)) {
      throw invalid(pointer, "unknown municipality code " + code + " (全国地方公共団体コード)");
    }
  }

  private static void checkName(PersonName name, String pointer) {
    required(name, pointer);
    required(name.text(), pointer + "/text");
    String problem = name.problem();
    if (problem != null) {
      throw invalid(
          pointer
              + (problem.startsWith("substitute") || problem.startsWith("a substitute")
                  ? "/substitutePositions"
                  : "/text"),
          problem);
    }
  }

  private void checkNationality(Nationality n, Honseki honseki, String prefix) {
    String problem = n.problem();
    if (problem != null) {
      throw invalid(prefix + "/nationality", problem);
    }
    if (n.japanese()) {
      required(honseki, prefix + "/honseki");
      checkMunicipality(honseki.municipality(), prefix + "/honseki/municipality");
      required(honseki.address(), prefix + "/honseki/address");
    } else if (honseki != null) {
      throw invalid(prefix + "/honseki", "a foreign national has no 本籍");
    }
  }

  private static String householdOr(String household, String fallback) {
    return household == null || household.isBlank() ? "H" + fallback : household;
  }

  private CardLapsed lapse(Resident p, LocalDate on, String rule, String cause) {
    return new CardLapsed(p.personId(), on, rule, cause, today());
  }
}
