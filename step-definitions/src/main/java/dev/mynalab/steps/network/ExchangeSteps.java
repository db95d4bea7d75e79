package dev.mynalab.steps.network;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mynalab.drivers.network.NetworkDriver;
import dev.mynalab.drivers.network.NetworkDriver.HttpOutcome;
import dev.mynalab.kit.fixtures.Json;
import dev.mynalab.network.exchange.ExchangeResult;
import dev.mynalab.network.exchange.Outcome;
import io.cucumber.java.ja.かつ;
import io.cucumber.java.ja.ならば;
import io.cucumber.java.ja.もし;
import io.cucumber.java.ja.前提;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Steps of information-provision.feature and abuse.feature (REQ-JR-03, 04, 06). */
public final class ExchangeSteps {

  private final NetworkDriver network;
  private final List<ExchangeResult> results = new ArrayList<>();
  private final Set<String> replacedDocuments = new HashSet<>();
  private ExchangeResult last;
  private HttpOutcome http;

  public ExchangeSteps(NetworkDriver network) {
    this.network = network;
  }

  @前提("{string} が {string} の {string} を次のとおり保有している:")
  public void holds(String holder, String name, String item, Map<String, String> data) {
    network.hold(holder, name, item, data);
  }

  @前提("次の機関が {string} の情報を保有している:")
  public void holdMany(String name, List<Map<String, String>> rows) {
    Map<List<String>, Map<String, String>> records = new LinkedHashMap<>();
    for (Map<String, String> row : rows) {
      records
          .computeIfAbsent(List.of(row.get("機関"), row.get("情報")), k -> new LinkedHashMap<>())
          .put(row.get("項目"), row.get("値"));
    }
    records.forEach((key, data) -> network.hold(key.get(0), name, key.get(1), data));
  }

  @前提("今日は {string} である")
  public void today(String date) {
    network.setDate(LocalDate.parse(date));
  }

  @前提("{string} が {string} について {string} のため {string} に {string} を照会した")
  @もし("{string} が {string} について {string} のため {string} に {string} を照会する")
  public void request(
      String requester, String name, String procedure, String provider, String item) {
    last = network.request(requester, name, procedure, provider, item);
  }

  @もし("{string} が {string} の持つ {string} の符号で {string} のため {string} に {string} を照会する")
  public void requestWithOthersCode(
      String requester, String owner, String name, String procedure, String provider, String item) {
    last =
        network.requestWithCode(
            requester, network.obtainCode(owner, name), procedure, provider, item);
  }

  @ならば("照会の結果は {string} である")
  public void outcomeIs(String outcome) {
    assertThat(last.outcome().ja()).isEqualTo(outcome);
  }

  @かつ("提供された情報の {string} は {string} である")
  public void providedValue(String key, String value) {
    assertThat(last.data()).containsEntry(key, value);
  }

  @かつ("情報は提供されない")
  public void nothingProvided() {
    assertThat(last.outcome()).isNotEqualTo(Outcome.PROVIDED);
    assertThat(last.data()).isEmpty();
  }

  @かつ("その照会は {string} についての記録として残る")
  public void recordedAbout(String name) {
    assertThat(network.recordsAbout(name))
        .anySatisfy(
            e -> {
              assertThat(e.seq()).isEqualTo(last.recordSeq());
              assertThat(e.string("outcome")).isEqualTo(last.outcome().name());
            });
  }

  @かつ("記録された根拠法令は {string} である")
  public void citationIs(String citation) {
    if (citation.equals("なし")) {
      assertThat(last.citation()).isNull();
    } else {
      assertThat(last.citation()).contains(citation).contains("番号法 第19条第8号");
    }
  }

  @もし("{string} が添付書類なしで {string} に {string} を申請し、窓口が次の情報を照会する:")
  public void applyWithoutAttachments(
      String name, String office, String procedure, List<Map<String, String>> asks) {
    for (Map<String, String> ask : asks) {
      ExchangeResult result =
          network.request(office, name, procedure, ask.get("提供者"), ask.get("情報"));
      results.add(result);
      if (result.outcome() == Outcome.PROVIDED) {
        replacedDocuments.add(network.item(ask.get("情報")).replacesJa());
      }
    }
  }

  @ならば("すべての照会の結果は {string} である")
  public void allOutcomes(String outcome) {
    assertThat(results)
        .isNotEmpty()
        .allSatisfy(r -> assertThat(r.outcome().ja()).isEqualTo(outcome));
  }

  @かつ("情報連携で得た情報が {string} と {string} の添付に代わる")
  public void replaces(String document, String other) {
    assertThat(replacedDocuments).contains(document, other);
  }

  @かつ("審査に使う {string} は {string} である")
  public void usedForReview(String key, String value) {
    assertThat(results).anySatisfy(r -> assertThat(r.data()).containsEntry(key, value));
  }

  @もし("{string} が推測した符号で {string} のため {string} に {string} を {int} 回照会する")
  public void guess(String requester, String procedure, String provider, String item, int times) {
    guessEvery(requester, procedure, provider, item, 0, times);
  }

  @もし("{string} が推測した符号で {string} のため {string} に {string} を {int} 分おきに {int} 回照会する")
  public void guessEvery(
      String requester, String procedure, String provider, String item, int minutes, int times) {
    for (int i = 0; i < times; i++) {
      results.add(
          network.requestWithCode(requester, network.guessedCode(), procedure, provider, item));
      network.world().clock().advance(Duration.ofMinutes(minutes));
    }
  }

  @ならば("{int} 件の照会がすべて {string} として記録される")
  public void allRecordedAs(int count, String outcome) {
    assertThat(results)
        .hasSize(count)
        .allSatisfy(r -> assertThat(r.outcome().ja()).isEqualTo(outcome));
    assertThat(network.network().log().entries(e -> "exchange".equals(e.kind())))
        .filteredOn(e -> Outcome.valueOf(e.string("outcome")).ja().equals(outcome))
        .hasSize(count);
  }

  @かつ("{string} は不正照会の疑いにより照会を停止される")
  public void flagged(String agency) {
    assertThat(network.isFlagged(agency)).isTrue();
  }

  @ならば("{string} は照会を停止されていない")
  public void notFlagged(String agency) {
    assertThat(network.isFlagged(agency)).isFalse();
  }

  @もし("{string} が本文 {string} で照会を送信する")
  public void send(String agency, String body) {
    network.markRecordSize();
    http = network.postRequest(agency, body);
  }

  @ならば("応答は状態 {int} の問題文書である")
  public void problemStatus(int status) {
    assertThat(http.status()).isEqualTo(status);
    assertThat(http.contentType()).isEqualTo("application/problem+json");
  }

  @かつ("問題文書は項目 {string} を指す")
  public void problemPointer(String pointer) throws Exception {
    JsonNode problem = Json.mapper().readTree(http.body());
    assertThat(problem.path("pointer").asText()).isEqualTo(pointer);
  }

  @かつ("記録は増えていない")
  public void recordUnchanged() {
    assertThat(network.recordGrowthSinceMark()).isZero();
  }
}
