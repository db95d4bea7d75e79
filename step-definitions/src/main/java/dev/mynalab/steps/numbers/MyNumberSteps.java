package dev.mynalab.steps.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mynalab.drivers.numbers.MyNumberDriver;
import dev.mynalab.drivers.numbers.MyNumberDriver.CheckOutcome;
import dev.mynalab.registry.number.MyNumber;
import dev.mynalab.registry.number.MyNumberCheck;
import io.cucumber.java.ja.かつ;
import io.cucumber.java.ja.ならば;
import io.cucumber.java.ja.もし;
import io.cucumber.java.ja.前提;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/** Steps of 個人番号.feature: each parses, calls the driver once, or asserts one thing. */
public final class MyNumberSteps {

  private static final Map<String, MyNumberCheck.Result> VERDICTS =
      Map.of(
          "有効", MyNumberCheck.Result.VALID,
          "検査用数字の誤り", MyNumberCheck.Result.WRONG_CHECK_DIGIT,
          "形式の誤り", MyNumberCheck.Result.MALFORMED);

  private final MyNumberDriver numbers;
  private CheckOutcome outcome;
  private List<MyNumber> generated;
  private List<MyNumber> other;
  private MyNumber first;

  public MyNumberSteps(MyNumberDriver numbers) {
    this.numbers = numbers;
  }

  @もし("個人番号 {string} を検査する")
  public void check(String written) {
    outcome = numbers.check(written);
  }

  @ならば("検査結果は {string} である")
  public void verdictIs(String verdict) {
    assertThat(VERDICTS).as("known verdicts").containsKey(verdict);
    assertThat(outcome.result()).isEqualTo(VERDICTS.get(verdict));
  }

  @かつ("その理由に {string} が含まれる")
  public void explanationContains(String text) {
    assertThat(outcome.explanation()).contains(text);
  }

  @もし("機構が個人番号を {int} 件生成する")
  public void generate(int count) {
    generated = numbers.generate(count);
  }

  @前提("機構が個人番号を1件生成した")
  public void generatedOne() {
    first = numbers.generate(1).get(0);
  }

  @ならば("生成された個人番号はすべて12桁の数字で検査用数字が正しい")
  public void allValid() {
    assertThat(generated)
        .allSatisfy(
            n -> assertThat(MyNumberCheck.check(n.digits())).isEqualTo(MyNumberCheck.Result.VALID));
  }

  @かつ("生成された個人番号に重複はない")
  public void noDuplicates() {
    assertThat(new HashSet<>(generated)).hasSameSizeAs(generated);
  }

  @もし("同じシードの別の模擬世界でも個人番号を {int} 件生成する")
  public void generateElsewhere(int count) {
    other = numbers.generateInAnotherWorldWithSameSeed(count);
  }

  @ならば("2つの世界で生成された個人番号の並びは一致する")
  public void sameSequence() {
    assertThat(other).isEqualTo(generated);
  }

  @もし("その個人番号が変更され、機構のシステムが同じシードで再起動して {int} 件生成する")
  public void replaceAndRestart(int count) {
    generated = numbers.generateAfterRestart(count);
  }

  @ならば("変更前の個人番号は再び使われない")
  public void firstNotReused() {
    assertThat(generated).doesNotContain(first);
    assertThat(numbers.everIssued(first)).isTrue();
  }
}
