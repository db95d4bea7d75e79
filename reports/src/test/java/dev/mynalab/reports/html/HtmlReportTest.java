package dev.mynalab.reports.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mynalab.reports.TestRuns;
import dev.mynalab.reports.model.ConformanceReport;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {

  @TempDir Path dir;

  @Test
  void vendorSuppliedTextIsEscapedEverywhere() throws Exception {
    ConformanceReport r = TestRuns.hostileReport(dir);
    String html = HtmlReport.render(r);
    assertThat(html).doesNotContain("<script>alert(1)</script>");
    assertThat(html).doesNotContain("<img src=x onerror=");
    assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    assertThat(html)
        .contains("&lt;img src=x onerror=&quot;document.title=&#39;pwned&#39;&quot;&gt;");
    // exactly one script element: ours
    assertThat(html.split("<script", -1)).hasSize(2);
  }

  @Test
  void selfContainedJapaneseAndComplete() throws Exception {
    ConformanceReport r = TestRuns.standardReport(dir);
    String html = HtmlReport.render(r);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<meta charset=\"utf-8\">");
    assertThat(html).doesNotContainPattern("(src|href)=\"(https?:)?//");
    assertThat(html).doesNotContain("<link");
    assertThat(html).contains("合格する要件").contains("A requirement whose scenarios pass");
    assertThat(html).contains("サンプル機能").contains("journal of 失敗するシナリオ");
    assertThat(html).contains("the overseas simulator does not exist yet");
    // one matrix row per requirement, carrying its verdict for the script
    assertThat(html.split("<tr id=\"req-", -1)).hasSize(r.requirements().size() + 1);
    assertThat(html).contains("data-verdict=\"FAIL\"").contains("data-verdict=\"KNOWN_DEVIATION\"");
    // lifecycle order: 発行 before 利用 before 国外 … stages of features follow the life of the card
    assertThat(html.indexOf("<h3>利用 <span class=\"counts\">")).isPositive();
    assertThat(html).contains("<details class=\"evidence\">");
    assertThat(html).contains("8 scenarios: 3 PASSED, 2 NOT_RUN, 1 PENDING, 1 UNDEFINED, 1 FAILED");
  }

  @Test
  void scenarioLinksNameTheirFeature() {
    assertThat(HtmlReport.shortId("features/numbers/mynumber.feature:53")).isEqualTo("mynumber:53");
    assertThat(HtmlReport.shortId("x.feature:7")).isEqualTo("x:7");
  }

  @Test
  void escapeCoversEveryMarkupCharacter() {
    assertThat(Html.esc("<a href='x'>\"&\"</a>\u0007"))
        .isEqualTo("&lt;a href=&#39;x&#39;&gt;&quot;&amp;&quot;&lt;/a&gt;\uFFFD");
    assertThat(Html.esc(null)).isEmpty();
  }
}
