package dev.mynalab.steps.use;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mynalab.drivers.use.MyNumberCollector;
import io.cucumber.java.ja.ならば;
import io.cucumber.java.ja.もし;

/** Who may read the My Number (features/lifecycle/04-use/mynumber-use.feature). */
public final class MyNumberUseSteps {

  private final MyNumberCollector collector;

  public MyNumberUseSteps(MyNumberCollector collector) {
    this.collector = collector;
  }

  @もし("{string} が {string} のために {string} のカードから個人番号を読み取ろうとする")
  public void asks(String entity, String purpose, String name) {
    collector.asks(entity, purpose, name);
  }

  @もし("{string} が {string} のために {string} のカードから個人番号を読み取ろうとし、本人が暗証番号を {string} と誤る")
  public void asksWithWrongPin(String entity, String purpose, String name, String pin) {
    collector.asks(entity, purpose, name, pin);
  }

  @ならば("個人番号の読み取りは {string} を根拠に認められる")
  public void allowed(String article) {
    assertThat(collector.last()).isNotNull();
    assertThat(collector.last().allowed()).isTrue();
    assertThat(collector.last().decision().basis()).contains(article);
  }

  @ならば("読み取った個人番号は {string} の住民票の個人番号と一致する")
  public void sameNumber(String name) {
    assertThat(collector.last().myNumber()).isEqualTo(collector.registryNumber(name));
  }

  @ならば("個人番号の読み取りは {string} を根拠に拒否される")
  public void refused(String article) {
    assertThat(collector.last()).isNotNull();
    assertThat(collector.last().allowed()).isFalse();
    assertThat(collector.last().myNumber()).isNull();
    assertThat(collector.last().decision().basis()).contains("番号法").contains(article);
  }

  @ならば("カードには何も送られない")
  public void untouched() {
    assertThat(collector.apdusInLastRequest()).isZero();
  }

  @ならば("カードは暗証番号を拒み、個人番号は読み取られない")
  public void pinRefused() {
    assertThat(collector.cardRefusal()).isNotNull();
    assertThat(collector.last()).isNull();
  }
}
