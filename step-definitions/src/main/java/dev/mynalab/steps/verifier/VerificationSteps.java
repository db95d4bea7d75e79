package dev.mynalab.steps.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mynalab.ca.hierarchy.CaPurpose;
import dev.mynalab.drivers.verifier.VerifierDriver;
import io.cucumber.java.After;
import io.cucumber.java.ja.かつ;
import io.cucumber.java.ja.ならば;
import io.cucumber.java.ja.もし;
import io.cucumber.java.ja.前提;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** Steps of features/verification: parse, call the 検証者 driver once, or assert one thing. */
public final class VerificationSteps {

  private static final Map<String, CaPurpose> PURPOSES =
      Map.of("署名用", CaPurpose.SIGNATURE, "利用者証明用", CaPurpose.AUTHENTICATION);

  private final VerifierDriver verifier;
  private JsonNode verdict;

  public VerificationSteps(VerifierDriver verifier) {
    this.verifier = verifier;
  }

  private static CaPurpose purpose(String japanese) {
    assertThat(PURPOSES).as("known certificate kinds").containsKey(japanese);
    return PURPOSES.get(japanese);
  }

  @前提("{string} に{word}電子証明書が発行されている")
  public void issued(String holder, String kind) {
    verifier.issue(holder, purpose(kind));
  }

  @前提("OCSPレスポンダに検証者から到達できない")
  public void ocspDown() {
    verifier.ocspUnavailable();
  }

  @前提("CRLの配布点にも検証者から到達できない")
  public void crlDown() {
    verifier.crlUnavailable();
  }

  @もし("{string} が転居届を出して住所が変わる")
  public void moved(String holder) {
    verifier.changeOfAddress(holder);
  }

  @もし("{string} がカードを紛失して一時停止を申し出る")
  public void suspended(String holder) {
    verifier.suspend(holder);
  }

  @もし("検証者が {string} の{word}電子証明書を検証する")
  public void validate(String holder, String kind) {
    verdict = verifier.validate(holder, purpose(kind));
  }

  @もし("検証者が {string} の{word}電子証明書を用途 {string} として検証する")
  public void validateAs(String holder, String kind, String claimed) {
    CaPurpose as = CaPurpose.ofCode(claimed).orElseThrow();
    verdict =
        verifier.validate(verifier.certificate(holder, purpose(kind)).certificate(), as, null);
  }

  @もし("世界の時計を {string} の{word}電子証明書の有効期間の最終日から {int} 日後の正午に進める")
  public void advanceToAfterLastDay(String holder, String kind, int days) {
    LocalDate last = verifier.certificate(holder, purpose(kind)).lastDay();
    Instant noon =
        last.plusDays(days).atTime(12, 0).atZone(dev.mynalab.kit.clock.WorldClock.JST).toInstant();
    verifier.setClock(noon);
  }

  @ならば("判定は {string} である")
  public void statusIs(String status) {
    assertThat(verdict.get("status").asText()).as(verdict.toString()).isEqualTo(status);
  }

  @かつ("失効確認の情報源は {string} である")
  public void sourceIs(String source) {
    assertThat(verdict.get("revocation").get("source").asText()).isEqualTo(source);
  }

  @かつ("失効理由は {string} である")
  public void reasonIs(String reason) {
    assertThat(verdict.get("revocation").get("reason").asText()).isEqualTo(reason);
  }

  @かつ("理由に {string} が含まれる")
  public void reasonsContain(String text) {
    assertThat(verdict.get("reasons").toString()).contains(text);
  }

  @かつ("回答に {string} の基本4情報の氏名と住所が含まれる")
  public void basicFourOf(String holder) {
    var h = verifier.holder(holder);
    assertThat(verdict.get("basicFour").get("name").asText()).isEqualTo(h.name());
    assertThat(verdict.get("basicFour").get("address").asText()).isEqualTo(h.address());
  }

  @かつ("回答に基本4情報は含まれない")
  public void noBasicFour() {
    assertThat(verdict.has("basicFour")).isFalse();
  }

  @After
  public void stop() {
    verifier.close();
  }
}
