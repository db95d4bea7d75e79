package dev.mynalab.spec;

import dev.mynalab.drivers.sut.SystemsUnderTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs the living spec against the embedded reference world, outside JUnit: what {@code mynalab
 * conformance} calls. Writes the Cucumber messages stream, HTML and JUnit XML, and {@code run.json}
 * into the output directory, exactly as the test suite does.
 */
public final class ConformanceRunner {

  /** The glue package of every step class and hook. */
  public static final String GLUE = "dev.mynalab.steps";

  /** The files one run writes into its output directory. */
  public record Outputs(Path messages, Path html, Path junit, Path runRecord) {
    static Outputs in(Path dir) {
      return new Outputs(
          dir.resolve("cucumber.ndjson"),
          dir.resolve("cucumber.html"),
          dir.resolve("cucumber-junit.xml"),
          dir.resolve("run.json"));
    }
  }

  private ConformanceRunner() {}

  /** Where the reports of a run into {@code outDir} land. */
  public static Outputs outputs(Path outDir) {
    return Outputs.in(outDir);
  }

  /**
   * Runs the features.
   *
   * @param features a directory of {@code .feature} files, or empty for the copy on the classpath
   * @param outDir where the reports go (created)
   * @param tags a Cucumber tag expression to select scenarios, or empty for all
   * @return 0 when every scenario passed, non-zero otherwise
   */
  public static int run(Path outDir, Optional<Path> features, Optional<String> tags)
      throws java.io.IOException {
    Files.createDirectories(outDir);
    SystemsUnderTestFile.remove(outDir);
    return cucumber(outDir, features, tags);
  }

  /**
   * Runs the features against {@code systems} (opened from a profile by {@code SutOpener}) and
   * writes {@link SystemsUnderTestFile} with their identities and the scenarios they could not
   * take. The systems are installed for the run only; the caller closes them.
   *
   * @param profile the profile's name for the report
   */
  public static int run(
      Path outDir,
      Optional<Path> features,
      Optional<String> tags,
      SystemsUnderTest systems,
      String profile)
      throws java.io.IOException {
    Files.createDirectories(outDir);
    SystemsUnderTestFile.remove(outDir);
    SystemsUnderTest.install(systems);
    try {
      int status = cucumber(outDir, features, tags);
      SystemsUnderTestFile.write(outDir, systems, profile);
      return status;
    } finally {
      SystemsUnderTest.install(null);
    }
  }

  private static int cucumber(Path outDir, Optional<Path> features, Optional<String> tags) {
    Outputs out = Outputs.in(outDir);
    List<String> argv = new ArrayList<>();
    argv.addAll(List.of("--glue", GLUE));
    argv.addAll(List.of("--plugin", "summary"));
    argv.addAll(List.of("--plugin", "progress"));
    argv.addAll(List.of("--plugin", "message:" + out.messages()));
    argv.addAll(List.of("--plugin", "html:" + out.html()));
    argv.addAll(List.of("--plugin", "junit:" + out.junit()));
    argv.addAll(List.of("--plugin", RunRecordPlugin.class.getName() + ":" + out.runRecord()));
    if (System.console() == null) {
      argv.add("--monochrome");
    }
    tags.ifPresent(t -> argv.addAll(List.of("--tags", t)));
    argv.add(features.map(Path::toString).orElse("classpath:features"));
    System.setProperty("cucumber.publish.quiet", "true");
    return io.cucumber.core.cli.Main.run(
        argv.toArray(String[]::new), Thread.currentThread().getContextClassLoader());
  }
}
