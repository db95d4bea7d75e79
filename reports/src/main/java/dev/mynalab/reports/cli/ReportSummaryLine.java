package dev.mynalab.reports.cli;

import dev.mynalab.reports.model.ConformanceReport;
import dev.mynalab.reports.model.Verdict;
import java.util.Map;

/** One line: "3 requirements: 3 passed, 0 failed, …" — the same words the HTML page shows. */
public final class ReportSummaryLine {

  private ReportSummaryLine() {}

  public static String of(ConformanceReport report) {
    Map<Verdict, Integer> v = report.summary().verdicts();
    return report.summary().requirements()
        + " requirements: "
        + v.get(Verdict.PASS)
        + " passed, "
        + v.get(Verdict.FAIL)
        + " failed, "
        + v.get(Verdict.NOT_RUN)
        + " not run, "
        + v.get(Verdict.NOT_APPLICABLE)
        + " not applicable, "
        + v.get(Verdict.KNOWN_DEVIATION)
        + " known deviations";
  }
}
