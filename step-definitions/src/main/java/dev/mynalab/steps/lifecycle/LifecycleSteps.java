package dev.mynalab.steps.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mynalab.card.personalisation.SecretRef;
import dev.mynalab.drivers.card.CardSecret;
import dev.mynalab.drivers.lifecycle.Cardholder;
import dev.mynalab.drivers.lifecycle.IssuingAuthorityDesk;
import dev.mynalab.drivers.lifecycle.LifecycleWorld;
import dev.mynalab.drivers.lifecycle.MunicipalCounter;
import dev.mynalab.kit.person.Sex;
import io.cucumber.java.ja.もし;
import io.cucumber.java.ja.前提;
import java.time.LocalDate;

/**
 * The acts of the lifecycle features (features/lifecycle): the 住民 files, the 市区町村窓口 records and
 * writes, the 機構 issues. Each parses its arguments and calls one driver method.
 */
public final class LifecycleSteps {

  private final LifecycleWorld world;
  private final MunicipalCounter counter;
  private final IssuingAuthorityDesk authority;
  private final Cardholder holder;

  public LifecycleSteps(
      LifecycleWorld world,
      MunicipalCounter counter,
      IssuingAuthorityDesk authority,
      Cardholder holder) {
    this.world = world;
    this.counter = counter;
    this.authority = authority;
    this.holder = holder;
  }

  private static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  // ---------------------------------------------------------------- the world and its people

  @前提("今日の日付を {string} とする")
  public void today(String date) {
    world.today(date(date));
  }

  @もし("日付が {string} になる")
  public void dateBecomes(String date) {
    world.today(date(date));
  }

  @前提("{string} に住む {string} は生年月日 {string} の日本人である")
  public void japanese(String municipality, String name, String birthDate) {
    counter.registerJapanese(name, date(birthDate), municipality, Sex.MALE);
  }

  @前提("{string} に住む外国籍の {string} は生年月日 {string}、在留期間満了日 {string} である")
  public void foreigner(String municipality, String name, String birthDate, String stayUntil) {
    counter.registerForeigner(name, date(birthDate), date(stayUntil), municipality);
  }

  // ---------------------------------------------------------------- 機構

  @前提("{string} は {string} に受け付けられた申請によりカードを機構から交付されている")
  public void hasCard(String name, String receivedOn) {
    authority.issueCard(name, date(receivedOn));
    assertThat(world.lastRefusal()).as("the 機構 refused the card").isNull();
  }

  @もし("機構が {string} に受け付けた {string} の申請によりカードを発行する")
  public void issue(String receivedOn, String name) {
    authority.issueCard(name, date(receivedOn));
  }

  @もし("機構が {string} に受け付けた {string} の再交付申請により新しいカードを発行する")
  public void reissue(String receivedOn, String name) {
    authority.issueCard(name, date(receivedOn));
  }

  /**
   * OS-03: the embassy or consulate forwards the application to the 本籍地 (the 附票管理市町村); the 機構
   * issues against the 戸籍の附票 and the card is received abroad.
   */
  @もし("機構が {string} に在外公館で受け付けた {string} の国外からの申請によりカードを発行する")
  public void issueFromAbroad(String receivedOn, String name) {
    authority.issueCard(name, date(receivedOn));
  }

  @もし("機構が {string} に受け付けた {string} の申請により顔認証マイナンバーカードを発行する")
  public void issueFace(String receivedOn, String name) {
    authority.issueFaceAuthenticationCard(name, date(receivedOn));
  }

  @もし("機構が {string} に新しい署名用電子証明書を発行する")
  public void newSigning(String name) {
    authority.reissueSigningCertificate(name);
  }

  @もし("{string} が電子証明書を更新する")
  public void renew(String name) {
    authority.renewCertificates(name);
  }

  @もし("{string} がカードの紛失を届け、一時停止される")
  public void suspend(String name) {
    authority.suspend(name);
  }

  @もし("{string} のカードが見つかり、一時停止が解除される")
  public void lift(String name) {
    authority.liftSuspension(name);
  }

  // ---------------------------------------------------------------- 市区町村窓口

  @もし("{string} が {string} へ転居届を出す")
  public void moveWithin(String name, String address) {
    counter.moveWithin(name, address);
  }

  @もし("{string} の氏名が {string} に変わる")
  public void nameChange(String name, String newName) {
    counter.changeName(name, newName);
  }

  @もし("{string} の性別の記載が訂正される")
  public void sexCorrected(String name) {
    counter.correctSex(name);
  }

  @もし("{string} が転出予定日 {string}、転出先 {string} として転出届を出す")
  public void moveOut(String name, String plannedOn, String destination) {
    counter.moveOut(name, date(plannedOn), destination);
  }

  @もし("{string} が {string} に {string} へ転入したとしてカードを添えて転入届を出す")
  public void moveInWithCard(String name, String movedInOn, String municipality) {
    counter.moveIn(name, date(movedInOn), municipality, true);
  }

  @もし("{string} が {string} に {string} へ転入したとしてカードを添えずに転入届を出す")
  public void moveInWithoutCard(String name, String movedInOn, String municipality) {
    counter.moveIn(name, date(movedInOn), municipality, false);
  }

  @もし("{string} がカードを添えて継続利用の手続をする")
  public void continuedUse(String name) {
    counter.continuedUse(name);
  }

  @もし("{string} が出国予定日 {string} として国外継続利用の手続をして国外転出届を出す")
  public void emigrateKeepingCard(String name, String departure) {
    counter.emigrate(name, date(departure), true);
  }

  @もし("{string} が出国予定日 {string} として国外継続利用の手続をせずに国外転出届を出す")
  public void emigrateWithoutProcedure(String name, String departure) {
    counter.emigrate(name, date(departure), false);
  }

  @もし("{string} が死亡し死亡届が出される")
  public void death(String name) {
    counter.death(name);
  }

  @もし("{string} の個人番号が漏えいのおそれにより変更される")
  public void myNumberChanged(String name) {
    counter.changeMyNumber(name);
  }

  @もし("窓口で {string} が住基暗証番号を入力してカードに新しい住所を追記する")
  public void writeAddress(String name) {
    counter.writeAddressOnCard(name, true);
  }

  @もし("窓口で {string} が誤った住基暗証番号でカードへの追記を求める")
  public void writeAddressWrongPin(String name) {
    counter.writeAddressOnCard(name, false);
  }

  @もし("窓口で {string} の{暗証番号}が交付時の値に再設定される")
  public void resetPin(String name, CardSecret secret) {
    SecretRef ref =
        switch (secret) {
          case AUTHENTICATION -> SecretRef.AUTH_PIN;
          case SIGNING -> SecretRef.SIGN_PASSWORD;
          case TEXT -> SecretRef.TEXT_PIN;
          case JUKI -> SecretRef.JUKI_PIN;
        };
    counter.resetPin(name, ref, Cardholder.correct(secret));
  }

  // ---------------------------------------------------------------- 住民 with the card

  @もし("{string} が{暗証番号}を{int}回続けて誤る")
  public void mistype(String name, CardSecret secret, int times) {
    holder.mistype(name, secret, times);
  }
}
