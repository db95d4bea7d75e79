package dev.mynalab.reports;

import dev.mynalab.reports.model.SystemUnderTest;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Identities of systems under test: the embedded reference world (the simulators on the harness's
 * own classpath) is described here; a profile's card, verifier or client command arrive through
 * {@code systems-under-test.json} and {@code client-checks.json} ({@link
 * dev.mynalab.reports.input.SystemsUnderTestFile}) — kind, version, and a hash of what was tested.
 */
public final class SystemsUnderTest {

  /** The harness's own modules: not part of the system under test. */
  static final List<String> HARNESS_MODULES =
      List.of("mynalab-reports", "mynalab-cli", "reports", "cli");

  private SystemsUnderTest() {}

  /**
   * The embedded reference world, identified by a SHA-256 over the mynalab entries of {@code
   * classpath} (the simulators, the kit and the step definitions that ran).
   */
  public static SystemUnderTest embeddedReferenceWorld(String classpath, String version) {
    List<Path> entries = ClasspathFingerprint.mynalabEntries(classpath, HARNESS_MODULES);
    ClasspathFingerprint.Fingerprint f = ClasspathFingerprint.of(entries);
    Map<String, String> props = new LinkedHashMap<>();
    props.put("transport", "in-process");
    return new SystemUnderTest(
        "reference-world",
        "embedded-reference",
        "mynalab embedded reference world (simulated, TEST ONLY)",
        version,
        f.algorithm(),
        f.hex(),
        "classpath entries: " + String.join(", ", f.entries()),
        props);
  }
}
