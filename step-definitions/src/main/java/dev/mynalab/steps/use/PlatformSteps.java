package dev.mynalab.steps.use;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mynalab.drivers.lifecycle.LifecycleWorld;
import dev.mynalab.drivers.use.PlatformOperatorDriver;
import io.cucumber.java.ja.ならば;
import io.cucumber.java.ja.もし;

/**
 * Private services through a platform operator
 * (features/lifecycle/04-use/private-services.feature).
 */
public final class PlatformSteps {

  private final PlatformOperatorDriver platform;
  private final LifecycleWorld world;

  public PlatformSteps(PlatformOperatorDriver platform, LifecycleWorld world) {
    this.platform = platform;
    this.world = world;
  }

  @もし("{string} が {string} の申込書にカードで署名し、事業者がプラットフォーム事業者に検証を依頼する")
  public void applies(String name, String business) {
    platform.applies(name, business);
  }

  @もし("{string} が利用者証明用電子証明書で {string} にログインする")
  public void logsIn(String name, String business) {
    platform.logsIn(name, business);
  }

  @もし("{string} が署名用電子証明書で {string} にログインしようとする")
  public void logsInWithSigning(String name, String business) {
    platform.logsInWithSigningCertificate(name, business);
  }

  @ならば("事業者は検証結果 {string} を受け取る")
  public void result(String status) {
    assertThat(platform.signature())
        .as("the platform's answer; refusal: " + platform.refusal())
        .isNotNull();
    assertThat(platform.signature().status())
        .as(String.valueOf(platform.signature().reasons()))
        .isEqualTo(status.equals("有効") ? "VALID" : status.equals("失効") ? "REVOKED" : status);
  }

  @ならば("事業者は {string} の基本4情報（氏名・住所・生年月日・性別）を受け取る")
  public void basicFour(String name) {
    var four = platform.signature().basicFour();
    assertThat(four).containsOnlyKeys("name", "address", "dateOfBirth", "sex");
    assertThat(four.values()).allSatisfy(v -> assertThat(v).isNotBlank());
    assertThat(four.get("name").replaceAll("[\\s　]", "")).isEqualTo(name.replaceAll("[\\s　]", ""));
    assertThat(four.get("address")).contains(world.resident(name).address().substring(0, 3));
  }

  @ならば("事業者は基本4情報を受け取らない")
  public void noBasicFour() {
    assertThat(platform.signature() == null || platform.signature().basicFour() == null).isTrue();
  }

  @ならば("プラットフォーム事業者は事業者への回答を拒む")
  public void refused() {
    assertThat(platform.refusal()).startsWith("403");
    assertThat(platform.signature()).isNull();
  }

  @ならば("ログインは成功し、本人であることだけが確かめられる")
  public void loggedIn() {
    assertThat(platform.login()).as("refusal: " + platform.refusal()).isNotNull();
    assertThat(platform.login().authenticated())
        .as(String.valueOf(platform.login().reasons()))
        .isTrue();
    assertThat(platform.login().certificateCarriesBasicFour()).isFalse();
  }

  @ならば("ログインは失敗する")
  public void loginFailed() {
    assertThat(platform.login()).isNotNull();
    assertThat(platform.login().authenticated()).isFalse();
  }

  @ならば("{string} の利用者証明用電子証明書には基本4情報が記録されていない")
  public void userCertificateHasNoBasicFour(String name) {
    assertThat(platform.basicFourInUserCertificate(name)).isEmpty();
  }
}
