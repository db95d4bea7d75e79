package dev.mynalab.spec.profile;

import dev.mynalab.ca.server.CaWorld;
import dev.mynalab.verifier.server.TrustDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The trust-export step of a run against a fixed verifier endpoint ({@code verifier.http}): the
 * run's one JPKI TEST CA is written to a directory before anything connects, so that the verifier
 * under test can trust it — its roots (trust anchors), the TLS client credential of a verifier
 * registered at the CA (the CA serves OCSP and CRLs to registered verifiers only, RV-03), the TLS
 * CA of those endpoints, the CRLs, samples and {@code world.json} with the endpoint URLs ({@code
 * CaWorld.export}). Without it an external verifier would judge every certificate untrusted.
 *
 * <p>Never writes into a directory that holds something else: an existing directory must be empty
 * or an earlier export (it has {@code world.json}), whose files are replaced.
 *
 * @param dir the directory written
 * @param createdRoot the outermost directory the step created (then {@link #discard()} removes it
 *     again), or null when {@code dir} existed
 * @param anchorsSha256 SHA-256 over the exported {@code auth-ca.pem} then {@code sign-ca.pem}
 */
record TrustExport(Path dir, Path createdRoot, String anchorsSha256) {

  static final String FIELD = "verifier.http.trustExport";

  /** Writes {@code ca}'s export into {@code dir}; every problem names {@link #FIELD}. */
  static TrustExport write(CaWorld ca, Path dir) {
    Path target = dir.toAbsolutePath().normalize();
    Path createdRoot = null;
    for (Path p = target; p != null && !Files.exists(p); p = p.getParent()) {
      createdRoot = p;
    }
    try {
      if (createdRoot == null) {
        if (!Files.isDirectory(target)) {
          throw new ProfileException(FIELD, target + " exists and is not a directory");
        }
        if (!isEmpty(target) && !Files.isRegularFile(target.resolve("world.json"))) {
          throw new ProfileException(
              FIELD,
              target
                  + " is neither empty nor an earlier trust export (no world.json);"
                  + " refusing to write into it");
        }
        clearEarlierExport(target);
      }
      ca.export(target);
    } catch (IOException | UncheckedIOException e) {
      if (createdRoot != null) {
        delete(createdRoot);
      }
      throw new ProfileException(FIELD, "cannot write to " + target + ": " + e.getMessage(), e);
    }
    return new TrustExport(target, createdRoot, TrustDirectory.anchorsSha256(target));
  }

  /** Removes what this step created (a run that does not start leaves nothing behind). */
  void discard() {
    if (createdRoot != null) {
      delete(createdRoot);
    }
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.findAny().isEmpty();
    }
  }

  /** The previous run's CRLs and samples would otherwise linger beside this run's. */
  private static void clearEarlierExport(Path dir) throws IOException {
    for (String sub : List.of("crl", "samples")) {
      Path d = dir.resolve(sub);
      if (Files.isDirectory(d)) {
        try (Stream<Path> s = Files.list(d)) {
          for (Path f : s.toList()) {
            if (Files.isRegularFile(f)) {
              Files.delete(f);
            }
          }
        }
      }
    }
  }

  private static void delete(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // best effort: the run is failing anyway, and its message names the real cause
    }
  }
}
