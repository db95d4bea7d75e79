package dev.mynalab.steps.konbini;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mynalab.drivers.card.CardSecret;
import dev.mynalab.drivers.konbini.ConvenienceStores;
import dev.mynalab.konbini.Document;
import io.cucumber.java.After;
import io.cucumber.java.ParameterType;
import io.cucumber.java.ja.ならば;
import io.cucumber.java.ja.もし;
import io.cucumber.java.ja.前提;
import java.time.LocalDateTime;

/**
 * コンビニ交付 (features/lifecycle/04-use/konbini.feature): the 住民 at a store's kiosk, the 証明書交付センター's
 * answers. Each step parses its arguments and calls one driver method or asserts one thing.
 */
public final class KonbiniSteps {

  private final ConvenienceStores stores;

  public KonbiniSteps(ConvenienceStores stores) {
    this.stores = stores;
  }

  @After
  public void close() {
    stores.close();
  }

  @ParameterType("住民票の写し|住民票記載事項証明書|印鑑登録証明書|課税・所得・納税証明書|戸籍証明書|戸籍の附票の写し")
  public Document 書類(String name) {
    return Document.parse(name).orElseThrow();
  }

  @前提("現在の日時を {string} とする")
  public void now(String dateTime) {
    stores.now(LocalDateTime.parse(dateTime));
  }

  @前提("コンビニ交付が {string} から {string} まで保守のため休止する")
  public void maintenance(String from, String until) {
    stores.maintenance(LocalDateTime.parse(from), LocalDateTime.parse(until));
  }

  @もし("{string} が {string} のコンビニで{書類}を請求する")
  public void request(String name, String store, Document document) {
    stores.request(name, store, document);
  }

  @もし("{string} が {string} のコンビニで暗証番号 {string} を{int}回続けて入力する")
  public void typePin(String name, String store, String pin, int times) {
    stores.typePin(name, store, pin, times);
  }

  @もし("{string} がJPKI暗証番号リセットで{暗証番号}の再設定を予約する")
  public void book(String name, CardSecret target) {
    stores.bookReset(name, target);
  }

  @もし("{string} がコンビニで{暗証番号}を入力して{暗証番号}を再設定する")
  public void reset(String name, CardSecret known, CardSecret target) {
    stores.resetAtStore(name, known, target, true);
  }

  @もし("{string} がコンビニで誤った{暗証番号}を入力して{暗証番号}を再設定しようとする")
  public void resetWithWrongPin(String name, CardSecret known, CardSecret target) {
    stores.resetAtStore(name, known, target, false);
  }

  @ならば("{書類}が交付される")
  public void issued(Document document) {
    assertThat(stores.lastRefusalDetail()).as("refusal").isNull();
    assertThat(stores.lastDocument()).isNotNull();
    assertThat(stores.lastDocument().document()).isEqualTo(document);
  }

  @ならば("キオスク端末は {string} により断る")
  public void refused(String rule) {
    assertThat(stores.lastRefusalDetail()).as("a refusal").isNotNull();
    assertThat(stores.lastRefusalRule()).as(stores.lastRefusalDetail()).isEqualTo(rule);
  }

  @ならば("キオスク端末は {string} により断り、理由に {string} を示す")
  public void refusedSaying(String rule, String words) {
    refused(rule);
    assertThat(stores.lastRefusalDetail()).contains(words);
  }

  @ならば("交付された証明書の発行元は {string} である")
  public void issuer(String municipality) {
    assertThat(stores.lastDocument().municipalityName()).isEqualTo(municipality);
  }

  @ならば("交付された証明書の住所は {string} である")
  public void address(String address) {
    assertThat(stores.lastDocument().content()).containsEntry("住所", address);
  }
}
