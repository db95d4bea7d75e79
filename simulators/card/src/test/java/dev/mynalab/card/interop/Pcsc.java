package dev.mynalab.card.interop;

import dev.mynalab.kit.testing.RequiresService;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The machine's pcscd with the vpcd reader that {@code .ci/pcscd-vpcd.sh start} set up, and the
 * OpenSC command-line tools, as seen from tests. Same defaults and env variables as the script.
 */
final class Pcsc {

  static final String READER_BASE = System.getenv().getOrDefault("VPCD_READER", "mynalab vpcd");
  static final String READER = READER_BASE + " 00 00";
  static final int PORT = Integer.parseInt(System.getenv().getOrDefault("VPCD_PORT", "35963"));
  static final String PKCS11 = findPkcs11Module();

  private Pcsc() {}

  record Result(int exit, String out, String err) {
    String all() {
      return out + err;
    }
  }

  /**
   * Skips (locally) or fails (CI=true) unless pcscd runs with our reader and OpenSC is installed.
   * Call before anything touches javax.smartcardio (vpcd-pipeline.md §7 gotcha 1).
   */
  static void require() {
    boolean tools =
        RequiresService.onPath("opensc-tool")
            && RequiresService.onPath("pkcs15-tool")
            && RequiresService.onPath("pkcs11-tool")
            && RequiresService.onPath("openssl");
    RequiresService.require(
        "OpenSC and openssl",
        tools,
        "apt-get install --no-install-recommends pcscd vsmartcard-vpcd opensc");
    RequiresService.require(
        "pcscd with the vpcd reader '" + READER + "'",
        readerListed(),
        "run .ci/pcscd-vpcd.sh start before the tests");
  }

  static boolean readerListed() {
    try {
      return run("opensc-tool", "-l").out().contains(READER);
    } catch (RuntimeException e) {
      return false;
    }
  }

  static boolean cardPresent() {
    for (String line : run("opensc-tool", "-l").out().split("\n")) {
      if (line.contains(READER)) {
        return line.matches("\\s*\\d+\\s+Yes.*");
      }
    }
    return false;
  }

  /** Polls until the reader shows the card present (or absent). */
  static void awaitCard(boolean present, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (cardPresent() != present) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "reader " + READER + " did not show the card " + (present ? "present" : "absent"));
      }
      Thread.sleep(50);
    }
  }

  static Result run(String... command) {
    return run(List.of(command), null);
  }

  static Result run(List<String> command, Path dir) {
    try {
      ProcessBuilder pb = new ProcessBuilder(command);
      if (dir != null) {
        pb.directory(dir.toFile());
      }
      Process p = pb.start();
      p.getOutputStream().close();
      byte[] out = p.getInputStream().readAllBytes();
      byte[] err = p.getErrorStream().readAllBytes();
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("timed out: " + command);
      }
      return new Result(
          p.exitValue(),
          new String(out, StandardCharsets.UTF_8),
          new String(err, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException("cannot run " + command + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String findPkcs11Module() {
    for (String p :
        List.of(
            "/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so",
            "/usr/lib/aarch64-linux-gnu/opensc-pkcs11.so",
            "/usr/lib/opensc-pkcs11.so",
            "/usr/lib64/opensc-pkcs11.so")) {
      if (java.nio.file.Files.exists(Path.of(p))) {
        return p;
      }
    }
    return "/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so";
  }
}
