package dev.mynalab.steps.use;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mynalab.drivers.use.ETaxFiler;
import io.cucumber.java.ja.ならば;
import io.cucumber.java.ja.もし;
import io.cucumber.java.ja.前提;

/** e-Tax (features/lifecycle/04-use/e-tax.feature): one driver call or one assertion per step. */
public final class ETaxSteps {

  private final ETaxFiler filer;

  public ETaxSteps(ETaxFiler filer) {
    this.filer = filer;
  }

  @もし("{string} が署名用電子証明書で署名した利用登録をe-Taxに送信する")
  public void registers(String name) {
    filer.registers(name);
  }

  @前提("{string} はe-Taxの利用登録を済ませている")
  public void registered(String name) {
    filer.registers(name);
    assertThat(filer.userId(name)).as("利用者識別番号 of " + name).isNotNull();
  }

  @もし("{string} がカードで署名した申告書をe-Taxに送信する")
  public void files(String name) {
    filer.filesReturn(name);
  }

  @もし("{string} が誤った署名用パスワード {string} で申告書に署名しようとする")
  public void wrongPassword(String name, String password) {
    filer.filesReturnWithPassword(name, password);
  }

  @もし("{string} の署名した申告書が送信の途中で書き換えられてe-Taxに届く")
  public void tampered(String name) {
    filer.filesTamperedReturn(name);
  }

  @もし("{string} が利用者証明用電子証明書で署名した申告書をe-Taxに送信する")
  public void withUserCertificate(String name) {
    filer.filesReturnWithUserCertificate(name);
  }

  @もし("{string} が {string} の利用者識別番号で自分のカードで署名した申告書をe-Taxに送信する")
  public void underAnother(String name, String owner) {
    filer.filesReturnUnder(name, owner);
  }

  @ならば("e-Taxは受け付け、利用者識別番号を付与する")
  public void userIdGiven() {
    assertThat(filer.last()).isNotNull();
    assertThat(filer.last().accepted()).as(String.valueOf(filer.last().reasons())).isTrue();
    assertThat(filer.last().number()).matches("\\d{16}");
  }

  @ならば("e-Taxは受け付け、受付番号を返す")
  public void receiptGiven() {
    assertThat(filer.last()).isNotNull();
    assertThat(filer.last().accepted()).as(String.valueOf(filer.last().reasons())).isTrue();
    assertThat(filer.receipts()).containsExactly(filer.last().number());
  }

  @ならば("申告書の署名はカードの中で{int}回計算された")
  public void signedOnCard(int times) {
    assertThat(filer.cardSignaturesInLastAttempt()).isEqualTo(times);
  }

  @ならば("カードは署名を拒み、申告書はe-Taxに送信されない")
  public void cardRefused() {
    assertThat(filer.cardRefusal()).isNotNull();
    assertThat(filer.last()).isNull();
    assertThat(filer.cardSignaturesInLastAttempt()).isZero();
  }

  @ならば("e-Taxは {string} を理由に受け付けない")
  public void refused(String reason) {
    assertThat(filer.last()).as("e-Tax's answer").isNotNull();
    assertThat(filer.last().accepted()).isFalse();
    assertThat(filer.last().refusal().japanese()).contains(reason);
    assertThat(filer.receipts()).isEmpty();
  }
}
