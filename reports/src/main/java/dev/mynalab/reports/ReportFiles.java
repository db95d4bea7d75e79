package dev.mynalab.reports;

import java.nio.file.Path;

/** The names of the files a run and its report occupy in the output directory. */
public record ReportFiles(
    Path messages,
    Path runRecord,
    Path json,
    Path signature,
    Path html,
    Path junit,
    Path caCertificate) {

  public static ReportFiles in(Path dir) {
    return new ReportFiles(
        dir.resolve("cucumber.ndjson"),
        dir.resolve("run.json"),
        dir.resolve("conformance-report.json"),
        dir.resolve("conformance-report.json.p7s"),
        dir.resolve("conformance-report.html"),
        dir.resolve("conformance-junit.xml"),
        dir.resolve("report-signing-ca.pem"));
  }
}
