package dev.mynalab.steps.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mynalab.ca.hierarchy.CaPurpose;
import dev.mynalab.drivers.lifecycle.Cardholder;
import dev.mynalab.drivers.lifecycle.CertificateFacts;
import dev.mynalab.drivers.lifecycle.IssuingAuthorityDesk;
import dev.mynalab.drivers.lifecycle.LifecycleWorld;
import dev.mynalab.drivers.lifecycle.MunicipalCounter;
import dev.mynalab.drivers.lifecycle.Verifier;
import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.registry.Views;
import dev.mynalab.world.OcspCheck;
import dev.mynalab.world.authority.ExpressIssue;
import dev.mynalab.world.authority.IssuedCard;
import dev.mynalab.world.authority.IssuingAuthority;
import io.cucumber.java.ParameterType;
import io.cucumber.java.ja.ならば;
import io.cucumber.java.ja.もし;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The end of a card's life and what stays after it (features/lifecycle 06-abroad, 11-jyohyo and the
 * back-dated revocations): 返納, a 死亡届 filed late, 除票の写し and 廃棄証明, a 国外転出者's certificates, the
 * verifier's judgement of a signature by the time it was made, the infant's photo-less card and
 * 特急発行. Each step is one driver call or one assertion.
 */
public final class LifecycleRecordSteps {

  private static final ZoneId JST = WorldClock.JST;

  private final LifecycleWorld world;
  private final MunicipalCounter counter;
  private final IssuingAuthorityDesk authority;
  private final Cardholder holder;
  private final Verifier verifier;

  public LifecycleRecordSteps(
      LifecycleWorld world,
      MunicipalCounter counter,
      IssuingAuthorityDesk authority,
      Cardholder holder,
      Verifier verifier) {
    this.world = world;
    this.counter = counter;
    this.authority = authority;
    this.holder = holder;
    this.verifier = verifier;
  }

  private static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  @ParameterType("乳児の申請|国外からの転入者の申請|紛失による再交付の申請|個人番号の変更後の申請|通常の申請")
  public ExpressIssue.Ground 申請の種類(String name) {
    return switch (name) {
      case "乳児の申請" -> ExpressIssue.Ground.INFANT;
      case "国外からの転入者の申請" -> ExpressIssue.Ground.ARRIVAL_FROM_ABROAD;
      case "紛失による再交付の申請" -> ExpressIssue.Ground.LOSS_REISSUE;
      case "個人番号の変更後の申請" -> ExpressIssue.Ground.NUMBER_CHANGE;
      default -> ExpressIssue.Ground.ORDINARY;
    };
  }

  private X509Certificate certificate(String name, CaPurpose purpose) {
    IssuedCard card = world.card(name);
    return purpose == CaPurpose.AUTHENTICATION
        ? card.authenticationCertificate()
        : card.signingCertificate()
            .orElseThrow(() -> new AssertionError("the card carries no signing certificate"));
  }

  private static String verdict(Verifier.Verdict v) {
    return switch (v) {
      case ACCEPTED -> "有効";
      case REVOKED -> "失効";
      case EXPIRED -> "期限切れ";
      case BAD_SIGNATURE -> "署名不一致";
      case NO_SIGNATURE -> "署名なし";
    };
  }

  // ---------------------------------------------------------------- acts

  @もし("{string} が {string} に死亡し、今日その死亡届が出される")
  public void deathReportedLate(String name, String diedOn) {
    counter.deathOn(name, date(diedOn));
  }

  @もし("{string} がカードを窓口に返納する")
  public void returnCard(String name) {
    counter.returnCard(name);
  }

  @もし("{string} の窓口で {string} の住民票の除票の写しが請求される")
  public void requestCopy(String municipality, String name) {
    counter.requestRemovedRecordCopy(name, municipality);
  }

  @もし("本籍地の窓口で {string} の戸籍の附票の除票の写しが請求される")
  public void requestFuhyoCopy(String name) {
    counter.requestFuhyoRemovedCopy(name);
  }

  @もし("{string} がカードの{鍵}で文書に署名する")
  public void signDocument(String name, CaPurpose key) {
    world.signed(name, holder.signDocument(name, key == CaPurpose.SIGNATURE).orElse(null));
  }

  @もし("{string} が {string} の窓口で国外転出者の署名用電子証明書の発行を求める")
  public void overseasSigning(String name, String municipality) {
    authority.issueOverseasSigningCertificate(name, counter.codeOf(municipality));
  }

  @もし("{string} が {string} の窓口で利用者証明用電子証明書の再発行を受ける")
  public void overseasUser(String name, String municipality) {
    authority.reissueOverseasUserCertificate(name, counter.codeOf(municipality));
  }

  // ---------------------------------------------------------------- 除票

  @ならば("窓口が交付したのは {string} である")
  public void handedOver(String kind) {
    assertThat(world.lastRefusal()).as("the counter refused").isNull();
    assertThat(world.lastCertificate()).isNotNull();
    assertThat(world.lastCertificate().kind()).isEqualTo(kind);
  }

  @ならば("その除票の消除の事由は {string} である")
  public void removalReason(String reason) {
    Views.RemovedRecordCertificate c = world.lastCertificate();
    assertThat(c).as("no 除票 was answered").isNotNull();
    assertThat(c.reason()).isEqualTo(reason);
  }

  @ならば("その除票の保存期間は{int}年、消除の日は {string} である")
  public void retention(int years, String removedOn) {
    Views.RemovedRecordCertificate c = world.lastCertificate();
    assertThat(c).as("no 除票 was answered").isNotNull();
    assertThat(c.retention().years()).isEqualTo(years);
    assertThat(c.removedOn()).isEqualTo(date(removedOn));
  }

  @ならば("窓口が交付した写しに {string} は {string}")
  public void itemOnCopy(String item, String presence) {
    assertThat(presence).isIn("載る", "載らない");
    Views.RemovedRecordCertificate c = world.lastCertificate();
    assertThat(c).as("no 除票 was answered").isNotNull();
    assertThat(c.items().contains(item) ? "載る" : "載らない").isEqualTo(presence);
  }

  @ならば("窓口は {string} を指摘して届出を拒む")
  public void counterRefused(String pointer) {
    assertThat(world.lastRefusal()).as("a refusal").isNotNull();
    assertThat(world.lastRefusalRule()).isEqualTo(pointer);
  }

  // ---------------------------------------------------------------- the verifier and OCSP

  @ならば("検証者は {string} が {string} にした署名を {string} と判定する")
  public void judged(String name, String day, String expected) {
    assertThat(verdict(verifier.judge(world.signature(name, date(day))))).isEqualTo(expected);
  }

  @ならば("{string} のカードで利用者証明をすると、検証者は {string} として拒む")
  public void authenticationRefused(String name, String expected) {
    Cardholder.Signed s = holder.signDocument(name, false).orElse(null);
    assertThat(verdict(verifier.judge(s))).isNotEqualTo("有効").isEqualTo(expected);
  }

  @ならば("{string} のカードで利用者証明をすると、検証者は受け付ける")
  public void authenticationAccepted(String name) {
    Cardholder.Signed s = holder.signDocument(name, false).orElse(null);
    assertThat(verdict(verifier.judge(s))).isEqualTo("有効");
  }

  @ならば("OCSPが答える {string} の{証明書}の失効の処理日は {string} である")
  public void revocationProcessedOn(String name, CaPurpose purpose, String day) {
    OcspCheck.Answer a = verifier.answer(certificate(name, purpose));
    assertThat(a.status()).isEqualTo(OcspCheck.Status.REVOKED);
    assertThat(a.revokedAt().atZone(JST).toLocalDate()).isEqualTo(date(day));
  }

  @ならば("OCSPが答える {string} の{証明書}の無効となった日時は {string} の0時である")
  public void invalidSince(String name, CaPurpose purpose, String day) {
    OcspCheck.Answer a = verifier.answer(certificate(name, purpose));
    assertThat(a.invalidFrom()).isEqualTo(date(day).atStartOfDay(JST).toInstant());
  }

  @ならば("OCSPが答える {string} の{証明書}の失効に無効となった日時は付かない")
  public void noInvalidity(String name, CaPurpose purpose) {
    OcspCheck.Answer a = verifier.answer(certificate(name, purpose));
    assertThat(a.status()).isEqualTo(OcspCheck.Status.REVOKED);
    assertThat(a.invalidFrom()).isNull();
  }

  // ---------------------------------------------------------------- 国外転出者 (OS-02)

  @ならば("{string} の署名用電子証明書の住所の欄は国外転出者である旨を示す")
  public void overseasAddress(String name) {
    assertThat(world.lastRefusal()).as("the 機構 refused").isNull();
    assertThat(CertificateFacts.address(certificate(name, CaPurpose.SIGNATURE)))
        .contains(IssuingAuthority.OVERSEAS_ADDRESS_STATEMENT);
  }

  @ならば("{string} の戸籍の附票は国外転出者である旨を最後の住所として記録している")
  public void fuhyoOverseas(String name) {
    var fuhyo = world.resident(name).fuhyo();
    assertThat(fuhyo).isNotEmpty();
    assertThat(fuhyo.get(fuhyo.size() - 1).overseas()).isTrue();
    assertThat(fuhyo.get(fuhyo.size() - 1).address()).startsWith("国外転出者");
  }

  // ---------------------------------------------------------------- infants and 特急発行

  @ならば("{string} のカードの券面に顔写真は {string}")
  public void facePhoto(String name, String presence) {
    assertThat(world.lastRefusal()).as("the 機構 refused").isNull();
    assertThat(holder.facePhotoLength(name) > 0 ? "ある" : "ない").isEqualTo(presence);
  }

  @ならば("{string} に受け付けた {string} の{申請の種類}は特急発行の対象と {string}")
  public void express(String receivedOn, String name, ExpressIssue.Ground ground, String verdict) {
    assertThat(verdict).isIn("なる", "ならない");
    boolean express = authority.express(name, ground, date(receivedOn));
    assertThat(express ? "なる" : "ならない").isEqualTo(verdict);
  }
}
