package dev.mynalab.kit.testing;

import org.junit.jupiter.api.Assumptions;

/**
 * The one rule for tests that need an outside service (pcscd, PostgreSQL, Chromium, openssl …): on
 * a developer's machine that lacks it, the test is skipped with a visible notice; under CI ({@code
 * CI=true}) a missing service is a failure, because .ci/run must have installed and started it.
 *
 * <p>Shared with other modules as the kit's test-jar.
 */
public final class RequiresService {

  private RequiresService() {}

  /** True when running under CI, where every service must be present. */
  public static boolean inCi() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }

  /**
   * Skips (locally) or fails (under CI) the calling test unless {@code available}.
   *
   * @param service what is missing, e.g. {@code "pcscd with the vpcd reader"}
   * @param hint how to get it, e.g. {@code "apt-get install pcscd vsmartcard-vpcd"}
   */
  public static void require(String service, boolean available, String hint) {
    if (available) {
      return;
    }
    String notice = "NOTICE: " + service + " is not available here — " + hint;
    if (inCi()) {
      throw new AssertionError(notice + " (CI=true: .ci/run must provide it, so this fails)");
    }
    System.err.println(notice + " (skipped; under CI=true this fails)");
    Assumptions.abort(notice);
  }

  /** True when {@code command} is found on the PATH. */
  public static boolean onPath(String command) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String dir : path.split(java.io.File.pathSeparator)) {
      if (java.nio.file.Files.isExecutable(java.nio.file.Path.of(dir, command))) {
        return true;
      }
    }
    return false;
  }
}
