package dev.mynalab.spec.profile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code verifier.http.prepare}: a vendor's command run after the trust export and before the
 * harness first connects to the verifier — typically one that makes the verifier reload its trust,
 * or (re)starts it. It must exit 0 within {@code prepareTimeout}; anything else stops the run
 * before a scenario starts, with the exit code and the tail of what the command printed.
 *
 * <p>{@code ${trust}}, {@code ${ocsp}}, {@code ${crl}} and {@code ${url}} in its arguments are
 * replaced (the export directory, the CA's OCSP and CRL-index URLs, the verifier's URL); the same
 * values are in the environment as {@code MYNALAB_TRUST}, {@code MYNALAB_OCSP}, {@code
 * MYNALAB_CRL}, {@code MYNALAB_VERIFIER_URL}. It runs in the profile's directory.
 */
final class PrepareCommand {

  static final String FIELD = "verifier.http.prepare";

  /** How much of the command's output a failure quotes. */
  static final int TAIL = 2000;

  /**
   * @param argv the command as run (placeholders replaced)
   * @param millis how long it took
   */
  record Result(List<String> argv, long millis) {}

  private PrepareCommand() {}

  /**
   * Runs {@code template} with {@code values} (placeholder name → value).
   *
   * @throws ProfileException on {@link #FIELD} when it cannot start, exits non-zero or overruns
   */
  static Result run(
      List<String> template, Map<String, String> values, Duration timeout, Path workDir) {
    List<String> argv = new ArrayList<>();
    for (String arg : template) {
      String a = arg;
      for (Map.Entry<String, String> v : values.entrySet()) {
        a = a.replace("${" + v.getKey() + "}", v.getValue());
      }
      argv.add(a);
    }
    ProcessBuilder pb = new ProcessBuilder(argv).redirectErrorStream(true);
    if (workDir != null) {
      pb.directory(workDir.toFile());
    }
    values.forEach(
        (k, v) -> pb.environment().put(k.equals("url") ? "MYNALAB_VERIFIER_URL" : env(k), v));
    long start = System.nanoTime();
    Process p;
    try {
      p = pb.start();
    } catch (IOException e) {
      throw new ProfileException(FIELD, "cannot run '" + argv.get(0) + "': " + e.getMessage(), e);
    }
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    Thread reader = new Thread(() -> drain(p.getInputStream(), output), "prepare-output");
    reader.setDaemon(true);
    reader.start();
    boolean finished;
    try {
      finished = p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      kill(p);
      throw new ProfileException(FIELD, "interrupted while running " + String.join(" ", argv));
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    if (!finished) {
      kill(p);
      join(reader);
      throw new ProfileException(
          FIELD,
          String.join(" ", argv)
              + " did not finish within "
              + timeout.toSeconds()
              + " s (prepareTimeout); killed"
              + tail(output));
    }
    join(reader);
    if (p.exitValue() != 0) {
      throw new ProfileException(
          FIELD,
          String.join(" ", argv) + " exited " + p.exitValue() + " (0 expected)" + tail(output));
    }
    return new Result(List.copyOf(argv), millis);
  }

  private static String env(String placeholder) {
    return "MYNALAB_" + placeholder.toUpperCase(java.util.Locale.ROOT);
  }

  private static void drain(InputStream in, ByteArrayOutputStream out) {
    byte[] buf = new byte[4096];
    try (in) {
      int n;
      while ((n = in.read(buf)) > 0) {
        synchronized (out) {
          out.write(buf, 0, n);
        }
      }
    } catch (IOException e) {
      // the process is gone; what was read is the tail
    }
  }

  private static void kill(Process p) {
    p.descendants().forEach(ProcessHandle::destroyForcibly);
    p.destroyForcibly();
  }

  private static void join(Thread reader) {
    try {
      reader.join(2000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String tail(ByteArrayOutputStream output) {
    String text;
    synchronized (output) {
      text = output.toString(StandardCharsets.UTF_8).strip();
    }
    if (text.isEmpty()) {
      return "; it printed nothing";
    }
    if (text.length() > TAIL) {
      text = "…" + text.substring(text.length() - TAIL);
    }
    return "; its output ends:\n" + text;
  }
}
