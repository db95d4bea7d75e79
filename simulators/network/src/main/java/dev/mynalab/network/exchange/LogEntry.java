package dev.mynalab.network.exchange;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One entry of the record of exchanges (情報提供等の記録, 番号法 第23条), as its canonical fields. Every entry
 * carries {@code seq} (from 1, no gaps), {@code at}, {@code kind}, {@code prev} (the hash of the
 * previous entry, 64 zeros for the first) and {@code hash} (SHA-256 of its own canonical bytes
 * without {@code hash}).
 *
 * <p>Kinds: {@code exchange} (a request and its outcome: provided, not held, or refused), {@code
 * notice} (an お知らせ pushed, or refused; its title, not its body), {@code alert} (an agency flagged
 * for guessing codes) and {@code checkpoint} (a signature by the network operator over the chain so
 * far). An export ends with a {@code seal} line that is not part of the chain: the signed count and
 * head hash, so that a truncated tail is detected.
 *
 * <p>The record never holds a 個人番号, a 住民票コード or any agency's 機関別符号: the person is named by {@code
 * subject}, their code at マイナポータル (the disclosure system), so the exported record does not let its
 * reader link codes across agencies.
 */
public record LogEntry(Map<String, Object> fields) {

  public static final String SEQ = "seq";
  public static final String AT = "at";
  public static final String KIND = "kind";
  public static final String PREV = "prev";
  public static final String HASH = "hash";
  public static final String SIGNATURE = "signature";
  public static final String GENESIS = "0".repeat(64);

  public LogEntry {
    fields = Collections.unmodifiableMap(new TreeMap<>(fields));
  }

  public long seq() {
    return (Long) fields.get(SEQ);
  }

  public String kind() {
    return string(KIND);
  }

  public String hash() {
    return string(HASH);
  }

  public String string(String key) {
    Object value = fields.get(key);
    return value == null ? null : value.toString();
  }

  /** The entry as one canonical JSON line (no trailing newline). */
  public String jsonLine() {
    return CanonicalJson.text(fields);
  }
}
