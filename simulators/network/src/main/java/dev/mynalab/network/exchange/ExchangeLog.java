package dev.mynalab.network.exchange;

import dev.mynalab.kit.clock.WorldClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The append-only, tamper-evident record of exchanges kept by the network operator (番号法 第23条:
 * 情報提供等の記録; the person sees it in マイナポータル). Each entry carries the SHA-256 of the previous entry's
 * canonical bytes, every {@code checkpointEvery} entries the operator signs a checkpoint, and an
 * export ends with a signed seal of the count and head. Appending is all or nothing: the whole
 * entry (and the checkpoint it triggers) is built and handed to the sink before it is added.
 */
public final class ExchangeLog {

  private final WorldClock clock;
  private final LogSigner signer;
  private final int checkpointEvery;
  private final LogSink sink;
  private final List<LogEntry> entries = new ArrayList<>();

  public ExchangeLog(WorldClock clock, LogSigner signer, int checkpointEvery, LogSink sink) {
    if (checkpointEvery < 2) {
      throw new IllegalArgumentException(
          "checkpointEvery must be at least 2, got " + checkpointEvery);
    }
    this.clock = clock;
    this.signer = signer;
    this.checkpointEvery = checkpointEvery;
    this.sink = sink;
  }

  /**
   * Appends one entry of {@code kind} with {@code body}, and a checkpoint when one is due.
   *
   * @throws UncheckedIOException when the sink fails; then nothing was added
   */
  public synchronized LogEntry append(String kind, Map<String, Object> body) {
    List<LogEntry> batch = new ArrayList<>(2);
    LogEntry entry = build(kind, body, last(), entries.size() + 1);
    batch.add(entry);
    if ((entries.size() + 2) % checkpointEvery == 0) {
      batch.add(checkpoint(entry));
    }
    try {
      sink.append(String.join("\n", batch.stream().map(LogEntry::jsonLine).toList()));
    } catch (IOException e) {
      throw new UncheckedIOException("the record could not be written; nothing was recorded", e);
    }
    entries.addAll(batch);
    return entry;
  }

  public synchronized List<LogEntry> entries() {
    return List.copyOf(entries);
  }

  public synchronized List<LogEntry> entries(Predicate<LogEntry> filter) {
    return entries.stream().filter(filter).toList();
  }

  public synchronized int size() {
    return entries.size();
  }

  public LogSigner signer() {
    return signer;
  }

  /** Writes every entry as a JSON line, then the signed seal of the count and the head hash. */
  public synchronized void export(Writer out) throws IOException {
    for (LogEntry entry : entries) {
      out.write(entry.jsonLine());
      out.write('\n');
    }
    Map<String, Object> seal = new TreeMap<>();
    seal.put(LogEntry.KIND, "seal");
    seal.put(LogEntry.AT, clock.instant().toString());
    seal.put("count", (long) entries.size());
    seal.put("head", last() == null ? LogEntry.GENESIS : last().hash());
    seal.put("keyId", signer.keyId());
    seal.put("publicKey", signer.publicKeyBase64());
    seal.put(LogEntry.SIGNATURE, signer.sign(CanonicalJson.bytes(seal)));
    out.write(CanonicalJson.text(seal));
    out.write('\n');
    out.flush();
  }

  /** The export as text. */
  public String exportText() {
    java.io.StringWriter out = new java.io.StringWriter();
    try {
      export(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private LogEntry last() {
    return entries.isEmpty() ? null : entries.get(entries.size() - 1);
  }

  private LogEntry build(String kind, Map<String, Object> body, LogEntry previous, long seq) {
    Map<String, Object> fields = new TreeMap<>(body);
    fields.put(LogEntry.SEQ, seq);
    fields.put(LogEntry.AT, clock.instant().toString());
    fields.put(LogEntry.KIND, kind);
    fields.put(LogEntry.PREV, previous == null ? LogEntry.GENESIS : previous.hash());
    if (kind.equals("checkpoint")) {
      fields.put(LogEntry.SIGNATURE, signer.sign(CanonicalJson.bytes(fields)));
    }
    fields.put(LogEntry.HASH, CanonicalJson.sha256(fields));
    return new LogEntry(fields);
  }

  private LogEntry checkpoint(LogEntry after) {
    Map<String, Object> body = new TreeMap<>();
    body.put("count", after.seq());
    body.put("keyId", signer.keyId());
    body.put("publicKey", signer.publicKeyBase64());
    return build("checkpoint", body, after, after.seq() + 1);
  }
}
