package dev.mynalab.network.cli;

import dev.mynalab.network.exchange.LogSigner;
import dev.mynalab.network.exchange.LogVerifier;
import dev.mynalab.network.exchange.LogVerifier.Verdict;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code network verify-log FILE [--key PEM]}: checks an exported record of exchanges (情報提供等の記録) —
 * hash chain, sequence, signed checkpoints and the final seal. Exit 0 intact, 1 tampered (the first
 * bad entry is named on stdout), 2 unreadable file or key, or bad usage.
 */
@Command(
    name = "verify-log",
    mixinStandardHelpOptions = true,
    description = {
      "Verifies an exported record of exchanges of the information-provision network (JSON lines).",
      "Exit codes: 0 intact, 1 tampered (names the first bad entry), 2 unreadable or bad usage."
    })
public final class VerifyLogCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "the exported record (JSON lines)")
  Path file;

  @Option(
      names = "--key",
      paramLabel = "PEM",
      description = "the operator's public key (PEM); pins the signatures of checkpoints and seal")
  Path key;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<PublicKey> pinned = Optional.empty();
    if (key != null) {
      try {
        pinned =
            Optional.of(LogSigner.readPublicKey(Files.readString(key, StandardCharsets.US_ASCII)));
      } catch (IOException | GeneralSecurityException e) {
        err.println("verify-log: cannot read the key " + key + ": " + e.getMessage());
        return 2;
      }
    }
    if (!Files.isReadable(file) || Files.isDirectory(file)) {
      err.println("verify-log: cannot read " + file);
      return 2;
    }
    Verdict verdict;
    try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      verdict = new LogVerifier(pinned).verify(reader);
    } catch (IOException e) {
      err.println("verify-log: cannot read " + file + ": " + e.getMessage());
      return 2;
    }
    switch (verdict.status()) {
      case INTACT -> {
        out.printf(
            "%s: intact: %d entries, %d signed checkpoints, sealed by key %s%n",
            file, verdict.entries(), verdict.checkpoints(), verdict.keyId());
        if (!verdict.keyPinned()) {
          err.println(
              "verify-log: signatures checked against the key in the file; pass --key to pin it");
        }
        return 0;
      }
      case TAMPERED -> {
        out.printf(
            "%s: TAMPERED: first bad entry %d (line %d): %s%n",
            file, verdict.badSeq(), verdict.line(), verdict.reason());
        return 1;
      }
      default -> {
        err.println("verify-log: " + file + " is unreadable: " + verdict.reason());
        return 2;
      }
    }
  }
}
