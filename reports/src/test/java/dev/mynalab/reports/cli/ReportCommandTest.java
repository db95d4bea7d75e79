package dev.mynalab.reports.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mynalab.reports.TestRuns;
import dev.mynalab.reports.sign.ReportSigningKeys;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The report commands as the lab's CLI runs them, against a throw-away installation. */
class ReportCommandTest {

  @TempDir Path home;
  private Installation installation;
  private Path out;
  private final StringWriter stdout = new StringWriter();
  private final StringWriter stderr = new StringWriter();

  @BeforeEach
  void anInstallationWithARun() throws Exception {
    Files.createDirectories(home.resolve("features"));
    Files.copy(TestRuns.catalogue(), home.resolve("features/requirements.yaml"));
    installation = new Installation(home, TestRuns.CLOCK);
    TestRuns.installIdentity(installation.keys());
    out = home.resolve("reports/out");
    TestRuns.standard().writeTo(out);
  }

  private int run(Object command, String... args) {
    CommandLine cli = new CommandLine(command);
    cli.setOut(new PrintWriter(stdout, true));
    cli.setErr(new PrintWriter(stderr, true));
    cli.setExecutionExceptionHandler(
        (e, c, p) -> {
          c.getErr().println(e.getMessage());
          return e instanceof IllegalArgumentException ? 2 : 1;
        });
    return cli.execute(args);
  }

  private int build() {
    return run(new BuildCommand(installation), "--out", out.toString());
  }

  private int verify(String... args) {
    return run(new VerifyCommand(installation), args);
  }

  @Test
  void buildWritesTheSignedReportAndVerifyAcceptsIt() throws Exception {
    assertThat(build()).isZero();
    assertThat(stdout.toString()).contains("8 requirements: 1 passed, 3 failed");
    assertThat(out.resolve("conformance-report.html")).exists();
    assertThat(out.resolve("conformance-junit.xml")).exists();
    assertThat(home.resolve("reports/keys/" + ReportSigningKeys.CA_FILE)).exists();
    assertThat(verify(out.resolve("conformance-report.json").toString())).isZero();
    assertThat(stdout.toString())
        .contains("signature valid")
        .contains("1 passed, 3 failed, 3 not run, 0 not applicable, 1 known deviations");
  }

  @Test
  void verifyFailsAfterTamperingWithOneByte() throws Exception {
    build();
    Path json = out.resolve("conformance-report.json");
    String text = Files.readString(json);
    Files.writeString(json, text.replaceFirst("\"FAIL\"", "\"PASS\""));
    assertThat(verify(json.toString())).isEqualTo(1);
    assertThat(stdout.toString()).contains("signature INVALID");
    assertThat(stderr.toString()).contains("does not match the content");
  }

  @Test
  void verifyRefusesAReportSignedUnderAnotherCa() throws Exception {
    build();
    Path otherCa = home.resolve("other-ca.pem");
    Files.writeString(otherCa, dev.mynalab.reports.sign.Pem.encode(TestRuns.otherIdentity().ca()));
    assertThat(
            verify(out.resolve("conformance-report.json").toString(), "--ca", otherCa.toString()))
        .isEqualTo(1);
    assertThat(stderr.toString()).contains("not signed by the trusted CA");
  }

  @Test
  void verifyNamesMissingFilesWithExitTwo() throws Exception {
    assertThat(verify(home.resolve("nothing.json").toString())).isEqualTo(2);
    assertThat(stderr.toString()).contains("no such file");
    Files.delete(installation.caCertificate());
    Files.writeString(home.resolve("r.json"), "{}");
    Files.writeString(home.resolve("r.json.p7s"), "x");
    assertThat(verify(home.resolve("r.json").toString())).isEqualTo(2);
    assertThat(stderr.toString()).contains("pass --ca PEM");
  }

  @Test
  void acceptBaselineRefusesAPartialRunThenWritesOnRequest() throws Exception {
    Path baseline = installation.baseline();
    assertThat(run(new AcceptBaselineCommand(installation), "--out", out.toString())).isEqualTo(2);
    assertThat(stderr.toString()).contains("is partial").contains("--allow-partial");
    assertThat(baseline).doesNotExist();
    assertThat(
            run(
                new AcceptBaselineCommand(installation),
                "--out",
                out.toString(),
                "--allow-partial"))
        .isZero();
    assertThat(stdout.toString())
        .contains("baseline written")
        .contains("8 requirements, 0 changed");
    assertThat(Files.readString(baseline)).contains("\"REQ-T-02\" : \"FAIL\"");
  }

  @Test
  void acceptBaselineNamesEachChange() throws Exception {
    new dev.mynalab.reports.MessagesFixture("file:///x/features/a.feature", "a")
        .ran(3, "@REQ-T-01", "p", "PASSED")
        .ran(4, "@REQ-T-02", "p", "PASSED")
        .ran(5, "@REQ-T-03", "p", "PASSED")
        .ran(6, "@REQ-T-04", "p", "PASSED")
        .ran(7, "@REQ-T-06", "p", "PASSED")
        .ran(8, "@REQ-T-07", "p", "PASSED")
        .ran(9, "@REQ-T-08", "p", "FAILED:no")
        .writeTo(out);
    assertThat(run(new AcceptBaselineCommand(installation), "--out", out.toString())).isZero();
    new dev.mynalab.reports.MessagesFixture("file:///x/features/a.feature", "a")
        .ran(3, "@REQ-T-01", "p", "PASSED")
        .ran(4, "@REQ-T-02", "p", "PASSED")
        .ran(5, "@REQ-T-03", "p", "PASSED")
        .ran(6, "@REQ-T-04", "p", "PASSED")
        .ran(7, "@REQ-T-06", "p", "PASSED")
        .ran(8, "@REQ-T-07", "p", "PASSED")
        .ran(9, "@REQ-T-08", "p", "PASSED")
        .writeTo(out);
    assertThat(run(new AcceptBaselineCommand(installation), "--out", out.toString())).isZero();
    assertThat(stdout.toString()).contains("changed: REQ-T-08: accepted FAIL, now PASS");
  }

  @Test
  void theReportCommandListsItsSubcommands() {
    assertThat(run(new ReportCommand(), "--help")).isZero();
    assertThat(stdout.toString()).contains("verify").contains("build").contains("accept-baseline");
    assertThat(run(new ReportCommand())).isEqualTo(2);
  }
}
