package dev.mynalab.reports;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.mynalab.kit.fixtures.Json;
import dev.mynalab.reports.html.HtmlReport;
import dev.mynalab.reports.input.ConformanceStatementFile;
import dev.mynalab.reports.input.CucumberMessagesFile;
import dev.mynalab.reports.input.CucumberRun;
import dev.mynalab.reports.input.ParsedFeature;
import dev.mynalab.reports.input.RequirementCatalogueFile;
import dev.mynalab.reports.input.RunRecordFile;
import dev.mynalab.reports.input.SystemsUnderTestFile;
import dev.mynalab.reports.junit.RequirementJunitXml;
import dev.mynalab.reports.model.ConformanceReport;
import dev.mynalab.reports.model.NotApplicable;
import dev.mynalab.reports.model.SystemUnderTest;
import dev.mynalab.reports.sign.Pem;
import dev.mynalab.reports.sign.ReportSigner;
import dev.mynalab.reports.sign.SigningIdentity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the conformance report of a run from the files the run wrote into its output directory
 * ({@code cucumber.ndjson}, {@code run.json}), the requirement catalogue and an optional ICS, and
 * writes beside them: {@code conformance-report.json}, its detached CMS signature {@code .p7s},
 * {@code conformance-report.html}, {@code conformance-junit.xml} and the signing CA's certificate.
 * Everything is produced in memory first, so a failure leaves no half-written report.
 *
 * <pre>
 * ReportBuilder.Result r = new ReportBuilder(outDir, catalogue, identity, clock)
 *     .systemsUnderTest(List.of(SystemsUnderTest.embeddedReferenceWorld(cp, version)))
 *     .build();
 * </pre>
 */
public final class ReportBuilder {

  /** What was written, and the report itself. */
  public record Result(ReportFiles files, ConformanceReport report) {}

  private static final ObjectMapper JSON =
      Json.mapper().copy().enable(SerializationFeature.INDENT_OUTPUT);

  private final Path outDir;
  private final Path catalogue;
  private final SigningIdentity identity;
  private final Clock clock;
  private List<SystemUnderTest> systems = List.of();
  private Optional<Path> ics = Optional.empty();
  private String harnessVersion = HarnessVersion.get();
  private String gitCommit = GitCommit.UNKNOWN;

  /**
   * @param outDir the run's output directory: read from and written to
   * @param catalogue {@code features/requirements.yaml}
   * @param identity the report-signing key and certificates
   * @param clock the signing time's source
   */
  public ReportBuilder(Path outDir, Path catalogue, SigningIdentity identity, Clock clock) {
    this.outDir = outDir;
    this.catalogue = catalogue;
    this.identity = identity;
    this.clock = clock;
  }

  public ReportBuilder systemsUnderTest(List<SystemUnderTest> systems) {
    this.systems = List.copyOf(systems);
    return this;
  }

  /** An Implementation Conformance Statement declaring requirements or scenarios N/A. */
  public ReportBuilder conformanceStatement(Optional<Path> ics) {
    this.ics = ics;
    return this;
  }

  public ReportBuilder harness(String version, String gitCommit) {
    this.harnessVersion = version;
    this.gitCommit = gitCommit;
    return this;
  }

  /** The report's model only, nothing written (the baseline check uses this). */
  public ConformanceReport assemble() {
    ReportFiles files = ReportFiles.in(outDir);
    if (!Files.isRegularFile(files.messages())) {
      throw new IllegalArgumentException(
          "no run to report on: "
              + files.messages()
              + " is missing (run ./mynalab conformance, or ./mvnw verify, first)");
    }
    Map<String, Object> record = RunRecordFile.read(files.runRecord());
    List<NotApplicable> na =
        new ArrayList<>(ics.map(ConformanceStatementFile::read).orElse(List.of()));
    List<SystemUnderTest> all = new ArrayList<>(systems);
    CucumberRun run = CucumberMessagesFile.read(files.messages());
    Optional<SystemsUnderTestFile.Contents> profile = SystemsUnderTestFile.read(outDir);
    if (profile.isPresent()) {
      all.addAll(profile.get().systems());
      na.addAll(profile.get().notApplicable());
      List<ParsedFeature> features = new ArrayList<>(run.features());
      features.addAll(profile.get().clientChecks());
      run =
          new CucumberRun(
              run.cucumber(),
              run.runtime(),
              run.startedAt(),
              run.finishedAt(),
              run.success(),
              List.copyOf(features));
    }
    return ReportAssembler.assemble(
        new ReportAssembler.Inputs(
            run,
            RequirementCatalogueFile.read(catalogue),
            record,
            all,
            na,
            harnessVersion,
            gitCommit));
  }

  public Result build() throws IOException {
    ConformanceReport report = assemble();
    ReportFiles files = ReportFiles.in(outDir);
    byte[] json = (JSON.writeValueAsString(report) + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] signature = ReportSigner.sign(json, identity, clock.instant());
    byte[] html = HtmlReport.render(report).getBytes(StandardCharsets.UTF_8);
    byte[] junit = RequirementJunitXml.render(report).getBytes(StandardCharsets.UTF_8);
    byte[] ca = Pem.encode(identity.ca()).getBytes(StandardCharsets.US_ASCII);
    write(files.json(), json);
    write(files.signature(), signature);
    write(files.html(), html);
    write(files.junit(), junit);
    write(files.caCertificate(), ca);
    return new Result(files, report);
  }

  /** The report JSON exactly as {@link #build} writes it (for tests and the schema check). */
  public static String toJson(ConformanceReport report) throws IOException {
    return JSON.writeValueAsString(report) + "\n";
  }

  private static void write(Path file, byte[] bytes) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
    try {
      Files.write(tmp, bytes);
      try {
        // temporary files are private; a report is for reading
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system: keep the default
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
