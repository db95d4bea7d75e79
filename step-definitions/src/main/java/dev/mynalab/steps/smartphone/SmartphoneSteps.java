package dev.mynalab.steps.smartphone;

import dev.mynalab.drivers.smartphone.PhoneAuthorisation;
import dev.mynalab.drivers.smartphone.PhoneHolder;
import dev.mynalab.drivers.smartphone.PhoneKind;
import dev.mynalab.drivers.smartphone.SmartphoneLab;
import io.cucumber.java.After;
import io.cucumber.java.ParameterType;
import io.cucumber.java.ja.もし;
import io.cucumber.java.ja.前提;

/**
 * The acts of the smartphone features (features/lifecycle/10-smartphone): the holder buys a phone,
 * loads the スマホ用電子証明書, logs in, signs, shows it at a medical facility, reports it lost. Each parses
 * its arguments and calls one driver method.
 */
public final class SmartphoneSteps {

  private final SmartphoneLab lab;
  private final PhoneHolder holder;

  public SmartphoneSteps(SmartphoneLab lab, PhoneHolder holder) {
    this.lab = lab;
    this.holder = holder;
  }

  @ParameterType("Androidスマートフォン|生体認証に対応したAndroidスマートフォン|iPhone")
  public PhoneKind 端末(String name) {
    return switch (name) {
      case "iPhone" -> PhoneKind.IPHONE;
      case "生体認証に対応したAndroidスマートフォン" -> PhoneKind.ANDROID_BIOMETRIC;
      default -> PhoneKind.ANDROID;
    };
  }

  @ParameterType("スマートフォンの4桁の暗証番号|スマートフォンの署名用パスワード|生体認証|Face ID|パスコード")
  public PhoneAuthorisation 認証(String name) {
    return switch (name) {
      case "スマートフォンの4桁の暗証番号" -> PhoneAuthorisation.PIN;
      case "スマートフォンの署名用パスワード" -> PhoneAuthorisation.PASSWORD;
      case "パスコード" -> PhoneAuthorisation.PASSCODE;
      default -> PhoneAuthorisation.BIOMETRIC;
    };
  }

  @前提("規則集のパラメータ phoneCertificatesFollowCard は {string} である")
  public void followCard(String value) {
    lab.phoneCertificatesFollowCard(Boolean.parseBoolean(value));
  }

  @前提("{string} は{端末}を持っている")
  public void buys(String name, PhoneKind kind) {
    holder.buys(name, kind);
  }

  @前提("{string} はスマートフォンにスマホ用電子証明書を搭載している")
  public void loaded(String name) {
    if (!holder.load(name)) {
      throw new IllegalStateException("loading refused: " + lab.lastRefusal());
    }
  }

  @もし("{string} がカードの署名用パスワードでスマートフォンにスマホ用電子証明書を搭載する")
  public void load(String name) {
    holder.load(name);
  }

  @もし("{string} が誤ったカードの署名用パスワードでスマートフォンにスマホ用電子証明書を搭載しようとする")
  public void loadWrongPassword(String name) {
    holder.loadWithWrongSigningPassword(name);
  }

  @もし("{string} がカードの券面事項入力補助用の暗証番号を入力せずにiPhoneを設定しようとする")
  public void loadWithoutTextPin(String name) {
    holder.loadWithoutTextPin(name);
  }

  @もし("{string} が誤った券面事項入力補助用の暗証番号でiPhoneを設定しようとする")
  public void loadWrongTextPin(String name) {
    holder.loadWithWrongTextPin(name);
  }

  @もし("{string} がスマートフォンの利用者証明用電子証明書と{認証}でマイナポータルにログインする")
  public void logIn(String name, PhoneAuthorisation how) {
    holder.logIn(name, how);
  }

  @もし("{string} がスマートフォンの署名用電子証明書と{認証}で申請書に署名する")
  public void sign(String name, PhoneAuthorisation how) {
    holder.signDocument(name, how);
  }

  @もし("{string} がスマートフォン用のリーダーを追加した医療機関でスマートフォンを健康保険証として使う")
  public void presentWithReader(String name) {
    holder.presentAtFacility(name, true);
  }

  @もし("{string} がスマートフォン用のリーダーを追加していない医療機関でスマートフォンを健康保険証として使う")
  public void presentWithoutReader(String name) {
    holder.presentAtFacility(name, false);
  }

  @もし("{string} がスマートフォンを紛失し、マイナンバー総合フリーダイヤルに届ける")
  public void lost(String name) {
    holder.reportLost(name);
  }

  @After
  public void close() {
    lab.close();
  }
}
