package dev.mynalab.steps.smartphone;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mynalab.ca.hierarchy.CaPurpose;
import dev.mynalab.drivers.smartphone.PhoneHolder;
import dev.mynalab.drivers.smartphone.SmartphoneLab;
import dev.mynalab.verifier.Status;
import io.cucumber.java.ja.ならば;

/**
 * What the smartphone features observe: whether the loading was accepted (and why not), the phone
 * certificates' TEST marker, the verifier's verdicts on phone and card certificates, logins,
 * signatures, card-face data and the facility reader's answer. Each asserts one thing.
 */
public final class SmartphoneObservationSteps {

  private final SmartphoneLab lab;
  private final PhoneHolder holder;

  public SmartphoneObservationSteps(SmartphoneLab lab, PhoneHolder holder) {
    this.lab = lab;
    this.holder = holder;
  }

  private static Status status(String word) {
    return switch (word) {
      case "有効" -> Status.VALID;
      case "失効" -> Status.REVOKED;
      case "期限切れ" -> Status.EXPIRED;
      default -> throw new IllegalArgumentException("expected 有効, 失効 or 期限切れ, got " + word);
    };
  }

  @ならば("スマホ用電子証明書の搭載は {string}")
  public void loading(String outcome) {
    switch (outcome) {
      case "受け付けられる" -> assertThat(lab.lastRefusal()).as("refusal").isNull();
      case "拒否される" -> assertThat(lab.lastRefusal()).as("refusal").isNotNull();
      default -> throw new IllegalArgumentException("expected 受け付けられる or 拒否される: " + outcome);
    }
  }

  @ならば("拒否の根拠は {string} である")
  public void refusalRule(String rule) {
    assertThat(lab.lastRefusalRule()).as(lab.lastRefusal()).isEqualTo(rule);
  }

  @ならば("拒否の理由は {string} を含む")
  public void refusalMentions(String text) {
    assertThat(lab.lastRefusal()).contains(text);
  }

  @ならば("{string} はスマートフォンを持っているが、スマホ用電子証明書は搭載されていない")
  public void notLoaded(String name) {
    assertThat(lab.phone(name).loaded()).isFalse();
  }

  @ならば("{string} のスマートフォンの{証明書}には {string} 用の印がある")
  public void marker(String name, CaPurpose purpose, String platform) {
    assertThat(lab.marker(lab.phoneCertificate(name, purpose))).contains(platform);
  }

  @ならば("{string} のカードの{証明書}にはスマートフォン用の印がない")
  public void noMarkerOnCard(String name, CaPurpose purpose) {
    assertThat(lab.marker(lab.cardCertificate(name, purpose))).isEmpty();
  }

  @ならば("{string} のスマートフォンの{証明書}の鍵はカードの鍵と異なる")
  public void ownKey(String name, CaPurpose purpose) {
    assertThat(lab.phoneCertificate(name, purpose).getPublicKey())
        .isNotEqualTo(lab.cardCertificate(name, purpose).getPublicKey());
  }

  @ならば("検証者は {string} のスマートフォンの{証明書}を {string} と答える")
  public void phoneVerdict(String name, CaPurpose purpose, String expected) {
    assertThat(lab.verdict(lab.phoneCertificate(name, purpose), purpose))
        .isEqualTo(status(expected));
  }

  @ならば("検証者は {string} のカードの{証明書}を {string} と答える")
  public void cardVerdict(String name, CaPurpose purpose, String expected) {
    assertThat(lab.verdict(lab.cardCertificate(name, purpose), purpose))
        .isEqualTo(status(expected));
  }

  @ならば("ログインは {string}")
  public void login(String outcome) {
    assertThat(holder.lastLoginSucceeded())
        .as(lab.lastRefusal() == null ? "login" : lab.lastRefusal())
        .isEqualTo(success(outcome));
  }

  @ならば("検証者はその署名を {string} と答える")
  public void signature(String expected) {
    assertThat(holder.lastSignature())
        .as(String.valueOf(lab.lastRefusal()))
        .isEqualTo(status(expected));
  }

  @ならば("{string} のiPhoneはFace IDで券面事項を表示し、それは {string} を含む")
  public void cardFace(String name, String text) {
    assertThat(holder.cardFaceShows(name, text)).as(String.valueOf(lab.lastRefusal())).isTrue();
  }

  @ならば("健康保険証としての利用は {string}")
  public void eligibility(String outcome) {
    assertThat(holder.lastEligibilityAccepted())
        .as(lab.lastRefusal() == null ? "eligibility" : lab.lastRefusal())
        .isEqualTo(success(outcome));
  }

  private static boolean success(String outcome) {
    return switch (outcome) {
      case "成功する", "受け付けられる" -> true;
      case "拒否される" -> false;
      default -> throw new IllegalArgumentException("expected 成功する/受け付けられる or 拒否される: " + outcome);
    };
  }
}
