package dev.mynalab.ca.bench;

import dev.mynalab.kit.fixtures.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Writes benchmark figures as JSON under {@code reports/benchmarks/} of the repository. */
final class BenchmarkReport {

  private BenchmarkReport() {}

  static Path directory() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null
        && !(Files.isDirectory(dir.resolve("simulators")) && Files.exists(dir.resolve("mvnw")))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException(
          "cannot find the repository root from " + Path.of("").toAbsolutePath());
    }
    return dir.resolve("reports").resolve("benchmarks");
  }

  static Path write(String name, Map<String, Object> figures) throws IOException {
    Path dir = directory();
    Files.createDirectories(dir);
    Path file = dir.resolve(name + ".json");
    Files.writeString(
        file, Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(figures) + "\n");
    return file;
  }

  static Map<String, Object> machine() {
    return Map.of(
        "cores",
        Runtime.getRuntime().availableProcessors(),
        "maxHeapMiB",
        Runtime.getRuntime().maxMemory() / (1024 * 1024),
        "java",
        System.getProperty("java.version"),
        "os",
        System.getProperty("os.name") + " " + System.getProperty("os.arch"));
  }
}
