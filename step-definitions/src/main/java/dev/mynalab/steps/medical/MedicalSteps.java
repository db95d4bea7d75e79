package dev.mynalab.steps.medical;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mynalab.drivers.medical.MedicalReception;
import io.cucumber.java.After;
import io.cucumber.java.ja.ならば;
import io.cucumber.java.ja.もし;
import io.cucumber.java.ja.前提;
import java.time.LocalDate;

/**
 * オンライン資格確認 (features/lifecycle/04-use/medical.feature): facilities and insurers, the patient at
 * the 顔認証付きカードリーダー, the system's answers, and the paper side (HI-03). Each step parses its
 * arguments and calls one driver method or asserts one thing.
 */
public final class MedicalSteps {

  private final MedicalReception reception;

  public MedicalSteps(MedicalReception reception) {
    this.reception = reception;
  }

  @After
  public void close() {
    reception.close();
  }

  // ---------------------------------------------------------------- set-up

  @前提("医療機関 {string} は {string} から顔認証付きカードリーダーで資格確認をしている")
  public void facility(String name, String since) {
    reception.facility(name, LocalDate.parse(since));
  }

  @前提("医療機関 {string} には顔認証付きカードリーダーがない")
  public void facilityWithoutReader(String name) {
    reception.facility(name, null);
  }

  @前提("{string} は保険者番号 {string} の被保険者（記号 {string}・番号 {string}）で、資格取得日は {string} である")
  public void insured(String name, String insurer, String symbol, String number, String from) {
    reception.enrol(name, insurer, symbol, number, LocalDate.parse(from));
  }

  @前提("顔認証付きカードリーダーの照合しきい値は {string} である")
  public void threshold(String value) {
    reception.threshold(Double.parseDouble(value));
  }

  @前提("{string} は {string} に交付された有効期限 {string} の被保険者証を持っている")
  public void holdsPaperCard(String name, String issuedOn, String expiry) {
    reception.holdsPaperCard(name, LocalDate.parse(issuedOn), LocalDate.parse(expiry));
  }

  // ---------------------------------------------------------------- checks

  @もし("{string} が {string} の顔認証付きカードリーダーで顔認証をする")
  public void face(String name, String facility) {
    reception.faceCheck(name, name, facility);
  }

  @もし("{string} が {string} のカードで {string} の顔認証付きカードリーダーで顔認証をする")
  public void faceWithOthersCard(String person, String owner, String facility) {
    reception.faceCheck(person, owner, facility);
  }

  @もし("{string} が {string} の顔認証付きカードリーダーで暗証番号を入力する")
  public void pin(String name, String facility) {
    reception.pinCheck(name, facility);
  }

  @もし("{string} が {string} で職員の目視確認を受ける")
  public void visual(String name, String facility) {
    reception.visualCheck(name, facility);
  }

  @もし("保険者が {string} に被保険者証を発行する")
  public void issuePaperCard(String name) {
    reception.issuePaperCard(name);
  }

  @もし("保険者が {string} に資格確認書を交付する")
  public void issueCertificate(String name) {
    reception.issueEligibilityCertificate(name);
  }

  // ---------------------------------------------------------------- answers

  @ならば("顔はカードの顔写真と一致する")
  public void faceMatches() {
    assertThat(reception.lastMatch()).isNotNull();
    assertThat(reception.lastMatch().matched()).as("score %s", reception.lastMatch()).isTrue();
  }

  @ならば("顔はカードの顔写真と一致しない")
  public void faceDoesNotMatch() {
    assertThat(reception.lastMatch()).isNotNull();
    assertThat(reception.lastMatch().matched()).as("score %s", reception.lastMatch()).isFalse();
  }

  @ならば("資格が確認され、保険者番号は {string}、記号 {string}、番号 {string} と答えられる")
  public void eligible(String insurer, String symbol, String number) {
    assertThat(reception.lastRefusalDetail()).as("refusal").isNull();
    assertThat(reception.lastAnswer().eligible()).isTrue();
    assertThat(reception.lastAnswer().insurerNumber()).isEqualTo(insurer);
    assertThat(reception.lastAnswer().symbol() == null ? "" : reception.lastAnswer().symbol())
        .isEqualTo(symbol);
    assertThat(reception.lastAnswer().number()).isEqualTo(number);
  }

  @ならば("資格はないと答えられる")
  public void notEligible() {
    assertThat(reception.lastRefusalDetail()).as("refusal").isNull();
    assertThat(reception.lastAnswer().eligible()).isFalse();
  }

  @ならば("薬剤情報・診療情報の提供は {string} である")
  public void sharing(String word) {
    assertThat(reception.lastAnswer().historySharing()).isEqualTo(word.equals("可"));
  }

  @ならば("資格確認は {string} により断られる")
  public void refused(String rule) {
    assertThat(reception.lastRefusalDetail()).as("a refusal").isNotNull();
    assertThat(reception.lastRefusalRule()).as(reception.lastRefusalDetail()).isEqualTo(rule);
  }

  @ならば("資格確認の運用は {string} である")
  public void operation(String word) {
    assertThat(reception.lastRefusalDetail()).as("refusal").isNull();
    assertThat(reception.lastAnswer().operation()).isEqualTo(word.equals("試行") ? "pilot" : "full");
  }

  @ならば("医療機関 {string} は今日、オンライン資格確認の義務を満たす")
  public void meetsObligation(String name) {
    assertThat(reception.facility(name).meetsObligationOn(reception.today())).isTrue();
  }

  @ならば("医療機関 {string} は今日、オンライン資格確認の義務を満たさない")
  public void missesObligation(String name) {
    assertThat(reception.facility(name).meetsObligationOn(reception.today())).isFalse();
  }

  @ならば("被保険者証は発行される")
  public void paperCardIssued() {
    assertThat(reception.lastPaperCardIssued()).isTrue();
  }

  @ならば("被保険者証は発行されない")
  public void paperCardNotIssued() {
    assertThat(reception.lastPaperCardIssued()).isFalse();
    assertThat(reception.lastRefusalRule()).isEqualTo("HI-03");
  }

  @ならば("{string} の被保険者証は今日使える")
  public void paperCardUsable(String name) {
    assertThat(reception.paperCardUsable(name)).isTrue();
  }

  @ならば("{string} の被保険者証は今日使えない")
  public void paperCardNotUsable(String name) {
    assertThat(reception.paperCardUsable(name)).isFalse();
  }

  @ならば("資格確認書の有効期限は {string} である")
  public void certificateValidUntil(String date) {
    assertThat(reception.lastCertificate().validUntil()).isEqualTo(LocalDate.parse(date));
  }
}
