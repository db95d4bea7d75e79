package dev.mynalab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mynalab.spec.catalogue.RequirementCatalogue;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class MynalabTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = Mynalab.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void everyCommandHasHelp() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString()).contains("conformance").contains("mynumber").contains("TEST ONLY");
    for (String command : new String[] {"conformance", "mynumber", "report"}) {
      assertThat(run(command, "--help")).isZero();
    }
    assertThat(run("mynumber", "check", "--help")).isZero();
    assertThat(run("world", "up", "--help")).isZero();
    assertThat(run("world", "ca", "--help")).isZero();
    assertThat(run("bench", "validation", "--help")).isZero();
    assertThat(run("card", "serve", "--help")).isZero();
    assertThat(run("verifier", "serve", "--help")).isZero();
    assertThat(out.toString()).contains("--trust").contains("/admin/trust/reload");
  }

  @Test
  void badUsageExitsTwoWithAMessage() {
    assertThat(run("no-such-command")).isEqualTo(2);
    assertThat(err.toString()).contains("no-such-command");
    assertThat(run("--seed", "seven", "mynumber", "generate", "--count", "1")).isEqualTo(2);
  }

  @Test
  void mynumberIsWired() {
    assertThat(run("mynumber", "check", "123456789018")).isZero();
    assertThat(run("mynumber", "check", "123456789019")).isEqualTo(1);
    assertThat(run("mynumber", "check", "12345")).isEqualTo(2);
  }

  @Test
  void conformanceRunsASelectionOfTheLivingSpecAndSaysWhereTheReportIs(@TempDir Path dir)
      throws Exception {
    int status =
        run(
            "conformance",
            "--features",
            Path.of("..", "features").toString(),
            "--out",
            dir.toString(),
            "--tags",
            "@REQ-MN-01");
    assertThat(status).as(err.toString()).isZero();
    var requirements =
        RequirementCatalogue.read(Path.of("..", "features", "requirements.yaml")).requirements();
    long total = requirements.size();
    long planned = requirements.stream().filter(r -> !r.active()).count();
    assertThat(out.toString())
        .contains("report: " + dir.resolve("conformance-report.html").toAbsolutePath())
        .contains(
            total
                + " requirements: 1 passed, 0 failed, "
                + (total - planned - 1)
                + " not run, 0 not applicable, "
                + planned
                + " known deviations");
    assertThat(dir.resolve("cucumber.ndjson")).isNotEmptyFile();
    assertThat(dir.resolve("conformance-report.json")).isNotEmptyFile();
    assertThat(dir.resolve("conformance-report.json.p7s")).isNotEmptyFile();
    assertThat(dir.resolve("conformance-junit.xml")).isNotEmptyFile();
    assertThat(run("report", "verify", dir.resolve("conformance-report.json").toString())).isZero();
    assertThat(Files.readString(dir.resolve("cucumber-junit.xml"))).contains("failures=\"0\"");
  }

  @Test
  void aFailingScenarioMakesConformanceExitOne(@TempDir Path dir) throws Exception {
    Path features = Files.createDirectories(dir.resolve("features"));
    Files.writeString(
        features.resolve("wrong.feature"),
        """
        # language: ja
        機能: わざと誤った期待
          @REQ-MN-02
          シナリオ: 有効な番号を形式の誤りと期待する
            もし 個人番号 "123456789018" を検査する
            ならば 検査結果は "形式の誤り" である
        """);
    int status =
        run(
            "conformance",
            "--features",
            features.toString(),
            "--out",
            dir.resolve("out").toString());
    assertThat(status).isEqualTo(1);
    assertThat(out.toString()).contains("conformance: FAILED").contains("1 failed");
    assertThat(Files.readString(dir.resolve("out/conformance-junit.xml")))
        .contains("REQ-MN-02")
        .contains("<failure");
  }

  @Test
  void conformanceRefusesAMissingFeaturesDirectory(@TempDir Path dir) {
    assertThat(run("conformance", "--features", dir.resolve("absent").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("--features").contains("absent");
  }
}
