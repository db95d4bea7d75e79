package dev.mynalab.spec;

import dev.mynalab.drivers.sut.SystemsUnderTest;
import dev.mynalab.kit.fixtures.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code systems-under-test.json} beside the run's other files: the identities of the systems a
 * profile named and the scenarios left out for a missing capability, which the report builder reads
 * (reports read files only). A run without a profile writes none, and every run first removes a
 * stale one.
 */
public final class SystemsUnderTestFile {

  public static final String NAME = "systems-under-test.json";

  /** The client commands' results, written by the CLI after the run (stale ones removed too). */
  public static final String CLIENT_CHECKS = "client-checks.json";

  private SystemsUnderTestFile() {}

  static void remove(Path outDir) throws IOException {
    Files.deleteIfExists(outDir.resolve(NAME));
    Files.deleteIfExists(outDir.resolve(CLIENT_CHECKS));
  }

  static void write(Path outDir, SystemsUnderTest systems, String profile) throws IOException {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("profile", profile);
    doc.put("systemsUnderTest", systems.identities());
    List<Map<String, Object>> na = new ArrayList<>();
    for (SystemsUnderTest.Skipped s : systems.skippedScenarios()) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("uri", s.uri());
      e.put("line", s.line());
      e.put("capability", s.capability());
      e.put("reason", s.reason());
      na.add(e);
    }
    doc.put("notApplicable", na);
    Path file = outDir.resolve(NAME);
    Path tmp = Files.createTempFile(outDir, "." + NAME, ".tmp");
    try {
      Files.writeString(
          tmp, Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(doc));
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
