package dev.mynalab.steps.registry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mynalab.drivers.registry.MunicipalOffice;
import dev.mynalab.registry.notify.IssuingAuthorityNotification;
import dev.mynalab.registry.resident.ResidentStatus;
import io.cucumber.java.After;
import io.cucumber.java.ja.かつ;
import io.cucumber.java.ja.ならば;
import io.cucumber.java.ja.もし;
import io.cucumber.java.ja.前提;
import java.time.LocalDate;
import java.util.List;

/**
 * Steps of the 住民基本台帳 features (features/registry): each parses its arguments and calls the 市区町村窓口
 * driver once, or asserts one thing.
 */
public final class MunicipalOfficeSteps {

  private final MunicipalOffice office;

  public MunicipalOfficeSteps(MunicipalOffice office) {
    this.office = office;
  }

  @After
  public void closeStores() {
    office.close();
  }

  private static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  // ---------------------------------------------------------------- 前提

  @前提("窓口の今日の日付は {string} である")
  public void today(String date) {
    office.today(date(date));
  }

  @前提("{string} に {string} が生年月日 {string} で住んでいる")
  public void livesIn(String municipality, String name, String birthDate) {
    assertThat(office.registerBirth(name, date(birthDate), municipality))
        .as(String.valueOf(office.lastProblem()))
        .isNotNull();
  }

  @前提("外国籍 {string} の {string} が生年月日 {string}、在留期間満了日 {string} で {string} に {string} に国外から転入した")
  public void foreignerArrived(
      String country,
      String name,
      String birthDate,
      String stayUntil,
      String arrivedOn,
      String municipality) {
    assertThat(
            office.registerForeignArrival(
                name, date(birthDate), country, date(stayUntil), municipality, date(arrivedOn)))
        .as(String.valueOf(office.lastProblem()))
        .isNotNull();
  }

  @前提("{string} は {string} に受け付けられた申請によりカードの交付を {string} に受けている")
  public void hasCard(String name, String receivedOn, String issuedOn) {
    assertThat(office.recordCard(name, date(receivedOn), date(issuedOn)))
        .as(String.valueOf(office.lastProblem()))
        .isNotNull();
  }

  // ---------------------------------------------------------------- もし (届出)

  @もし("{string} が転出予定日 {string}、転出先 {string} で転出届を出す")
  public void moveOut(String name, String plannedOn, String destination) {
    office.fileMoveOut(name, destination, date(plannedOn));
  }

  @もし("{string} が {string} に {string} へ転入したとしてカードを提示して転入届を出す")
  public void moveInWithCard(String name, String movedInOn, String municipality) {
    office.fileMoveIn(name, municipality, date(movedInOn), true);
  }

  @もし("{string} が {string} に {string} へ転入したとしてカードを提示せずに転入届を出す")
  public void moveInWithoutCard(String name, String movedInOn, String municipality) {
    office.fileMoveIn(name, municipality, date(movedInOn), false);
  }

  @もし("{string} が {string} に {string} へ転居したとして転居届を出す")
  public void moveWithin(String name, String movedOn, String address) {
    office.fileMoveWithin(name, address, date(movedOn));
  }

  @もし("{string} が {string} にカードを提示して継続利用の手続をする")
  public void continuedUse(String name, String on) {
    office.fileContinuedUse(name, date(on));
  }

  @もし("{string} が出国予定日 {string}、渡航先 {string} で国外転出届を出す")
  public void emigrate(String name, String departureOn, String country) {
    office.fileEmigration(name, date(departureOn), country, null);
  }

  @もし("{string} が {string} に国外継続利用の手続をして、出国予定日 {string}、渡航先 {string} で国外転出届を出す")
  public void emigrateKeepingCard(
      String name, String procedureOn, String departureOn, String country) {
    office.fileEmigration(name, date(departureOn), country, date(procedureOn));
  }

  @もし("{string} が {string} に国外から {string} へ転入する")
  public void returnFromAbroad(String name, String arrivedOn, String municipality) {
    office.fileReturnFromAbroad(name, municipality, date(arrivedOn));
  }

  @もし("{string} が {string} に死亡したとして死亡届が出される")
  public void death(String name, String diedOn) {
    office.fileDeath(name, date(diedOn));
  }

  @もし("{string} の個人番号を漏えいのおそれにより変更する")
  public void changeMyNumber(String name) {
    office.changeMyNumber(name, "漏えいのおそれ");
  }

  @もし("{string} の住民票コードを変更する")
  public void changeResidentCode(String name) {
    office.changeResidentCode(name);
  }

  @もし("{string} が {string} に氏名を {string} に変更する")
  public void changeName(String name, String on, String newName) {
    office.fileNameChange(name, newName, date(on));
  }

  @もし("窓口の日付が {string} になり期限の到来が処理される")
  public void sweepOn(String date) {
    office.today(date(date));
    office.sweepDeadlines();
  }

  // ---------------------------------------------------------------- ならば

  @ならば("届出は受理される")
  public void accepted() {
    assertThat(office.lastProblem()).isNull();
  }

  @ならば("届出は {int} で拒否され、{string} が指摘される")
  public void refused(int status, String pointer) {
    assertThat(office.lastProblem()).as("a refusal").isNotNull();
    assertThat(office.lastProblem().status()).as(office.lastProblem().detail()).isEqualTo(status);
    assertThat(office.lastProblem().pointer()).as(office.lastProblem().detail()).isEqualTo(pointer);
  }

  @かつ("何も記録されない")
  public void nothingRecorded() {
    assertThat(office.eventsAddedByLastFiling()).isZero();
  }

  @ならば("{string} の転出は特例転出である")
  public void specialMoveOut(String name) {
    assertThat(office.resident(name).pendingMove().special()).isTrue();
  }

  @ならば("{string} のカードの状態は {string} である")
  public void cardState(String name, String state) {
    assertThat(state).isIn("有効", "失効");
    boolean valid = office.resident(name).card().lapsedOn() == null;
    assertThat(valid ? "有効" : "失効").isEqualTo(state);
  }

  @ならば("{string} のカードは {string} により {string} に失効している")
  public void cardLapsed(String name, String rule, String on) {
    assertThat(office.resident(name).card().lapseRule()).isEqualTo(rule);
    assertThat(office.resident(name).card().lapsedOn()).isEqualTo(date(on));
  }

  @ならば("{string} のカードの有効期限は {string} である")
  public void cardExpiry(String name, String expiry) {
    assertThat(office.resident(name).card().expiresOn()).isEqualTo(date(expiry));
  }

  @ならば("機構に {string} の署名用電子証明書のみの失効が {string} により {string} 付けで通知される")
  public void signingRevoked(String name, String rule, String on) {
    assertThat(office.notificationsAbout(name))
        .filteredOn(n -> n.ruleId().equals(rule))
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.revokesSigningCertificate()).isTrue();
              assertThat(n.revokesUserCertificate()).isFalse();
              assertThat(n.effectiveOn()).isEqualTo(date(on));
            });
  }

  @ならば("機構に {string} の両方の電子証明書の失効が {string} により {string} 付けで通知される")
  public void bothRevoked(String name, String rule, String on) {
    assertThat(office.notificationsAbout(name))
        .filteredOn(n -> n.ruleId().equals(rule))
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.revokesSigningCertificate()).isTrue();
              assertThat(n.revokesUserCertificate()).isTrue();
              assertThat(n.effectiveOn()).isEqualTo(date(on));
            });
  }

  @ならば("機構に {string} の利用者証明用電子証明書の失効は通知されない")
  public void userCertificateKept(String name) {
    assertThat(office.notificationsAbout(name))
        .noneMatch(IssuingAuthorityNotification::revokesUserCertificate);
  }

  @ならば("機構への {string} に関する通知は {int} 件である")
  public void notificationCount(String name, int count) {
    assertThat(office.notificationsAbout(name)).hasSize(count);
  }

  @ならば("{string} の住民票は {string} の除票となり、消除の事由は {string} である")
  public void removedRecord(String name, String municipality, String reason) {
    String code = office.municipality(municipality).code();
    assertThat(office.removedRecords(name))
        .filteredOn(r -> r.municipality().equals(code))
        .singleElement()
        .satisfies(r -> assertThat(r.reason()).isEqualTo(reason));
  }

  @ならば("{string} の除票の保存期間は {int} 年である")
  public void retentionYears(String name, int years) {
    assertThat(office.removedRecords(name))
        .last()
        .satisfies(r -> assertThat(r.retention().years()).isEqualTo(years));
  }

  @ならば("{string} の除票は {string}")
  public void disposable(String name, String verdict) {
    assertThat(verdict).isIn("廃棄できる", "廃棄できない");
    assertThat(office.removedRecords(name))
        .last()
        .satisfies(r -> assertThat(r.disposable() ? "廃棄できる" : "廃棄できない").isEqualTo(verdict));
  }

  @ならば("{string} の戸籍の附票の最後の住所は {string} である")
  public void fuhyoLast(String name, String address) {
    List<?> entries = office.fuhyo(name).entries();
    assertThat(office.fuhyo(name).entries())
        .last()
        .satisfies(e -> assertThat(e.address()).isEqualTo(address));
    assertThat(entries).isNotEmpty();
  }

  @ならば("{string} の戸籍の附票は {string} に除票となり、保存期間は {int} 年である")
  public void fuhyoRemoved(String name, String on, int years) {
    assertThat(office.fuhyo(name).removedOn()).isEqualTo(date(on));
    assertThat(office.fuhyo(name).retention().years()).isEqualTo(years);
  }

  @ならば("{string} の個人番号は最初に指定された番号のままである")
  public void sameMyNumber(String name) {
    assertThat(office.resident(name).myNumber()).isEqualTo(office.firstMyNumber(name));
  }

  @ならば("{string} には新しい個人番号が指定され、旧番号は機構の発行済み番号に残る")
  public void newMyNumber(String name) {
    String first = office.firstMyNumber(name);
    assertThat(office.resident(name).myNumber()).isNotEqualTo(first);
    assertThat(office.everIssued(first)).isTrue();
    assertThat(office.resident(name).formerMyNumbers()).containsExactly(first);
  }

  @ならば("機構への {string} に関する通知は旧個人番号で行われる")
  public void notifiedUnderOldNumber(String name) {
    String first = office.firstMyNumber(name);
    assertThat(office.notificationsAbout(name))
        .isNotEmpty()
        .allMatch(n -> n.myNumber().equals(first));
  }

  @ならば("{string} の住民票コードは変更前と異なり、変更前のコードは使われたまま残る")
  public void newResidentCode(String name) {
    assertThat(office.resident(name).formerResidentCodes())
        .hasSize(1)
        .doesNotContain(office.resident(name).residentCode());
  }

  @ならば("住民全員の住民票コードは11桁で重複がなく、個人番号にも重複がない")
  public void allCodesUnique() {
    List<String> codes =
        office.names().stream().map(n -> office.resident(n).residentCode()).toList();
    List<String> numbers = office.names().stream().map(n -> office.resident(n).myNumber()).toList();
    assertThat(codes).allMatch(c -> c.matches("\\d{11}")).doesNotHaveDuplicates();
    assertThat(numbers).allMatch(c -> c.matches("\\d{12}")).doesNotHaveDuplicates();
  }

  @前提("{string} に {int} 人の住民が生まれた")
  public void manyBirths(String municipality, int count) {
    for (int i = 0; i < count; i++) {
      office.registerBirth("住民" + i, office.today().minusDays(i), municipality);
    }
  }

  @ならば("{string} の住所は {string} である")
  public void addressIs(String name, String address) {
    assertThat(office.resident(name).address()).isEqualTo(address);
  }

  private static final java.util.Map<String, ResidentStatus> STATUSES =
      java.util.Map.of(
          "住民", ResidentStatus.RESIDENT,
          "転出届済", ResidentStatus.MOVING_OUT,
          "国外転出", ResidentStatus.ABROAD,
          "死亡", ResidentStatus.DECEASED);

  @ならば("{string} の住民票の状態は {string} である")
  public void statusIs(String name, String status) {
    assertThat(STATUSES).containsKey(status);
    assertThat(office.resident(name).status()).isEqualTo(STATUSES.get(status));
  }
}
