package dev.mynalab.reports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** The commit of the checkout the harness runs from, for the report's harness identity. */
public final class GitCommit {

  public static final String UNKNOWN = "unknown";

  private GitCommit() {}

  /**
   * {@code git rev-parse HEAD} in {@code dir}, with {@code -dirty} appended when the work tree has
   * changes; {@value #UNKNOWN} when git or the repository is not there.
   */
  public static String of(Path dir) {
    String head = git(dir, "rev-parse", "HEAD");
    if (head == null || !head.matches("[0-9a-f]{40}")) {
      return UNKNOWN;
    }
    String status = git(dir, "status", "--porcelain", "--untracked-files=no");
    return status == null || status.isEmpty() ? head : head + "-dirty";
  }

  private static String git(Path dir, String... args) {
    String[] cmd = new String[args.length + 1];
    cmd[0] = "git";
    System.arraycopy(args, 0, cmd, 1, args.length);
    try {
      Process p =
          new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(false).start();
      p.getOutputStream().close();
      p.getErrorStream().close();
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
        p.destroy();
        return null;
      }
      return new String(out, StandardCharsets.UTF_8).trim();
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }
}
