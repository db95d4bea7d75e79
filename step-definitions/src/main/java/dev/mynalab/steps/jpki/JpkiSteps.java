package dev.mynalab.steps.jpki;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mynalab.ca.access.RegisteredVerifier;
import dev.mynalab.ca.access.VerifierRole;
import dev.mynalab.ca.hierarchy.CaPurpose;
import dev.mynalab.ca.profile.LeapDayBirthday;
import dev.mynalab.ca.store.CertificateRecord;
import dev.mynalab.drivers.jpki.JlisDriver;
import dev.mynalab.drivers.jpki.JlisDriver.OcspView;
import io.cucumber.java.ja.かつ;
import io.cucumber.java.ja.ならば;
import io.cucumber.java.ja.もし;
import io.cucumber.java.ja.前提;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/** Steps of the 公的個人認証 features: each parses, calls the 機構 driver once, or asserts one thing. */
public final class JpkiSteps {

  private static final Map<String, VerifierRole> ROLES =
      Map.of(
          "署名検証者", VerifierRole.SIGNATURE_VERIFIER,
          "利用者証明検証者", VerifierRole.AUTHENTICATION_VERIFIER,
          "プラットフォーム事業者", VerifierRole.PLATFORM_OPERATOR);

  private static final Map<String, String> REASONS =
      Map.of(
          "keyCompromise", "KEY_COMPROMISE",
          "affiliationChanged", "AFFILIATION_CHANGED",
          "superseded", "SUPERSEDED",
          "cessationOfOperation", "CESSATION_OF_OPERATION");

  private final JlisDriver jlis;
  private final Map<String, RegisteredVerifier> verifiers = new HashMap<>();
  private CertificateRecord lastIssued;
  private OcspView lastOcsp;

  public JpkiSteps(JlisDriver jlis) {
    this.jlis = jlis;
  }

  @前提("本日は {string} である")
  public void today(String date) {
    jlis.today(LocalDate.parse(date));
  }

  @もし("日付が {string} に進む")
  public void advanceTo(String date) {
    jlis.today(LocalDate.parse(date));
  }

  @前提("2月29日生まれの誕生日の扱いは {string} である")
  public void leapDay(String rule) {
    jlis.useLeapDayBirthday(LeapDayBirthday.parse(rule));
  }

  @前提("住民 {string} は {string} 生まれで市区町村 {string} の {string} に住んでいる")
  public void resident(String name, String born, String municipality, String address) {
    jlis.resident(name, LocalDate.parse(born), municipality, address, null);
  }

  @前提("住民 {string} は {string} 生まれで市区町村 {string} の {string} に住み、在留期間は {string} までである")
  public void foreignResident(
      String name, String born, String municipality, String address, String stay) {
    jlis.resident(name, LocalDate.parse(born), municipality, address, LocalDate.parse(stay));
  }

  @もし("機構が {string} のカード（有効期限 {string}）に {string} 電子証明書を発行する")
  public void issue(String name, String cardExpiry, String purpose) {
    lastIssued =
        jlis.issue(name, JlisDriver.purpose(purpose), LocalDate.parse(cardExpiry)).orElse(null);
  }

  @前提("{string} のカード（有効期限 {string}）に両方の電子証明書が発行されている")
  public void issuedBoth(String name, String cardExpiry) {
    LocalDate expiry = LocalDate.parse(cardExpiry);
    assertThat(jlis.issue(name, CaPurpose.AUTHENTICATION, expiry)).isPresent();
    assertThat(jlis.issue(name, CaPurpose.SIGNATURE, expiry)).isPresent();
  }

  @もし("機構が {string} の {string} 電子証明書を更新する（カードの有効期限 {string}）")
  public void renew(String name, String purpose, String cardExpiry) {
    lastIssued =
        jlis.renew(name, JlisDriver.purpose(purpose), LocalDate.parse(cardExpiry)).orElse(null);
  }

  @ならば("{string} の {string} 電子証明書の有効期限は {string} である")
  public void lastDayIs(String name, String purpose, String date) {
    assertThat(jlis.latest(name, JlisDriver.purpose(purpose)).lastDay())
        .isEqualTo(LocalDate.parse(date));
  }

  @かつ("その有効期間は日本時間 {string} の23時59分59秒（UTC 14:59:59）に終わる")
  public void endsAtJstMidnight(String date) {
    assertThat(lastIssued).as("a certificate was issued").isNotNull();
    assertThat(lastIssued.notAfter().atOffset(ZoneOffset.UTC).toLocalDateTime())
        .isEqualTo(LocalDate.parse(date).atTime(14, 59, 59));
  }

  @ならば("電子証明書は発行されず、根拠は {string} である")
  public void refused(String rule) {
    assertThat(lastIssued).isNull();
    assertThat(jlis.lastRefusal()).hasValueSatisfying(r -> assertThat(r.rule()).isEqualTo(rule));
  }

  @ならば("{string} の {string} 電子証明書は発行されていない")
  public void noneIssued(String name, String purpose) {
    assertThat(jlis.all(name, JlisDriver.purpose(purpose))).isEmpty();
  }

  @もし("{string} が市区町村 {string} の {string} に住所を変更する")
  public void addressChanged(String name, String municipality, String address) {
    jlis.addressChanged(name, municipality, address);
  }

  @もし("{string} がカードの紛失を届け出て一時停止される")
  public void suspend(String name) {
    jlis.suspend(name);
  }

  @もし("{string} が死亡する")
  public void died(String name) {
    jlis.died(name);
  }

  @もし("{string} が国外に転出する")
  public void emigrated(String name) {
    jlis.emigrated(name);
  }

  @ならば("{string} の {string} 電子証明書は失効している（理由 {string}）")
  public void revoked(String name, String purpose, String reason) {
    CertificateRecord r = jlis.latest(name, JlisDriver.purpose(purpose));
    assertThat(r.revocation())
        .hasValueSatisfying(v -> assertThat(v.reason().name()).isEqualTo(REASONS.get(reason)));
  }

  @ならば("{string} の {string} 電子証明書は有効である")
  public void valid(String name, String purpose) {
    assertThat(jlis.latest(name, JlisDriver.purpose(purpose)).isRevoked()).isFalse();
  }

  @かつ("{string} の以前の {string} 電子証明書は失効したままである")
  public void earlierStaysRevoked(String name, String purpose) {
    var all = jlis.all(name, JlisDriver.purpose(purpose));
    assertThat(all).hasSizeGreaterThan(1);
    assertThat(all.get(0).isRevoked()).isTrue();
  }

  @前提("機構に {string} が {string} として登録されている")
  public void registered(String name, String role) {
    assertThat(ROLES).containsKey(role);
    verifiers.put(name, jlis.registerVerifier(name, ROLES.get(role)));
  }

  @もし("{string} が {string} の {string} 電子証明書をOCSPで問い合わせる")
  public void askOcsp(String verifier, String name, String purpose) {
    lastOcsp = jlis.ocsp(jlis.latest(name, JlisDriver.purpose(purpose)), verifiers.get(verifier));
  }

  @もし("{string} が {string} の {string} 電子証明書と同じCAの未発行のシリアル番号をOCSPで問い合わせる")
  public void askOcspUnissued(String verifier, String name, String purpose) throws Exception {
    lastOcsp =
        jlis.ocspForUnissuedSerial(
            jlis.latest(name, JlisDriver.purpose(purpose)), verifiers.get(verifier));
  }

  @ならば("OCSP応答は {string} である")
  public void ocspIs(String status) {
    assertThat(lastOcsp.status()).isEqualTo(status);
  }

  @かつ("OCSP応答の失効理由は {string} である")
  public void ocspReason(String reason) {
    assertThat(lastOcsp.reason()).isEqualTo(reason);
    assertThat(lastOcsp.revokedAt()).isNotNull();
  }

  @ならば("{string} の {string} 電子証明書のCRL配布点は {string} である")
  public void distributionPoint(String name, String purpose, String dirName) {
    assertThat(jlis.distributionPoint(jlis.latest(name, JlisDriver.purpose(purpose))))
        .isEqualTo(dirName);
  }

  @もし("機構がCRLを定時発行する")
  public void publish() {
    jlis.publishCrls();
  }

  @ならば("{string} の {string} 電子証明書は市区町村 {string} のCRLにだけ載っている")
  public void onlyInPartition(String name, String purpose, String municipality) throws Exception {
    assertThat(jlis.partitionsListing(jlis.latest(name, JlisDriver.purpose(purpose))))
        .containsExactly(municipality);
  }

  @ならば("{string} の {string} 電子証明書はどのCRLにも載っていない")
  public void inNoCrl(String name, String purpose) throws Exception {
    assertThat(jlis.partitionsListing(jlis.latest(name, JlisDriver.purpose(purpose)))).isEmpty();
  }

  @ならば("{string} の {string} 電子証明書は差分CRLに載っている")
  public void inDelta(String name, String purpose) throws Exception {
    assertThat(jlis.deltaLists(jlis.latest(name, JlisDriver.purpose(purpose)))).isTrue();
  }
}
