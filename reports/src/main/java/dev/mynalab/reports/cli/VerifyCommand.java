package dev.mynalab.reports.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mynalab.kit.fixtures.Json;
import dev.mynalab.reports.sign.Pem;
import dev.mynalab.reports.sign.SignatureCheck;
import dev.mynalab.reports.sign.SignatureVerifier;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mynalab report verify FILE}: checks the detached CMS signature {@code FILE.p7s} over
 * {@code FILE} and that its signer was issued by the trusted report-signing CA. Exit 0 valid, 1
 * invalid (each problem on stderr), 2 a file is missing or unreadable.
 */
@Command(
    name = "verify",
    description = {
      "Verifies a signed conformance report.",
      "The CMS signature FILE.p7s must match FILE byte for byte, and its signer must be issued",
      "by the report-signing CA (default: this installation's). Exit 0 valid, 1 invalid, 2 bad usage."
    },
    mixinStandardHelpOptions = true)
final class VerifyCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "FILE",
      description = "the report, e.g. reports/out/conformance-report.json")
  Path report;

  @Option(
      names = "--signature",
      paramLabel = "P7S",
      description = "the signature (default: FILE.p7s)")
  Path signature;

  @Option(
      names = "--ca",
      paramLabel = "PEM",
      description =
          "the trusted report-signing CA certificate (default: reports/keys/report-signing-ca.pem)")
  Path ca;

  private final Installation installation;

  VerifyCommand() {
    this(Installation.current());
  }

  VerifyCommand(Installation installation) {
    this.installation = installation;
  }

  @Override
  public Integer call() throws IOException {
    Path sig = signature != null ? signature : Path.of(report + ".p7s");
    Path trusted = ca != null ? ca : installation.caCertificate();
    for (Path p : new Path[] {report, sig}) {
      if (!Files.isRegularFile(p)) {
        throw new IllegalArgumentException("no such file: " + p);
      }
    }
    if (!Files.isRegularFile(trusted)) {
      throw new IllegalArgumentException(
          "no report-signing CA certificate at "
              + trusted
              + (ca == null
                  ? " (this installation has not signed a report yet); pass --ca PEM"
                  : ""));
    }
    X509Certificate caCert = Pem.readCertificate(trusted);
    SignatureCheck check =
        SignatureVerifier.verify(Files.readAllBytes(report), Files.readAllBytes(sig), caCert);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (check.valid()) {
      out.println(report + ": signature valid, signed by " + check.signer());
      out.println("  issued by " + caCert.getSubjectX500Principal().getName());
      summary(report).ifPresent(line -> out.println("  " + line));
      out.flush();
      return 0;
    }
    out.println(report + ": signature INVALID");
    out.flush();
    check.problems().forEach(p -> err.println("report verify: " + p));
    err.flush();
    return 1;
  }

  /** The signed report's verdict counts, when it is a conformance report. */
  private static Optional<String> summary(Path report) {
    try {
      JsonNode v = Json.mapper().readTree(report.toFile()).path("summary").path("verdicts");
      if (!v.isObject()) {
        return Optional.empty();
      }
      return Optional.of(
          v.path("PASS").asInt()
              + " passed, "
              + v.path("FAIL").asInt()
              + " failed, "
              + v.path("NOT_RUN").asInt()
              + " not run, "
              + v.path("NOT_APPLICABLE").asInt()
              + " not applicable, "
              + v.path("KNOWN_DEVIATION").asInt()
              + " known deviations");
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
