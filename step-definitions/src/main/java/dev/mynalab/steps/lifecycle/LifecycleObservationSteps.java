package dev.mynalab.steps.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mynalab.ca.hierarchy.CaPurpose;
import dev.mynalab.ca.store.CertificateRecord;
import dev.mynalab.drivers.card.CardSecret;
import dev.mynalab.drivers.lifecycle.Cardholder;
import dev.mynalab.drivers.lifecycle.IssuingAuthorityDesk;
import dev.mynalab.drivers.lifecycle.LifecycleWorld;
import dev.mynalab.world.OcspCheck;
import dev.mynalab.world.authority.IssuedCard;
import io.cucumber.java.ParameterType;
import io.cucumber.java.ja.ならば;
import java.security.cert.X509Certificate;
import java.time.LocalDate;

/**
 * What the lifecycle features observe: the card (through the holder's driver), the CA's OCSP
 * answers and ledger, the card's validity. Each asserts one thing.
 */
public final class LifecycleObservationSteps {

  private final LifecycleWorld world;
  private final Cardholder holder;

  public LifecycleObservationSteps(LifecycleWorld world, Cardholder holder) {
    this.world = world;
    this.holder = holder;
  }

  @ParameterType("利用者証明用電子証明書|署名用電子証明書")
  public CaPurpose 証明書(String name) {
    return name.startsWith("署名用") ? CaPurpose.SIGNATURE : CaPurpose.AUTHENTICATION;
  }

  @ParameterType("利用者証明用の鍵|署名用の鍵")
  public CaPurpose 鍵(String name) {
    return name.startsWith("署名用") ? CaPurpose.SIGNATURE : CaPurpose.AUTHENTICATION;
  }

  private static X509Certificate certificate(IssuedCard card, CaPurpose purpose) {
    return purpose == CaPurpose.AUTHENTICATION
        ? card.authenticationCertificate()
        : card.signingCertificate()
            .orElseThrow(() -> new AssertionError("the card carries no signing certificate"));
  }

  private static OcspCheck.Status status(String word) {
    return switch (word) {
      case "有効" -> OcspCheck.Status.GOOD;
      case "失効" -> OcspCheck.Status.REVOKED;
      default -> throw new IllegalArgumentException("expected 有効 or 失効, got " + word);
    };
  }

  // ---------------------------------------------------------------- the CA

  @ならば("認証局のOCSPは {string} の{証明書}を {string} と答える")
  public void ocsp(String name, CaPurpose purpose, String expected) {
    assertThat(world.ocsp(certificate(world.card(name), purpose))).isEqualTo(status(expected));
  }

  @ならば("認証局のOCSPは {string} の前のカードの{証明書}を {string} と答える")
  public void ocspPrevious(String name, CaPurpose purpose, String expected) {
    assertThat(world.ocsp(certificate(world.previousCard(name), purpose)))
        .isEqualTo(status(expected));
  }

  @ならば("{string} の{証明書}の有効期限は {string} である")
  public void certificateExpiry(String name, CaPurpose purpose, String lastDay) {
    CertificateRecord r = world.record(certificate(world.card(name), purpose));
    assertThat(r.lastDay()).isEqualTo(LocalDate.parse(lastDay));
  }

  @ならば("{string} の{証明書}の失効情報の区分は {string} である")
  public void crlPartition(String name, CaPurpose purpose, String municipality) {
    CertificateRecord r = world.record(certificate(world.card(name), purpose));
    assertThat(r.municipality().nameJa()).isEqualTo(municipality);
  }

  @ならば("{string} の{証明書}は {string} である")
  public void certificateInTime(String name, CaPurpose purpose, String state) {
    CertificateRecord r = world.record(certificate(world.card(name), purpose));
    boolean expired = r.isExpiredAt(world.reference().clock().instant());
    assertThat(expired ? "期限切れ" : "期限内").isEqualTo(state);
  }

  @ならば("認証局の台帳で {string} の{証明書}は{int}通、うち有効は{int}通である")
  public void ledger(String name, CaPurpose purpose, int total, int active) {
    var all = world.certificates(name, purpose);
    assertThat(all).hasSize(total);
    var now = world.reference().clock().instant();
    assertThat(all.stream().filter(r -> r.isActiveAt(now)).count()).isEqualTo(active);
  }

  @ならば("{string} のカードの利用者証明用電子証明書は認証局の発行台帳に記録されている")
  public void onCardIsInLedger(String name) throws Exception {
    byte[] der = holder.readUserCertificate(name).orElseThrow();
    assertThat(world.certificates(name, CaPurpose.AUTHENTICATION))
        .anySatisfy(r -> assertThat(encoded(r)).isEqualTo(der));
  }

  private static byte[] encoded(CertificateRecord r) {
    try {
      return r.certificate().getEncoded();
    } catch (java.security.cert.CertificateEncodingException e) {
      throw new IllegalStateException(e);
    }
  }

  // ---------------------------------------------------------------- the card

  @ならば("{string} のカードの有効期限は {string} と記録される")
  public void cardExpiry(String name, String expiry) {
    LocalDate expected = LocalDate.parse(expiry);
    assertThat(world.lastRefusal()).as("the 機構 refused").isNull();
    assertThat(world.card(name).holder().cardExpiry()).isEqualTo(expected);
    assertThat(world.resident(name).card().expiresOn()).isEqualTo(expected);
  }

  @ならば("{string} のカードに{証明書}は {string}")
  public void carries(String name, CaPurpose purpose, String presence) {
    boolean present =
        purpose == CaPurpose.AUTHENTICATION
            ? holder.readUserCertificate(name).isPresent()
            : holder.readSigningCertificate(name).isPresent();
    assertThat(present ? "ある" : "ない").isEqualTo(presence);
  }

  @ならば("{string} のカードは今日 {string} である")
  public void cardValid(String name, String state) {
    assertThat(world.cardValid(name) ? "有効" : "無効").isEqualTo(state);
  }

  @ならば("{string} の前のカードは今日 {string} である")
  public void previousCardValid(String name, String state) {
    boolean valid = world.reference().authority().valid(world.previousCard(name));
    assertThat(valid ? "有効" : "無効").isEqualTo(state);
  }

  @ならば("{string} は{鍵}で署名し、その署名はカードの証明書で検証できる")
  public void signs(String name, CaPurpose key) {
    assertThat(sign(name, key)).isTrue();
  }

  @ならば("{string} は{鍵}で署名できない")
  public void cannotSign(String name, CaPurpose key) {
    assertThat(sign(name, key)).isFalse();
  }

  private boolean sign(String name, CaPurpose key) {
    return key == CaPurpose.AUTHENTICATION
        ? holder.signsWithUserCertificate(name)
        : holder.signsWithSigningCertificate(name, Cardholder.correct(CardSecret.SIGNING));
  }

  @ならば("{string} は新しい署名用パスワードで署名し、その署名はカードの証明書で検証できる")
  public void signsWithNewPassword(String name) {
    assertThat(holder.signsWithSigningCertificate(name, IssuingAuthorityDesk.NEW_SIGN_PASSWORD))
        .isTrue();
  }

  @ならば("{string} のカードは住所 {string} を示す")
  public void showsAddress(String name, String address) {
    assertThat(holder.cardShowsAddress(name, address)).isTrue();
  }

  @ならば("{string} のカードの{暗証番号}の残り回数は{int}回である")
  public void triesLeft(String name, CardSecret secret, int left) {
    assertThat(holder.triesLeft(name, secret)).isEqualTo(left);
  }

  @ならば("{string} のカードは正しい{暗証番号}を受け付ける")
  public void accepts(String name, CardSecret secret) {
    assertThat(holder.enter(name, secret, Cardholder.correct(secret))).isEqualTo(0x9000);
  }

  @ならば("{string} のカードは正しい{暗証番号}を受け付けない")
  public void refuses(String name, CardSecret secret) {
    assertThat(holder.enter(name, secret, Cardholder.correct(secret))).isNotEqualTo(0x9000);
  }

  // ---------------------------------------------------------------- refusals

  @ならば("機構は {string} により拒否する")
  public void refused(String rule) {
    assertThat(world.lastRefusal()).as("a refusal").isNotNull();
    assertThat(world.lastRefusalRule()).isEqualTo(rule);
  }
}
