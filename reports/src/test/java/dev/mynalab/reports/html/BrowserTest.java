package dev.mynalab.reports.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mynalab.kit.testing.RequiresService;
import dev.mynalab.reports.ReportBuilder;
import dev.mynalab.reports.TestRuns;
import dev.mynalab.reports.cli.ReportSummaryLine;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report in a real browser: headless Chromium loads the file (no server, no network), runs
 * its script, and the rendered DOM shows the requirement matrix with the right counts. A screenshot
 * goes to {@code target/conformance-report.png} for a human to look at.
 */
class BrowserTest {

  private static final String CHROMIUM = "chromium";

  @TempDir Path dir;

  @BeforeEach
  void needsChromium() {
    RequiresService.require(
        "Chromium (headless)",
        RequiresService.onPath(CHROMIUM),
        "apt-get install --no-install-recommends chromium");
  }

  private String dumpDom(Path html, String fragment) throws Exception {
    return chromium("--dump-dom", html.toUri() + fragment);
  }

  private String chromium(String... args) throws Exception {
    List<String> cmd =
        new ArrayList<>(
            List.of(
                CHROMIUM,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--user-data-dir=" + Files.createTempDirectory(dir, "profile")));
    cmd.addAll(List.of(args));
    Path out = Files.createTempFile(dir, "chromium", ".out");
    Process p =
        new ProcessBuilder(cmd)
            .redirectOutput(out.toFile())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    if (!p.waitFor(90, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("chromium did not finish in 90 s");
    }
    assertThat(p.exitValue()).as("chromium exit status").isZero();
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  private static String textOf(String dom, String id) {
    Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*>([^<]*)<").matcher(dom);
    assertThat(m.find()).as("element #%s in the rendered DOM", id).isTrue();
    return m.group(1);
  }

  @Test
  void theRenderedPageCountsTheRequirementsByVerdict() throws Exception {
    TestRuns.standard().writeTo(dir);
    ReportBuilder.Result r = TestRuns.builder(dir).build();
    String dom = dumpDom(r.files().html(), "");
    // the script replaced the static text with the counts it made from the matrix rows
    assertThat(textOf(dom, "summary"))
        .isEqualTo(
            "8 requirements: 1 passed, 3 failed, 3 not run, 0 not applicable, 1 known deviations")
        .isEqualTo(ReportSummaryLine.of(r.report()));
    assertThat(textOf(dom, "shown")).isEqualTo("8 / 8 shown");
    assertThat(dom).contains("合格する要件").contains("サンプル機能");
  }

  @Test
  void aLinkCanOpenTheMatrixFiltered() throws Exception {
    TestRuns.standard().writeTo(dir);
    Path html = TestRuns.builder(dir).build().files().html();
    assertThat(textOf(dumpDom(html, "#matrix?verdict=FAIL"), "shown")).isEqualTo("3 / 8 shown");
    assertThat(textOf(dumpDom(html, "#matrix?search=%E6%9C%AA%E5%AE%9A%E7%BE%A9"), "shown"))
        .as("search for 未定義")
        .isEqualTo("1 / 8 shown");
  }

  @Test
  void injectedMarkupDoesNotRun() throws Exception {
    TestRuns.hostileReport(dir);
    Path html = TestRuns.builder(dir).build().files().html();
    String dom = dumpDom(html, "");
    assertThat(dom).doesNotContain("<title>pwned</title>");
    assertThat(dom).contains("mynalab 適合性試験報告");
    assertThat(textOf(dom, "summary")).startsWith("8 requirements:");
  }

  @Test
  void aScreenshotForHumans() throws Exception {
    TestRuns.referenceRun(dir);
    Path html =
        new ReportBuilder(
                dir,
                Path.of(System.getProperty("mynalab.features", "../features"), "requirements.yaml"),
                TestRuns.identity(),
                TestRuns.CLOCK)
            .systemsUnderTest(List.of(TestRuns.sut()))
            .build()
            .files()
            .html();
    Path png = Path.of("target", "conformance-report.png").toAbsolutePath();
    Files.createDirectories(png.getParent());
    Files.deleteIfExists(png);
    chromium(
        "--screenshot=" + png,
        "--window-size=1280,1800",
        "--hide-scrollbars",
        html.toUri().toString());
    assertThat(png).exists();
    assertThat(Files.size(png)).isGreaterThan(10_000);
  }
}
