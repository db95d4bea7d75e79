package dev.mynalab.drivers.network;

import dev.mynalab.network.cli.VerifyLogCommand;
import dev.mynalab.network.exchange.LogVerifier;
import dev.mynalab.network.exchange.LogVerifier.Verdict;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;

/**
 * The record of exchanges (情報提供等の記録, REQ-JR-05) as an auditor handles it: exported as JSON lines,
 * tampered with in the ways an insider might, and verified — in process or with {@code network
 * verify-log}.
 */
public final class ExchangeRecordDriver {

  /** What {@code verify-log} printed and returned. */
  public record CliOutcome(int exitCode, String out, String err) {}

  private final NetworkDriver network;
  private List<String> lines = List.of();

  public ExchangeRecordDriver(NetworkDriver network) {
    this.network = network;
  }

  /** Exports the record as the operator would hand it to an auditor. */
  public List<String> export() {
    lines = new ArrayList<>(network.network().log().exportText().lines().toList());
    return List.copyOf(lines);
  }

  /** Changes one field of the entry {@code seq} (1-based), leaving its hash as it was. */
  public void changeField(int seq, String field, String value) {
    String line = lines.get(seq - 1);
    var fields = dev.mynalab.network.exchange.CanonicalJson.parse(line);
    if (!fields.containsKey(field)) {
      throw new IllegalArgumentException("entry " + seq + " has no field " + field);
    }
    if (value.equals(fields.get(field))) {
      throw new IllegalArgumentException("entry " + seq + " already has " + field + "=" + value);
    }
    fields.put(field, value);
    lines.set(seq - 1, dev.mynalab.network.exchange.CanonicalJson.text(fields));
  }

  public void delete(int seq) {
    lines.remove(seq - 1);
  }

  public void swap(int seq, int other) {
    Collections.swap(lines, seq - 1, other - 1);
  }

  /** Cuts everything after entry {@code keep}, seal included. */
  public void truncateAfter(int keep) {
    lines = new ArrayList<>(lines.subList(0, keep));
  }

  public int exportedEntries() {
    return (int) lines.stream().filter(l -> !l.contains("\"kind\":\"seal\"")).count();
  }

  public String exportedText() {
    return String.join("\n", lines);
  }

  /** Verifies the (possibly tampered) export with the operator's key pinned. */
  public Verdict verify() {
    return new LogVerifier(Optional.of(network.network().log().signer().publicKey())).verify(lines);
  }

  /** Writes the export to a file and runs {@code network verify-log FILE --key PEM}. */
  public CliOutcome verifyWithCli() {
    try {
      Path dir = Files.createTempDirectory("mynalab-verify-log");
      Path file = dir.resolve("exchanges.jsonl");
      Path key = dir.resolve("operator.pem");
      Files.write(file, lines);
      Files.writeString(key, network.network().log().signer().publicKeyPem());
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      CommandLine cli = new CommandLine(new VerifyLogCommand());
      cli.setOut(new PrintWriter(out, true));
      cli.setErr(new PrintWriter(err, true));
      int exit = cli.execute(file.toString(), "--key", key.toString());
      Files.delete(file);
      Files.delete(key);
      Files.delete(dir);
      return new CliOutcome(exit, out.toString(), err.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
