package dev.mynalab.reports.html;

import static dev.mynalab.reports.html.Html.esc;

import dev.mynalab.reports.Stages;
import dev.mynalab.reports.model.ConformanceReport;
import dev.mynalab.reports.model.Evidence;
import dev.mynalab.reports.model.FeatureResult;
import dev.mynalab.reports.model.KnownDeviation;
import dev.mynalab.reports.model.NotApplicable;
import dev.mynalab.reports.model.RequirementResult;
import dev.mynalab.reports.model.ScenarioResult;
import dev.mynalab.reports.model.ScenarioStatus;
import dev.mynalab.reports.model.StepResult;
import dev.mynalab.reports.model.SystemUnderTest;
import dev.mynalab.reports.model.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The living documentation ({@code conformance-report.html}): lifecycle stages → features →
 * scenarios with their results and evidence on demand, and the requirement matrix with filtering
 * and search. One self-contained UTF-8 file — inline CSS and a little vanilla JS, no network —
 * readable offline and without JavaScript (the script only filters and counts). Every piece of text
 * is escaped ({@link Html#esc}): features, steps and evidence may come from a vendor.
 */
public final class HtmlReport {

  private static final String CSS = resource("report.css");
  private static final String JS = resource("report.js");

  private final ConformanceReport report;
  private final StringBuilder out = new StringBuilder(64 * 1024);
  private final Map<String, String> anchors = new HashMap<>();

  private HtmlReport(ConformanceReport report) {
    this.report = report;
    int n = 0;
    for (FeatureResult f : report.features()) {
      for (ScenarioResult s : f.scenarios()) {
        anchors.put(s.id(), "sc-" + ++n);
      }
    }
  }

  public static String render(ConformanceReport report) {
    return new HtmlReport(report).page();
  }

  /** The Japanese label of a verdict. */
  static String ja(Verdict v) {
    return switch (v) {
      case PASS -> "合格";
      case FAIL -> "不合格";
      case NOT_RUN -> "未実施";
      case NOT_APPLICABLE -> "対象外";
      case KNOWN_DEVIATION -> "既知の逸脱";
    };
  }

  private String page() {
    out.append("<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>mynalab 適合性試験報告 — conformance report (TEST ONLY)</title>\n")
        .append("<style>\n")
        .append(CSS)
        .append("</style>\n</head>\n<body>\n");
    header();
    systems();
    ruleBook();
    matrix();
    deviations();
    notApplicable();
    livingDoc();
    out.append("<script>\n").append(JS).append("</script>\n</body>\n</html>\n");
    return out.toString();
  }

  private void header() {
    var h = report.harness();
    var r = report.run();
    out.append("<header>\n<h1>適合性試験報告 <span class=\"en\">Conformance report</span></h1>\n")
        .append("<p class=\"test-only\">⚠ TEST ONLY — 模擬環境による試験結果です。")
        .append(
            "Every key, certificate and person in this run is simulated.</p>\n<dl class=\"facts\">");
    fact("Harness", h.name() + " " + h.version());
    fact("Git commit", h.gitCommit());
    fact("Seed", r.seed() + "  (replay: ./mynalab --seed " + r.seed() + " conformance)");
    fact("World start date", r.worldStartDate());
    fact("Run started", r.startedAt());
    fact("Run finished", r.finishedAt());
    fact("Cucumber", h.cucumber());
    fact("Runtime", h.runtime());
    out.append("</dl>\n</header>\n");
  }

  private void fact(String name, String value) {
    out.append("<dt>").append(esc(name)).append("</dt><dd>").append(esc(value)).append("</dd>");
  }

  private void systems() {
    out.append(
            "<section id=\"systems\">\n<h2>試験対象 <span class=\"en\">Systems under test</span></h2>\n")
        .append("<table><thead><tr><th>ID</th><th>Kind</th><th>Name</th><th>Version</th>")
        .append("<th>Hash</th><th>Details</th></tr></thead><tbody>\n");
    for (SystemUnderTest s : report.systemsUnderTest()) {
      out.append("<tr><td>")
          .append(esc(s.id()))
          .append("</td><td>")
          .append(esc(s.kind()))
          .append("</td><td>")
          .append(esc(s.name()))
          .append("</td><td>")
          .append(esc(s.version()))
          .append("</td><td><code class=\"hash\">")
          .append(esc(s.hashAlgorithm() == null ? "" : s.hashAlgorithm() + ":" + s.hash()))
          .append("</code><div class=\"small\">")
          .append(esc(s.hashedOver()))
          .append("</div></td><td>");
      s.properties()
          .forEach((k, v) -> out.append(esc(k)).append(": ").append(esc(v)).append("<br>"));
      out.append("</td></tr>\n");
    }
    out.append("</tbody></table>\n</section>\n");
  }

  private void ruleBook() {
    out.append(
        "<section id=\"rule-book\">\n<h2>ルールブックのパラメータ <span class=\"en\">Rule-book parameters</span></h2>\n");
    if (report.ruleBookParameters().isEmpty()) {
      out.append("<p class=\"small\">The run recorded no rule-book parameters.</p>\n");
    } else {
      out.append("<table><tbody>\n");
      new TreeMap<>(report.ruleBookParameters())
          .forEach(
              (k, v) ->
                  out.append("<tr><th>")
                      .append(esc(k))
                      .append("</th><td>")
                      .append(esc(String.valueOf(v)))
                      .append("</td></tr>\n"));
      out.append("</tbody></table>\n");
    }
    out.append("</section>\n");
  }

  private void matrix() {
    var sum = report.summary();
    out.append(
            "<section id=\"matrix\">\n<h2>要件マトリクス <span class=\"en\">Requirement matrix</span></h2>\n")
        .append("<p id=\"summary\" class=\"summary\">")
        .append(sum.requirements())
        .append(" requirements (enable JavaScript to filter)</p>\n")
        .append("<div class=\"filters\">")
        .append(
            "<input id=\"search\" type=\"search\" placeholder=\"検索 / search (ID, title, source…)\">")
        .append("<select id=\"verdict-filter\"><option value=\"\">判定: すべて / all verdicts</option>");
    for (Verdict v : Verdict.values()) {
      out.append("<option value=\"")
          .append(v)
          .append("\">")
          .append(ja(v))
          .append(" / ")
          .append(v)
          .append(" (")
          .append(sum.verdicts().get(v))
          .append(")</option>");
    }
    out.append(
        "</select><select id=\"stage-filter\"><option value=\"\">段階: すべて / all stages</option>");
    report.requirements().stream()
        .map(RequirementResult::stage)
        .distinct()
        .sorted(Stages.LIFECYCLE)
        .forEach(s -> out.append("<option>").append(esc(s)).append("</option>"));
    out.append("</select> <span id=\"shown\" class=\"small\"></span></div>\n")
        .append("<table id=\"requirements\"><thead><tr><th>ID</th><th>要件</th><th>Requirement</th>")
        .append(
            "<th>段階</th><th>出典 Source</th><th>判定 Verdict</th><th>シナリオ</th></tr></thead><tbody>\n");
    // in the order of the card's life; within a stage, the catalogue's order (a stable sort)
    List<RequirementResult> rows = new java.util.ArrayList<>(report.requirements());
    rows.sort(java.util.Comparator.comparing(RequirementResult::stage, Stages.LIFECYCLE));
    for (RequirementResult r : rows) {
      out.append("<tr id=\"req-")
          .append(esc(r.id()))
          .append("\" data-verdict=\"")
          .append(r.verdict())
          .append("\" data-stage=\"")
          .append(esc(r.stage()))
          .append("\"><td class=\"id\">")
          .append(esc(r.id()))
          .append("</td><td lang=\"ja\">")
          .append(esc(r.titleJa()))
          .append("</td><td lang=\"en\">")
          .append(esc(r.titleEn()))
          .append("</td><td class=\"stage\">")
          .append(esc(r.stage()))
          .append("</td><td class=\"source\">")
          .append(esc(r.source()))
          .append("<div class=\"effective\">施行 ")
          .append(esc(r.effectiveFrom()))
          .append(" 〜 ")
          .append(esc(r.effectiveTo()))
          .append("</div></td><td>");
      verdict(r.verdict());
      if (r.reason() != null) {
        out.append("<div class=\"reason\">").append(esc(r.reason())).append("</div>");
      }
      out.append("</td><td class=\"links\">");
      for (String id : r.scenarios()) {
        out.append("<a href=\"#")
            .append(anchors.get(id))
            .append("\" title=\"")
            .append(esc(id))
            .append("\">")
            .append(esc(shortId(id)))
            .append("</a> ");
      }
      out.append("</td></tr>\n");
    }
    out.append("</tbody></table>\n</section>\n");
  }

  private void verdict(Verdict v) {
    out.append("<span class=\"verdict v-")
        .append(v)
        .append("\">")
        .append(ja(v))
        .append(" ")
        .append(v)
        .append("</span>");
  }

  private void deviations() {
    out.append(
        "<section id=\"deviations\">\n<h2>既知の逸脱 <span class=\"en\">Known deviations</span></h2>\n");
    if (report.knownDeviations().isEmpty()) {
      out.append("<p class=\"small\">None: every requirement of the catalogue is active.</p>\n");
    } else {
      out.append("<ul>\n");
      for (KnownDeviation d : report.knownDeviations()) {
        out.append("<li><a href=\"#req-")
            .append(esc(d.requirement()))
            .append("\">")
            .append(esc(d.requirement()))
            .append("</a>: ")
            .append(esc(d.reason()))
            .append("</li>\n");
      }
      out.append("</ul>\n");
    }
    out.append("</section>\n");
  }

  private void notApplicable() {
    if (report.notApplicable().isEmpty()) {
      return;
    }
    out.append(
        "<section id=\"ics\">\n<h2>適合性宣言の対象外 <span class=\"en\">Declared N/A (ICS)</span></h2>\n<ul>\n");
    for (NotApplicable na : report.notApplicable()) {
      String target =
          na.requirement() != null ? na.requirement() : na.tag() != null ? na.tag() : na.scenario();
      out.append("<li>")
          .append(esc(target))
          .append(": ")
          .append(esc(na.reason()))
          .append("</li>\n");
    }
    out.append("</ul>\n</section>\n");
  }

  private void livingDoc() {
    out.append(
        "<section id=\"living-doc\">\n<h2>ライフサイクル <span class=\"en\">Living documentation by lifecycle stage</span></h2>\n");
    Map<String, List<FeatureResult>> byStage = new LinkedHashMap<>();
    report
        .features()
        .forEach(f -> byStage.computeIfAbsent(f.stage(), k -> new java.util.ArrayList<>()).add(f));
    if (byStage.isEmpty()) {
      out.append("<p class=\"small\">The run contained no features.</p>\n");
    }
    byStage.forEach(
        (stage, features) -> {
          out.append("<section class=\"stage\">\n<h3>")
              .append(esc(stage))
              .append(" <span class=\"counts\">")
              .append(esc(counts(features.stream().flatMap(f -> f.scenarios().stream()).toList())))
              .append("</span></h3>\n");
          features.forEach(this::feature);
          out.append("</section>\n");
        });
    out.append("</section>\n");
  }

  private void feature(FeatureResult f) {
    out.append("<article class=\"feature\">\n<h4>機能: ")
        .append(esc(f.name()))
        .append("</h4>\n<p class=\"uri\">")
        .append(esc(f.uri()))
        .append(" — ")
        .append(esc(counts(f.scenarios())))
        .append("</p>\n");
    if (!f.description().isBlank()) {
      out.append("<p class=\"description\">").append(esc(f.description())).append("</p>\n");
    }
    f.scenarios().forEach(this::scenario);
    out.append("</article>\n");
  }

  private void scenario(ScenarioResult s) {
    out.append("<div class=\"scenario s-")
        .append(s.status())
        .append("\" id=\"")
        .append(anchors.get(s.id()))
        .append("\">\n<div class=\"head\"><span class=\"status s-")
        .append(s.status())
        .append("\">")
        .append(s.status())
        .append("</span> <b>")
        .append(esc(s.keyword()))
        .append(":</b> ")
        .append(esc(s.name()))
        .append(" <span class=\"loc\">")
        .append(esc(s.id()))
        .append("</span> ");
    for (String t : s.tags()) {
      if (t.startsWith("@REQ-")) {
        out.append("<a class=\"tag\" href=\"#req-")
            .append(esc(t.substring(1)))
            .append("\">")
            .append(esc(t))
            .append("</a> ");
      } else {
        out.append("<span class=\"tag\">").append(esc(t)).append("</span> ");
      }
    }
    if (!s.applicable()) {
      out.append("<span class=\"na\">N/A: ").append(esc(s.notApplicableReason())).append("</span>");
    }
    out.append("</div>\n<ol class=\"steps\">\n");
    for (StepResult st : s.steps()) {
      out.append("<li class=\"s-")
          .append(st.status())
          .append("\"><b>")
          .append(esc(st.keyword()))
          .append("</b> ")
          .append(esc(st.text()))
          .append(" <span class=\"step-status\">")
          .append(st.status())
          .append("</span>");
      if (st.error() != null) {
        out.append("<pre class=\"error\">").append(esc(st.error())).append("</pre>");
      }
      out.append("</li>\n");
    }
    out.append("</ol>\n");
    for (Evidence e : s.evidence()) {
      String body = e.content();
      long lines = body.lines().count();
      out.append("<details class=\"evidence\"><summary>証跡 Evidence: ")
          .append(esc(e.name()))
          .append(" (")
          .append(esc(e.mediaType()))
          .append(", ")
          .append("BASE64".equals(e.encoding()) ? "base64" : lines + " lines")
          .append(")</summary><pre>")
          .append(esc(body))
          .append("</pre></details>\n");
    }
    out.append("</div>\n");
  }

  /** {@code features/numbers/mynumber.feature:53} → {@code mynumber:53}. */
  static String shortId(String scenarioId) {
    int colon = scenarioId.lastIndexOf(':');
    String file = scenarioId.substring(scenarioId.lastIndexOf('/', colon) + 1, colon);
    if (file.endsWith(".feature")) {
      file = file.substring(0, file.length() - ".feature".length());
    }
    return file + scenarioId.substring(colon);
  }

  /** "5 scenarios: 4 PASSED, 1 FAILED" in the order of the statuses. */
  private static String counts(List<ScenarioResult> scenarios) {
    Map<ScenarioStatus, Long> by = new java.util.EnumMap<>(ScenarioStatus.class);
    scenarios.forEach(s -> by.merge(s.status(), 1L, Long::sum));
    StringBuilder b = new StringBuilder().append(scenarios.size()).append(" scenarios");
    String sep = ": ";
    for (Map.Entry<ScenarioStatus, Long> e : by.entrySet()) {
      b.append(sep).append(e.getValue()).append(' ').append(e.getKey());
      sep = ", ";
    }
    return b.toString();
  }

  private static String resource(String name) {
    try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
