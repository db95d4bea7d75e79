package dev.mynalab.reports.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mynalab.reports.model.ScenarioStatus;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads a real stream: the living spec's run with seed 42, recorded by cucumber-jvm 7.34.2. */
class CucumberMessagesFileTest {

  private static Path reference() throws URISyntaxException {
    return Path.of(
        CucumberMessagesFileTest.class
            .getResource("/dev/mynalab/reports/reference-run.ndjson")
            .toURI());
  }

  @Test
  void readsEveryPickleOfARealRunWithItsResultAndEvidence() throws Exception {
    CucumberRun run = CucumberMessagesFile.read(reference());
    assertThat(run.cucumber()).isEqualTo("cucumber-jvm 7.34.2");
    assertThat(run.success()).isTrue();
    assertThat(run.startedAt()).isBefore(run.finishedAt());
    assertThat(run.features())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.uri()).isEqualTo("features/numbers/mynumber.feature");
              assertThat(f.name()).isEqualTo("個人番号（マイナンバー）の形式、検査用数字と生成");
              assertThat(f.description()).startsWith("住民票を有する全ての者に");
            });
    List<ParsedScenario> scenarios = run.features().get(0).scenarios();
    assertThat(scenarios).hasSize(17);
    assertThat(scenarios)
        .allSatisfy(
            s -> {
              assertThat(s.status()).isEqualTo(ScenarioStatus.PASSED);
              assertThat(s.evidence())
                  .singleElement()
                  .satisfies(e -> assertThat(e.content()).startsWith("seed: 42"));
            });
    // an outline's pickles are identified by their example rows' lines
    ParsedScenario first = scenarios.get(0);
    assertThat(first.keyword()).isEqualTo("シナリオアウトライン");
    assertThat(first.line()).isEqualTo(15);
    assertThat(first.id()).isEqualTo("features/numbers/mynumber.feature:15");
    assertThat(first.tags()).containsExactly("@REQ-MN-02");
    assertThat(first.steps()).extracting(s -> s.keyword()).containsExactly("もし", "ならば");
    assertThat(first.steps().get(0).text()).isEqualTo("個人番号 \"123456789018\" を検査する");
    assertThat(scenarios).extracting(ParsedScenario::id).doesNotHaveDuplicates();
  }

  @Test
  void aLineThatIsNotJsonIsNamed(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("cucumber.ndjson");
    Files.writeString(f, "{\"meta\":{}}\nnot json\n");
    assertThatThrownBy(() -> CucumberMessagesFile.read(f))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cucumber.ndjson:2");
  }

  @Test
  void aMissingFileIsNamed(@TempDir Path dir) {
    assertThatThrownBy(() -> CucumberMessagesFile.read(dir.resolve("nope.ndjson")))
        .hasMessageContaining("nope.ndjson");
  }

  @Test
  void featureUrisAreMadeRelativeToTheRepository() {
    assertThat(FeatureUris.normalise("file:///work/x/features/numbers/a.feature"))
        .isEqualTo("features/numbers/a.feature");
    assertThat(FeatureUris.normalise("classpath:features/numbers/a.feature"))
        .isEqualTo("features/numbers/a.feature");
    assertThat(FeatureUris.normalise("classpath:/features/a.feature"))
        .isEqualTo("features/a.feature");
    assertThat(FeatureUris.normalise("file:///tmp/elsewhere/a.feature")).isEqualTo("a.feature");
  }

  @Test
  void percentEncodedJapaneseFileNamesAreShownAsWritten() {
    assertThat(FeatureUris.normalise("file:///w/features/registry/%E9%99%A4%E7%A5%A8.feature"))
        .isEqualTo("features/registry/除票.feature");
    assertThat(FeatureUris.normalise("classpath:features/a+b.feature"))
        .isEqualTo("features/a+b.feature");
  }
}
