package dev.mynalab.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.kit.journal.Journal;
import dev.mynalab.kit.person.Sex;
import dev.mynalab.kit.problem.ProblemException;
import dev.mynalab.kit.random.WorldSeed;
import dev.mynalab.registry.api.Requests;
import dev.mynalab.registry.event.RegistryEvent;
import dev.mynalab.registry.event.StoredEvent;
import dev.mynalab.registry.municipality.Municipalities;
import dev.mynalab.registry.notify.IssuingAuthorityNotification;
import dev.mynalab.registry.notify.IssuingAuthorityNotification.AllCertificatesRevocation;
import dev.mynalab.registry.notify.IssuingAuthorityNotification.Reason;
import dev.mynalab.registry.notify.IssuingAuthorityNotification.SigningCertificateRevocation;
import dev.mynalab.registry.notify.RecordingNotifications;
import dev.mynalab.registry.number.MyNumber;
import dev.mynalab.registry.resident.Honseki;
import dev.mynalab.registry.resident.Nationality;
import dev.mynalab.registry.resident.PersonName;
import dev.mynalab.registry.resident.Resident;
import dev.mynalab.registry.resident.ResidentStatus;
import dev.mynalab.registry.store.RegistryStore;
import dev.mynalab.rulebook.RuleBook;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The register's behaviour, run once per store (in memory, H2 file, PostgreSQL): every store must
 * give the same answers.
 */
public abstract class RegistryContractTest {

  static final String CHIYODA = "131016";
  static final String SAPPORO = "011002";
  static final String YOMITAN = "473251";

  protected abstract RegistryStore newStore() throws Exception;

  protected RegistryStore store;
  protected WorldClock clock;
  protected Journal journal;
  protected RecordingNotifications authority;
  protected ResidentRegistry registry;

  @BeforeEach
  void open() throws Exception {
    store = newStore();
    store.reset();
    clock = WorldClock.frozenAt(LocalDate.of(2024, 4, 1));
    journal = new Journal(clock);
    authority = new RecordingNotifications();
    registry =
        new ResidentRegistry(
            store,
            Municipalities.fromFixture(),
            RuleBook.withDefaults(),
            clock,
            WorldSeed.of(42),
            journal);
    registry.subscribe(authority);
  }

  @AfterEach
  void close() {
    if (store != null) {
      store.close();
    }
  }

  protected Resident born(String name, String birthDate) {
    return registry.birth(
        new Requests.Birth(
            CHIYODA,
            PersonName.of(name),
            LocalDate.parse(birthDate),
            Sex.FEMALE,
            Nationality.JAPANESE,
            new Honseki(CHIYODA, "千代田区千代田1番"),
            "千代田区永田町1-7-1",
            null));
  }

  protected Resident withCard(Resident p, String issued) {
    LocalDate day = LocalDate.parse(issued);
    return registry.recordCardIssued(
        new Requests.CardIssue(p.residentCode(), day.minusDays(20), day));
  }

  protected void today(String date) {
    clock.set(LocalDate.parse(date));
  }

  @Test
  void mn03_birthAssignsUniqueCodesAndNumbers() {
    Resident a = born("山田 花子", "2024-03-30");
    Resident b = born("山田 太郎", "2024-03-31");
    assertThat(a.residentCode()).matches("\\d{11}").isNotEqualTo(b.residentCode());
    assertThat(MyNumber.parse(a.myNumber())).isNotEqualTo(MyNumber.parse(b.myNumber()));
    assertThat(store.contains(MyNumber.parse(a.myNumber()))).isTrue();
    assertThat(registry.find(a.residentCode())).contains(a);
    assertThat(registry.history(a.residentCode())).hasSize(1);
    assertThat(journal.channel("registry")).anySatisfy(e -> assertThat(e.type()).isEqualTo("出生"));
  }

  @Test
  void stateIsTheFoldOfTheStoredEvents() {
    Resident p = born("佐藤 一郎", "1980-05-01");
    p = withCard(p, "2024-03-01");
    today("2024-04-10");
    registry.moveOut(
        new Requests.MoveOut(p.residentCode(), LocalDate.parse("2024-04-15"), SAPPORO));
    today("2024-04-20");
    registry.moveIn(
        new Requests.MoveIn(
            p.residentCode(), SAPPORO, LocalDate.parse("2024-04-15"), "札幌市中央区北1条西2丁目", null, true));
    Resident stored = registry.find(p.residentCode()).orElseThrow();
    List<dev.mynalab.registry.event.RegistryEvent> events =
        registry.history(p.residentCode()).stream().map(e -> e.event()).toList();
    assertThat(dev.mynalab.registry.event.ResidentProjection.replay(events)).isEqualTo(stored);
    assertThat(stored.municipality()).isEqualTo(SAPPORO);
    assertThat(stored.removedRecords())
        .singleElement()
        .satisfies(r -> assertThat(r.municipality()).isEqualTo(CHIYODA));
  }

  @Test
  void ec04_moveOutRevokesTheSigningCertificateOnly() {
    Resident p = withCard(born("佐藤 一郎", "1980-05-01"), "2024-03-01");
    registry.moveOut(
        new Requests.MoveOut(p.residentCode(), LocalDate.parse("2024-04-05"), SAPPORO));
    assertThat(authority.about(p.personId()))
        .singleElement()
        .isInstanceOfSatisfying(
            SigningCertificateRevocation.class,
            n -> {
              assertThat(n.reason()).isEqualTo(Reason.ADDRESS_CHANGED);
              assertThat(n.revokesUserCertificate()).isFalse();
            });
  }

  @Test
  void ec04_nameSexAndBirthDateChangesRevokeTheSigningCertificate() {
    Resident p = born("佐藤 花子", "1990-01-01");
    registry.changeName(
        new Requests.NameChange(
            p.residentCode(), PersonName.of("鈴木 花子"), LocalDate.parse("2024-04-01")));
    registry.correct(
        new Requests.Correction(p.residentCode(), Sex.MALE, LocalDate.parse("1990-01-02")));
    assertThat(authority.about(p.personId()))
        .extracting(IssuingAuthorityNotification::reason)
        .containsExactly(Reason.NAME_CHANGED, Reason.SEX_CHANGED, Reason.BIRTH_DATE_CHANGED);
    assertThat(authority.about(p.personId())).allMatch(n -> n.ruleId().equals("EC-04"));
  }

  @Test
  void ec01_aBirthWithoutMaleOrFemaleIsRefusedAndWritesNothing() {
    long events = store.eventCount();
    assertThatThrownBy(
            () ->
                registry.birth(
                    new Requests.Birth(
                        CHIYODA,
                        PersonName.of("不明　太郎"),
                        LocalDate.parse("2024-01-01"),
                        Sex.UNKNOWN,
                        Nationality.JAPANESE,
                        new Honseki(CHIYODA, "千代田区千代田1番"),
                        "千代田区永田町1-7-1",
                        null)))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> {
              assertThat(e.problem().pointer()).isEqualTo("/sex");
              assertThat(e.problem().detail()).contains("MALE").contains("FEMALE");
            });
    assertThat(store.eventCount()).isEqualTo(events);
  }

  @Test
  void mv03_aSecondMoveInForTheSameMoveIsAConflictAndWritesNothing() {
    Resident p = born("佐藤 一郎", "1980-05-01");
    registry.moveOut(
        new Requests.MoveOut(p.residentCode(), LocalDate.parse("2024-04-01"), SAPPORO));
    var in =
        new Requests.MoveIn(
            p.residentCode(), SAPPORO, LocalDate.parse("2024-04-01"), "札幌市1", null, true);
    registry.moveIn(in);
    long events = store.eventCount();
    assertThatThrownBy(() -> registry.moveIn(in))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> {
              assertThat(e.problem().status()).isEqualTo(409);
              assertThat(e.problem().pointer()).isEqualTo("/residentCode");
            });
    assertThat(store.eventCount()).isEqualTo(events);
  }

  @Test
  void mv03_aLateMoveInMakesTheCardLapse() {
    Resident p = withCard(born("佐藤 一郎", "1980-05-01"), "2024-03-01");
    registry.moveOut(
        new Requests.MoveOut(p.residentCode(), LocalDate.parse("2024-04-01"), SAPPORO));
    today("2024-04-20");
    Resident after =
        registry.moveIn(
            new Requests.MoveIn(
                p.residentCode(), SAPPORO, LocalDate.parse("2024-04-02"), "札幌市1", null, true));
    assertThat(after.card().lapseRule()).isEqualTo("MV-03");
    assertThat(after.card().lapsedOn()).isEqualTo(LocalDate.parse("2024-04-17"));
    assertThat(authority.about(p.personId()))
        .filteredOn(n -> n instanceof AllCertificatesRevocation)
        .singleElement()
        .satisfies(n -> assertThat(n.ruleId()).isEqualTo("MV-03"));
  }

  @Test
  void mv03_aMoveInOnTheLastDayKeepsTheCard() {
    Resident p = withCard(born("佐藤 一郎", "1980-05-01"), "2024-03-01");
    registry.moveOut(
        new Requests.MoveOut(p.residentCode(), LocalDate.parse("2024-04-01"), SAPPORO));
    today("2024-04-16");
    Resident after =
        registry.moveIn(
            new Requests.MoveIn(
                p.residentCode(), SAPPORO, LocalDate.parse("2024-04-02"), "札幌市1", null, true));
    assertThat(after.holdsValidCard(clock.today())).isTrue();
  }

  @Test
  void mv04_noContinuedUseWithinNinetyDaysLapsesTheCardOnTheSweep() {
    Resident p = withCard(born("佐藤 一郎", "1980-05-01"), "2024-03-01");
    registry.moveOut(
        new Requests.MoveOut(p.residentCode(), LocalDate.parse("2024-04-01"), SAPPORO));
    today("2024-04-05");
    Resident in =
        registry.moveIn(
            new Requests.MoveIn(
                p.residentCode(), SAPPORO, LocalDate.parse("2024-04-03"), "札幌市1", null, false));
    assertThat(in.continuedUseDue()).isEqualTo(LocalDate.parse("2024-07-04"));
    today("2024-07-04");
    assertThat(registry.sweepDeadlines()).isEmpty();
    today("2024-07-05");
    assertThat(registry.sweepDeadlines())
        .singleElement()
        .satisfies(r -> assertThat(r.card().lapseRule()).isEqualTo("MV-04"));
  }

  @Test
  void mv04_continuedUseInTimeKeepsTheCard() {
    Resident p = withCard(born("佐藤 一郎", "1980-05-01"), "2024-03-01");
    registry.moveOut(
        new Requests.MoveOut(p.residentCode(), LocalDate.parse("2024-04-01"), SAPPORO));
    today("2024-04-05");
    registry.moveIn(
        new Requests.MoveIn(
            p.residentCode(), SAPPORO, LocalDate.parse("2024-04-03"), "札幌市1", null, false));
    today("2024-05-01");
    Resident kept = registry.continuedUse(new Requests.ContinuedUse(p.residentCode(), null));
    assertThat(kept.continuedUseDue()).isNull();
    today("2024-12-01");
    assertThat(registry.sweepDeadlines()).isEmpty();
  }

  @Test
  void os01_aJapaneseWhoCompletedTheProcedureKeepsTheCardAbroad() {
    today("2024-06-01");
    Resident p = withCard(born("佐藤 一郎", "1980-05-01"), "2024-05-01");
    Resident gone =
        registry.emigrate(
            new Requests.Emigration(
                p.residentCode(),
                LocalDate.parse("2024-06-10"),
                "US",
                "New York",
                LocalDate.parse("2024-06-01")));
    assertThat(gone.status()).isEqualTo(ResidentStatus.ABROAD);
    assertThat(gone.card().lapsed()).isFalse();
    assertThat(gone.card().abroad()).isTrue();
    assertThat(gone.fuhyo()).last().satisfies(f -> assertThat(f.overseas()).isTrue());
    assertThat(authority.about(p.personId()))
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.ruleId()).isEqualTo("OS-02");
              assertThat(n.effectiveOn()).isEqualTo(LocalDate.parse("2024-06-10"));
              assertThat(n.revokesUserCertificate()).isFalse();
            });
  }

  @Test
  void os03_aJapaneseAbroadWithoutACardAppliesFromAbroadAndARefusalWritesNothing() {
    today("2023-01-10");
    Resident p = born("山本 さくら", "1992-08-15");
    registry.emigrate(
        new Requests.Emigration(p.residentCode(), LocalDate.parse("2023-02-01"), "US", null, null));
    today("2024-05-20");
    long events = store.eventCount();
    assertThatThrownBy(() -> withCard(p, "2024-05-20"))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> {
              assertThat(e.problem().status()).isEqualTo(409);
              assertThat(e.problem().detail()).contains("OS-03").contains("2024-05-27");
            });
    assertThat(store.eventCount()).isEqualTo(events);
    today("2026-05-01");
    Resident issued = withCard(p, "2026-05-01");
    assertThat(issued.status()).isEqualTo(ResidentStatus.ABROAD);
    assertThat(issued.card().abroad()).as("in use abroad from the start").isTrue();
    assertThat(issued.card().expiresOn()).isEqualTo(LocalDate.parse("2035-08-15"));
    assertThat(store.byPersonId(p.personId()).orElseThrow().card().abroad())
        .as("folded from the stored events")
        .isTrue();
    assertThatThrownBy(() -> withCard(p, "2026-05-01"))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> assertThat(e.problem().detail()).contains("OS-03").contains("holds a card"));
  }

  @Test
  void lv03_beforeMay2024TheCardLapsesWhenLeavingJapan() {
    today("2024-05-01");
    Resident p = withCard(born("佐藤 一郎", "1980-05-01"), "2024-04-01");
    Resident gone =
        registry.emigrate(
            new Requests.Emigration(
                p.residentCode(),
                LocalDate.parse("2024-05-20"),
                "US",
                null,
                LocalDate.parse("2024-05-01")));
    assertThat(gone.card().lapseRule()).isEqualTo("LV-03");
  }

  @Test
  void returningFromAbroadKeepsTheMyNumber() {
    today("2024-06-01");
    Resident p = born("佐藤 一郎", "1980-05-01");
    registry.emigrate(
        new Requests.Emigration(p.residentCode(), LocalDate.parse("2024-06-01"), "US", null, null));
    today("2025-06-01");
    Resident back =
        registry.arriveFromAbroad(
            new Requests.Arrival(
                p.residentCode(),
                YOMITAN,
                LocalDate.parse("2025-05-30"),
                "読谷村1",
                null,
                null,
                null,
                null,
                null,
                null));
    assertThat(back.myNumber()).isEqualTo(p.myNumber());
    assertThat(back.status()).isEqualTo(ResidentStatus.RESIDENT);
    assertThat(registry.fuhyo(p.residentCode()).entries()).hasSize(3);
  }

  @Test
  void lv02_deathRevokesBothCertificatesAndKeepsThe除票For150Years() {
    Resident p = withCard(born("佐藤 一郎", "1950-05-01"), "2024-03-01");
    Resident dead =
        registry.death(new Requests.Death(p.residentCode(), LocalDate.parse("2024-03-30")));
    assertThat(dead.card().lapseRule()).isEqualTo("LV-02");
    assertThat(authority.about(p.personId()))
        .singleElement()
        .isInstanceOfSatisfying(
            AllCertificatesRevocation.class, n -> assertThat(n.reason()).isEqualTo(Reason.DIED));
    assertThat(registry.removedRecords(p.residentCode()))
        .singleElement()
        .satisfies(r -> assertThat(r.retention().years()).isEqualTo(150));
    assertThat(registry.fuhyo(p.residentCode()).retention().years()).isEqualTo(150);
    assertThatThrownBy(
            () ->
                registry.death(new Requests.Death(p.residentCode(), LocalDate.parse("2024-03-31"))))
        .isInstanceOf(ProblemException.class);
  }

  @Test
  void mn05_aChangedNumberIsNeverReissuedAndTheCardLapses() {
    Resident p = withCard(born("佐藤 一郎", "1980-05-01"), "2024-03-01");
    Resident changed =
        registry.changeMyNumber(new Requests.MyNumberChange(p.residentCode(), "漏えいのおそれ"));
    assertThat(changed.myNumber()).isNotEqualTo(p.myNumber());
    assertThat(changed.formerMyNumbers()).containsExactly(p.myNumber());
    assertThat(store.contains(MyNumber.parse(p.myNumber()))).isTrue();
    assertThat(changed.card().lapseRule()).isEqualTo("LV-06");
    assertThat(authority.about(p.personId()))
        .singleElement()
        .satisfies(n -> assertThat(n.myNumber()).isEqualTo(p.myNumber()));
    assertThat(registry.findByMyNumber(p.myNumber())).isEmpty();
    assertThat(registry.findByMyNumber(changed.myNumber())).isPresent();
  }

  @Test
  void mn06_aNewResidentCodeKeepsTheMyNumber() {
    Resident p = born("佐藤 一郎", "1980-05-01");
    Resident changed =
        registry.changeResidentCode(new Requests.ResidentCodeChange(p.residentCode()));
    assertThat(changed.residentCode()).isNotEqualTo(p.residentCode());
    assertThat(changed.myNumber()).isEqualTo(p.myNumber());
    assertThat(registry.find(p.residentCode())).isEmpty();
    assertThat(store.residentCodeTaken(p.residentCode())).isTrue();
  }

  @Test
  void listenersHearEachCommittedEventInOrderAndNothingOfARefusedOne() {
    List<StoredEvent> heard = new ArrayList<>();
    registry.listen(heard::add);
    registry.listen(
        e -> {
          throw new IllegalStateException("a broken listener");
        });
    Resident p = born("佐藤 一郎", "1980-05-01");
    Resident changed =
        registry.changeResidentCode(new Requests.ResidentCodeChange(p.residentCode()));
    assertThatThrownBy(
            () -> registry.changeResidentCode(new Requests.ResidentCodeChange("00000000000")))
        .isInstanceOf(ProblemException.class);

    assertThat(heard)
        .extracting(s -> s.event().getClass().getSimpleName())
        .containsExactly("Born", "ResidentCodeChanged");
    assertThat(heard.get(1).event())
        .isEqualTo(
            new RegistryEvent.ResidentCodeChanged(
                p.personId(), p.residentCode(), changed.residentCode(), clock.today()));
    assertThat(registry.find(changed.residentCode())).isPresent();
    assertThat(journal.channel("registry"))
        .anySatisfy(e -> assertThat(e.type()).isEqualTo("listener-failed"));
  }

  @Test
  void badInputPointsAtTheFieldAndWritesNothing() {
    Resident p = born("佐藤 一郎", "1980-05-01");
    long events = store.eventCount();
    assertProblem(
        () ->
            registry.moveOut(
                new Requests.MoveOut(p.residentCode(), LocalDate.parse("2024-04-05"), "999999")),
        422,
        "/destination");
    assertProblem(
        () ->
            registry.moveOut(
                new Requests.MoveOut("00000000000", LocalDate.parse("2024-04-05"), SAPPORO)),
        404,
        "/residentCode");
    assertProblem(
        () -> registry.death(new Requests.Death(p.residentCode(), LocalDate.parse("2024-05-01"))),
        422,
        "/diedOn");
    assertProblem(
        () ->
            registry.moveIn(
                new Requests.MoveIn(
                    p.residentCode(), SAPPORO, LocalDate.parse("2024-04-01"), "x", null, true)),
        409,
        "/residentCode");
    assertProblem(
        () ->
            registry.birth(
                new Requests.Birth(
                    CHIYODA,
                    new PersonName("髙橋", List.of(5)),
                    LocalDate.parse("2024-01-01"),
                    Sex.MALE,
                    null,
                    new Honseki(CHIYODA, "x"),
                    "x",
                    null)),
        422,
        "/name/substitutePositions");
    assertProblem(
        () ->
            registry.birth(
                new Requests.Birth(
                    CHIYODA,
                    PersonName.of("A"),
                    LocalDate.parse("2024-01-01"),
                    Sex.MALE,
                    Nationality.JAPANESE,
                    null,
                    "x",
                    null)),
        422,
        "/honseki");
    assertThat(store.eventCount()).isEqualTo(events);
    assertThat(store.residentCount()).isEqualTo(1);
  }

  @Test
  void eventsOutOfOrderAreRefused() {
    Resident p = born("佐藤 一郎", "1980-05-01");
    registry.moveWithin(
        new Requests.MoveWithin(p.residentCode(), LocalDate.parse("2024-03-20"), "千代田区2", null));
    assertProblem(
        () ->
            registry.moveWithin(
                new Requests.MoveWithin(
                    p.residentCode(), LocalDate.parse("2024-03-10"), "千代田区3", null)),
        409,
        "/movedOn");
  }

  @Test
  void aForeignResidentHasNo附票AndTheStayCapsTheCard() {
    Resident p =
        registry.arriveFromAbroad(
            new Requests.Arrival(
                null,
                CHIYODA,
                LocalDate.parse("2024-03-01"),
                "千代田区1",
                null,
                PersonName.of("NGUYEN VAN A"),
                LocalDate.parse("1995-01-01"),
                Sex.MALE,
                new Nationality("VN", LocalDate.parse("2026-03-01")),
                null));
    assertProblem(() -> registry.fuhyo(p.residentCode()), 404, "/residentCode");
    Resident carded = withCard(p, "2024-03-20");
    assertThat(carded.card().expiresOn()).isEqualTo(LocalDate.parse("2026-03-01"));
  }

  @Test
  void cv02_theCardExpiryComesFromTheRuleBook() {
    today("2024-06-01");
    Resident teen = born("佐藤 次郎", "2007-05-01");
    Resident carded =
        registry.recordCardIssued(
            new Requests.CardIssue(
                teen.residentCode(), LocalDate.parse("2024-05-01"), LocalDate.parse("2024-05-20")));
    assertThat(carded.card().expiresOn()).isEqualTo(LocalDate.parse("2029-05-01"));
  }

  @Test
  void clockAdvancesAreUsedForFilingDates() {
    Resident p = born("佐藤 一郎", "1980-05-01");
    clock.advance(Duration.ofDays(3));
    registry.moveWithin(
        new Requests.MoveWithin(p.residentCode(), LocalDate.parse("2024-04-02"), "千代田区2", null));
    assertThat(registry.history(p.residentCode()))
        .last()
        .satisfies(e -> assertThat(e.event().filedOn()).isEqualTo(LocalDate.parse("2024-04-04")));
  }

  @Test
  void theEventLogPagesInIdOrder() {
    born("A", "1980-01-01");
    born("B", "1980-01-02");
    born("C", "1980-01-03");
    var all = store.eventsAfter(0, Integer.MAX_VALUE);
    assertThat(all).hasSize(3);
    assertThat(store.eventsAfter(all.get(0).id(), Integer.MAX_VALUE)).hasSize(2);
    assertThat(store.eventsAfter(all.get(0).id(), 1)).singleElement().isEqualTo(all.get(1));
    assertThat(store.eventsAfter(all.get(2).id(), 10)).isEmpty();
  }

  @Test
  void lv04_aReturnedCardLapsesAndBothCertificatesAreToBeRevoked() {
    Resident p = withCard(born("返納 一郎", "1980-05-01"), "2024-03-01");
    today("2024-04-10");
    Resident after = registry.returnCard(new Requests.CardReturn(p.residentCode(), null));
    assertThat(after.card().lapseRule()).isEqualTo("LV-04");
    assertThat(after.card().lapsedOn()).isEqualTo(LocalDate.parse("2024-04-10"));
    assertThat(after.status()).isEqualTo(ResidentStatus.RESIDENT);
    assertThat(authority.about(p.personId()))
        .singleElement()
        .isInstanceOfSatisfying(
            AllCertificatesRevocation.class,
            n -> assertThat(n.reason()).isEqualTo(Reason.CARD_LAPSED));
    int events = registry.history(p.residentCode()).size();
    assertProblem(
        () -> registry.returnCard(new Requests.CardReturn(p.residentCode(), null)),
        409,
        "/residentCode");
    assertProblem(
        () ->
            registry.returnCard(
                new Requests.CardReturn(p.residentCode(), LocalDate.parse("2024-04-11"))),
        422,
        "/on");
    assertThat(registry.history(p.residentCode())).hasSize(events);
  }

  @Test
  void rt01_aCopyWhileKeptAndACertificateOfDisposalAfterwards() {
    today("2014-06-01");
    Resident early = born("早川 一郎", "1930-01-01");
    Resident late = born("遅野 二郎", "1930-01-01");
    today("2014-06-19");
    registry.death(new Requests.Death(early.residentCode(), LocalDate.parse("2014-06-19")));
    today("2014-06-20");
    registry.death(new Requests.Death(late.residentCode(), LocalDate.parse("2014-06-20")));
    today("2019-06-20");
    assertThat(registry.removedRecordCertificate(early.residentCode(), CHIYODA).kind())
        .isEqualTo(Views.RemovedRecordCertificate.DISPOSAL);
    assertThat(registry.fuhyoRemovedCertificate(early.residentCode()).kind())
        .isEqualTo(Views.RemovedRecordCertificate.DISPOSAL);
    today("2060-01-01");
    Views.RemovedRecordCertificate copy =
        registry.removedRecordCertificate(late.residentCode(), CHIYODA);
    assertThat(copy.isCopy()).isTrue();
    assertThat(copy.reason()).isEqualTo("死亡");
    assertThat(copy.retention().years()).isEqualTo(150);
    assertThat(registry.fuhyoRemovedCertificate(late.residentCode()).isCopy()).isTrue();
    // OS-05: removed from the 戸籍 in 2014, before 生年月日・性別 (2022-01-11) and the code (2024-05-27)
    assertThat(registry.fuhyoRemovedCertificate(late.residentCode()).items())
        .containsExactly("氏名", "住所", "住所を定めた日");
    assertProblem(
        () -> registry.removedRecordCertificate(late.residentCode(), SAPPORO),
        404,
        "/municipality");
    Resident living = born("生田 三郎", "1990-01-01");
    assertProblem(
        () -> registry.fuhyoRemovedCertificate(living.residentCode()), 404, "/residentCode");
  }

  protected static void assertProblem(Runnable call, int status, String pointer) {
    assertThatThrownBy(call::run)
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> {
              assertThat(e.problem().status()).as(e.getMessage()).isEqualTo(status);
              assertThat(e.problem().pointer()).as(e.getMessage()).isEqualTo(pointer);
            });
  }
}
