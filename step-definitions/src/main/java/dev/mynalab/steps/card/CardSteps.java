package dev.mynalab.steps.card;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mynalab.drivers.card.CardDriver;
import dev.mynalab.drivers.card.CardDriver.Credential;
import dev.mynalab.drivers.card.CardSecret;
import io.cucumber.java.ParameterType;
import io.cucumber.java.ja.かつ;
import io.cucumber.java.ja.ならば;
import io.cucumber.java.ja.もし;
import io.cucumber.java.ja.前提;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.smartcardio.ResponseAPDU;

/** Steps of カードのインターフェース: each parses, calls the driver once, or asserts one thing. */
public final class CardSteps {

  private static final Map<String, CardSecret> SECRETS =
      Map.of(
          "利用者証明用電子証明書の暗証番号", CardSecret.AUTHENTICATION,
          "署名用電子証明書の暗証番号", CardSecret.SIGNING,
          "券面事項入力補助用の暗証番号", CardSecret.TEXT,
          "住民基本台帳用の暗証番号", CardSecret.JUKI);

  private static final Map<String, Credential> CREDENTIALS =
      Map.of(
          "券面事項入力補助用の暗証番号", Credential.TEXT_PIN,
          "照合番号A", Credential.VERIFICATION_NUMBER_A,
          "照合番号B", Credential.VERIFICATION_NUMBER_B,
          "何も", Credential.NONE);

  private final CardDriver card;
  private Optional<String> myNumber;
  private Optional<byte[]> read;
  private List<ResponseAPDU> extraction;
  private List<Integer> statusWords;
  private int refusal;

  public CardSteps(CardDriver card) {
    this.card = card;
  }

  @ParameterType("利用者証明用電子証明書の暗証番号|署名用電子証明書の暗証番号|券面事項入力補助用の暗証番号|住民基本台帳用の暗証番号")
  public CardSecret 暗証番号(String name) {
    return SECRETS.get(name);
  }

  @ParameterType("券面事項入力補助用の暗証番号|照合番号A|照合番号B|何も")
  public Credential 照合(String name) {
    return CREDENTIALS.get(name);
  }

  @前提("住民 {string} のマイナンバーカードが発行されている")
  public void issued(String holder) {
    card.issueCardFor(holder);
  }

  @もし("住民が{暗証番号}を{int}回続けて間違える")
  public void mistype(CardSecret secret, int times) {
    card.mistype(secret, times);
  }

  @ならば("{暗証番号}の残り回数は{int}回である")
  public void triesLeft(CardSecret secret, int tries) {
    assertThat(card.triesLeft(secret)).isEqualTo(tries);
  }

  @ならば("{暗証番号}はロックされている")
  public void locked(CardSecret secret) {
    assertThat(card.triesLeft(secret)).isZero();
  }

  @かつ("正しい{暗証番号}を入力しても拒否される")
  public void correctRefused(CardSecret secret) {
    assertThat(card.enterCorrectly(secret)).isEqualTo(0x6984);
  }

  @もし("住民が正しい{暗証番号}を入力する")
  public void enterCorrectly(CardSecret secret) {
    assertThat(card.enterCorrectly(secret)).isEqualTo(0x9000);
  }

  @かつ("カードを差し直しても{暗証番号}はロックされたままである")
  public void stillLockedAfterReinsert(CardSecret secret) {
    card.reinsert();
    assertThat(card.triesLeft(secret)).isZero();
  }

  @かつ("{暗証番号}はロックされていない")
  public void notLocked(CardSecret secret) {
    assertThat(card.triesLeft(secret)).isEqualTo(secret.tries());
  }

  @もし("券面事項入力補助APで{照合}を入力して個人番号を読む")
  public void readMyNumber(Credential credential) {
    myNumber = card.readMyNumber(credential);
  }

  @ならば("住民の個人番号が読める")
  public void myNumberRead() {
    assertThat(myNumber).contains(card.holder().myNumber());
  }

  @ならば("個人番号は読めない")
  public void myNumberNotRead() {
    assertThat(myNumber).isEmpty();
  }

  @もし("券面事項入力補助APで{照合}を入力して基本4情報を読む")
  public void readBasicFour(Credential credential) {
    read = card.readBasicFour(credential);
  }

  @ならば("住民の氏名と住所が読める")
  public void basicFourRead() {
    assertThat(read).isPresent();
    String text = new String(read.get(), StandardCharsets.UTF_8);
    assertThat(text).contains(card.holder().name()).contains(card.holder().address());
  }

  @ならば("基本4情報は読めない")
  public void basicFourNotRead() {
    assertThat(read).isEmpty();
  }

  @もし("カードを持つ者が、住民の暗証番号を入力したうえで、あらゆる方法で秘密鍵を読み出そうとする")
  public void extract() {
    extraction = card.tryToExtractPrivateKeys();
  }

  @ならば("カードはどの要求にもデータを返さない")
  public void noData() {
    assertThat(extraction).isNotEmpty().allSatisfy(r -> assertThat(r.getData()).isEmpty());
    assertThat(extraction).allSatisfy(r -> assertThat(r.getSW()).isNotEqualTo(0x9000));
  }

  @かつ("どの応答にも秘密鍵の一部も含まれない")
  public void noKeyMaterial() {
    assertThat(card.anyContainsPrivateKeyMaterial(extraction)).isFalse();
  }

  @ならば("利用者証明用の秘密鍵は暗証番号の入力後に署名し、その署名は利用者証明用電子証明書で検証できる")
  public void signs() throws Exception {
    assertThat(
            card.signAndVerifyWithAuthenticationKey("TEST ログイン".getBytes(StandardCharsets.UTF_8)))
        .isTrue();
  }

  @もし("署名用パスワードを入力せずに署名用電子証明書を読む")
  public void readSigningWithout() {
    read = card.readSigningCertificate(false);
  }

  @もし("署名用パスワードを入力して署名用電子証明書を読む")
  public void readSigningWith() {
    read = card.readSigningCertificate(true);
  }

  @もし("暗証番号を入力せずに利用者証明用電子証明書を読む")
  public void readAuthentication() {
    read = card.readAuthenticationCertificate();
  }

  @ならば("証明書は読めない")
  public void notRead() {
    assertThat(read).isEmpty();
  }

  @ならば("発行された署名用電子証明書が読める")
  public void signingRead() throws Exception {
    assertThat(read).isPresent();
    assertThat(read.get()).isEqualTo(card.issuedSigningCertificate());
  }

  @ならば("発行された利用者証明用電子証明書が読める")
  public void authenticationRead() throws Exception {
    assertThat(read).isPresent();
    assertThat(read.get()).isEqualTo(card.issuedAuthenticationCertificate());
  }

  @もし("機構が発行済みのカードに別人の個人番号と券面事項を書き込もうとする")
  public void personaliseAgain() {
    refusal = card.personaliseAgain();
  }

  @ならば("カードは書き込みを拒否する")
  public void refused() {
    assertThat(refusal).isEqualTo(0x6985);
  }

  @かつ("カードの個人番号は発行時のままである")
  public void unchanged() {
    assertThat(card.readMyNumber(Credential.TEXT_PIN)).contains(card.holder().myNumber());
  }

  @もし("機構の鍵を持たない者が発行前のカードに個人番号を書き込もうとする")
  public void strangerWrites() {
    statusWords = card.writeBlankCardWithoutTheIssuerKey();
  }

  @ならば("カードはどの書き込みも受け付けない")
  public void strangerRefused() {
    assertThat(statusWords).isNotEmpty().doesNotContain(0x9000);
  }
}
