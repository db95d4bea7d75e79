package dev.mynalab.cli;

import dev.mynalab.kit.fixtures.Json;
import dev.mynalab.spec.SystemsUnderTestFile;
import dev.mynalab.spec.profile.ProfileException;
import dev.mynalab.spec.profile.SutProfile;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The profile's {@code client}: client software (OpenSC's tools by default) run as a real process
 * against the card in the profile's PC/SC reader, each command with its expected exit code and
 * output. Results go to {@code client-checks.json}; the report turns each command into a scenario
 * of the requirement it shows, so a failing client fails that requirement.
 */
final class ClientChecks {

  private static final long TIMEOUT_SECONDS = 120;

  /** What happened, one line per command for stdout. */
  record Outcome(boolean passed, List<String> lines) {}

  private final SutProfile.Client client;
  private final String reader;
  private final String version;
  private final Path program;

  private ClientChecks(SutProfile.Client client, String reader, Path program, String version) {
    this.client = client;
    this.reader = reader;
    this.program = program;
    this.version = version;
  }

  /**
   * Checks the client section before the run: it needs {@code card: pcsc} (the reader the client
   * talks to) and its programs on the PATH.
   */
  static Optional<ClientChecks> prepare(SutProfile profile) {
    if (profile.client().isEmpty()) {
      return Optional.empty();
    }
    if (!(profile.card() instanceof SutProfile.PcscCard pcsc)) {
      throw new ProfileException(
          "client", "needs card: {pcsc: …}, the reader holding the card the client talks to");
    }
    SutProfile.Client c = profile.client().get();
    Path first = null;
    for (int i = 0; i < c.checks().size(); i++) {
      String name = c.checks().get(i).command().get(0);
      Path found = onPath(name);
      if (found == null) {
        throw new ProfileException("client.command[0]", "program not found on the PATH: " + name);
      }
      if (first == null) {
        first = found;
      }
    }
    return Optional.of(new ClientChecks(c, pcsc.reader(), first, versionOf(first)));
  }

  Outcome run(Path outDir) throws IOException {
    List<Map<String, Object>> results = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    boolean all = true;
    for (SutProfile.ClientCheck check : client.checks()) {
      List<String> argv =
          check.command().stream().map(a -> a.replace("${reader}", reader)).toList();
      long start = System.nanoTime();
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("requirement", check.requirement());
      r.put("command", String.join(" ", argv));
      r.put("expectExit", check.expectExit());
      r.put("expectOutput", check.expectOutput().map(Object::toString).orElse(null));
      String output;
      int exit;
      try {
        Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();
        p.getOutputStream().close();
        byte[] bytes = p.getInputStream().readAllBytes();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
          p.destroyForcibly();
        }
        exit = p.exitValue();
        output = new String(bytes, StandardCharsets.UTF_8);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      }
      String why = null;
      if (exit != check.expectExit()) {
        why = "exit " + exit + ", expected " + check.expectExit();
      } else if (check.expectOutput().isPresent()
          && !check.expectOutput().get().matcher(output).find()) {
        why = "output does not match /" + check.expectOutput().get() + "/";
      }
      boolean passed = why == null;
      all &= passed;
      r.put("exit", exit);
      r.put("passed", passed);
      r.put("why", why);
      r.put("millis", (System.nanoTime() - start) / 1_000_000);
      r.put("output", output.length() > 20_000 ? output.substring(0, 20_000) : output);
      results.add(r);
      lines.add(
          "client "
              + (passed ? "PASS" : "FAIL")
              + ": "
              + String.join(" ", argv)
              + (passed ? "" : " (" + why + ")"));
    }
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("name", client.name());
    doc.put("system", identity());
    doc.put("checks", results);
    Path file = outDir.resolve(SystemsUnderTestFile.CLIENT_CHECKS);
    Path tmp = Files.createTempFile(outDir, ".client-checks", ".tmp");
    try {
      Files.writeString(
          tmp, Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(doc));
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
    return new Outcome(all, lines);
  }

  private Map<String, Object> identity() {
    Map<String, String> props = new LinkedHashMap<>();
    List<String> commands = new ArrayList<>();
    client.checks().forEach(c -> commands.add(String.join(" ", c.command())));
    props.put("command", String.join(" ; ", commands));
    props.put("version", version);
    props.put("program", program.toString());
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("id", "client");
    s.put("kind", "client-command");
    s.put("name", "client software: " + client.name());
    s.put("version", version);
    s.put("hashAlgorithm", "SHA-256");
    s.put("hash", sha256(program));
    s.put("hashedOver", "the first command's executable " + program);
    s.put("properties", props);
    return s;
  }

  private static Path onPath(String name) {
    if (name.contains("/")) {
      Path p = Path.of(name);
      return Files.isExecutable(p) ? p : null;
    }
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path p = Path.of(dir, name);
      if (Files.isExecutable(p)) {
        return p;
      }
    }
    return null;
  }

  /** The first line of {@code --version} (OpenSC's tools: {@code --info} of opensc-tool). */
  private static String versionOf(Path program) {
    List<String> tries =
        program.getFileName().toString().startsWith("opensc-tool")
                || program.getFileName().toString().startsWith("pkcs15-tool")
            ? List.of("--info", "--version")
            : List.of("--version");
    Path tool =
        program.getFileName().toString().equals("pkcs15-tool") && onPath("opensc-tool") != null
            ? onPath("opensc-tool")
            : program;
    for (String flag : tries) {
      try {
        Process p = new ProcessBuilder(tool.toString(), flag).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0 && !out.isEmpty()) {
          return out.lines().findFirst().orElse(out);
        }
      } catch (IOException e) {
        // try the next flag
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return "unknown";
  }

  private static String sha256(Path file) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (IOException | NoSuchAlgorithmException e) {
      return HexFormat.of().formatHex(new byte[32]);
    }
  }
}
