package dev.mynalab.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A SHA-256 over the code of a system under test: over each of the given classpath entries (a jar's
 * bytes, or a class directory's files with their relative paths), in the order given. The embedded
 * reference world is identified this way — the jars of the simulators and step definitions that ran
 * — so that two reports with the same fingerprint tested the same code.
 */
public final class ClasspathFingerprint {

  /** The digest and the entries it covers (file names only). */
  public record Fingerprint(String algorithm, String hex, List<String> entries) {}

  private ClasspathFingerprint() {}

  /**
   * The mynalab entries of a classpath string ({@code java.class.path}): those whose file name
   * starts with {@code mynalab-} or that are a module's {@code target/classes}, except the reports
   * module itself, which is the harness and not the system under test.
   */
  public static List<Path> mynalabEntries(String classpath, List<String> excludedModules) {
    List<Path> result = new ArrayList<>();
    for (String e : classpath.split(java.io.File.pathSeparator)) {
      if (e.isBlank()) {
        continue;
      }
      Path p = Path.of(e);
      String name = p.getFileName() == null ? "" : p.getFileName().toString();
      String label = label(p);
      boolean ours = name.startsWith("mynalab-") || (name.equals("classes") && label != null);
      if (ours
          && excludedModules.stream()
              .noneMatch(x -> (label == null ? name : label).startsWith(x))) {
        result.add(p);
      }
    }
    return result;
  }

  public static Fingerprint of(List<Path> entries) {
    try {
      MessageDigest all = MessageDigest.getInstance("SHA-256");
      List<String> names = new ArrayList<>();
      for (Path e : entries) {
        names.add(labelOrName(e));
        all.update(labelOrName(e).getBytes(StandardCharsets.UTF_8));
        all.update((byte) 0);
        if (Files.isDirectory(e)) {
          List<Path> files;
          try (Stream<Path> walk = Files.walk(e)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
          }
          for (Path f : files) {
            all.update(
                e.relativize(f).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
            all.update((byte) 0);
            all.update(digest(f));
          }
        } else if (Files.isRegularFile(e)) {
          all.update(digest(e));
        }
      }
      return new Fingerprint("SHA-256", HexFormat.of().formatHex(all.digest()), List.copyOf(names));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot fingerprint the classpath", e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by the Java platform", e);
    }
  }

  private static byte[] digest(Path file) throws IOException, NoSuchAlgorithmException {
    MessageDigest d = MessageDigest.getInstance("SHA-256");
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), d)) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
    }
    return d.digest();
  }

  /** {@code <module>/target/classes} → the module's directory name; null for anything else. */
  private static String label(Path p) {
    Path target = p.getParent();
    if (p.getFileName() != null
        && p.getFileName().toString().equals("classes")
        && target != null
        && target.getFileName() != null
        && target.getFileName().toString().equals("target")
        && target.getParent() != null
        && target.getParent().getFileName() != null) {
      return target.getParent().getFileName().toString();
    }
    return null;
  }

  private static String labelOrName(Path p) {
    String l = label(p);
    return l != null ? l + "/target/classes" : String.valueOf(p.getFileName());
  }
}
