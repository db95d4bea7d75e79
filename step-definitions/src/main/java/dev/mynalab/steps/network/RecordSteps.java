package dev.mynalab.steps.network;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mynalab.drivers.network.ExchangeRecordDriver;
import dev.mynalab.drivers.network.ExchangeRecordDriver.CliOutcome;
import dev.mynalab.drivers.network.NetworkDriver;
import dev.mynalab.network.exchange.LogVerifier.Status;
import dev.mynalab.network.exchange.LogVerifier.Verdict;
import io.cucumber.java.ja.かつ;
import io.cucumber.java.ja.ならば;
import io.cucumber.java.ja.もし;
import io.cucumber.java.ja.前提;
import java.util.Map;

/** Steps of exchange-record.feature (REQ-JR-05). */
public final class RecordSteps {

  private static final Map<String, Status> VERDICTS =
      Map.of("改ざんなし", Status.INTACT, "改ざんあり", Status.TAMPERED, "読めない", Status.UNREADABLE);

  private final NetworkDriver network;
  private final ExchangeRecordDriver record;
  private Verdict verdict;
  private CliOutcome cli;
  private RuntimeException failure;

  public RecordSteps(NetworkDriver network, ExchangeRecordDriver record) {
    this.network = network;
    this.record = record;
  }

  @前提("情報連携が {int} 件行われた")
  public void exchanges(int count) {
    network.sampleExchanges(count);
  }

  @前提("記録を書き出した")
  @もし("記録を書き出す")
  public void export() {
    record.export();
  }

  @もし("記録 {int} 番の {string} を {string} に書き換える")
  public void change(int seq, String field, String value) {
    record.changeField(seq, field, value);
  }

  @もし("記録 {int} 番を削除する")
  public void delete(int seq) {
    record.delete(seq);
  }

  @もし("記録 {int} 番と {int} 番を入れ替える")
  public void swap(int seq, int other) {
    record.swap(seq, other);
  }

  @もし("記録を {int} 番より後ろで切り詰める")
  public void truncate(int keep) {
    record.truncateAfter(keep);
  }

  @ならば("書き出した記録の検証結果は {string} である")
  public void verdictIs(String expected) {
    assertThat(VERDICTS).containsKey(expected);
    verdict = record.verify();
    assertThat(verdict.status()).as(verdict.reason()).isEqualTo(VERDICTS.get(expected));
  }

  @かつ("最初の不正な記録は {int} 番である")
  public void firstBad(int seq) {
    assertThat(verdict.badSeq()).as(verdict.reason()).isEqualTo((long) seq);
  }

  @もし("書き出した記録をコマンド network verify-log で検証する")
  public void verifyWithCli() {
    cli = record.verifyWithCli();
  }

  @ならば("終了コードは {int} である")
  public void exitCode(int code) {
    assertThat(cli.exitCode()).as(cli.out() + cli.err()).isEqualTo(code);
  }

  @かつ("コマンドの出力に {string} が含まれる")
  public void outputContains(String text) {
    assertThat(cli.out()).contains(text);
  }

  @ならば("書き出した記録には住民の住民票コードも各機関が取得した機関別符号も含まれない")
  public void noIdentifiers() {
    String text = record.exportedText();
    assertThat(network.allJuminhyoCodes()).isNotEmpty().noneMatch(text::contains);
    assertThat(network.allObtainedCodes()).isNotEmpty().noneMatch(c -> text.contains(c.value()));
  }

  @前提("記録の書き込み先が故障している")
  public void storeBroken() {
    network.breakRecordStore(true);
  }

  @もし("記録の書き込み先が復旧する")
  public void storeRepaired() {
    network.breakRecordStore(false);
  }

  @もし("住民 {string} について {string} が {string} のため {string} に {string} を照会しようとする")
  public void tryRequest(
      String name, String requester, String procedure, String provider, String item) {
    network.markRecordSize();
    try {
      network.request(requester, name, procedure, provider, item);
      failure = null;
    } catch (RuntimeException e) {
      failure = e;
    }
  }

  @ならば("照会は失敗し、情報は提供されない")
  public void requestFailed() {
    assertThat(failure).isNotNull().hasMessageContaining("nothing was recorded");
  }
}
