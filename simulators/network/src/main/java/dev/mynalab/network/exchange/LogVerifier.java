package dev.mynalab.network.exchange;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Checks an exported record of exchanges: the sequence has no gaps, each entry's {@code prev} is
 * the hash of the entry before, each entry's content matches its {@code hash}, every checkpoint and
 * the final seal carry a valid signature, and the seal covers exactly the entries present. Names
 * the first bad entry. With a pinned key ({@code --key}) the signatures must be the operator's;
 * without one, the key in the file is used and the verdict says it was not pinned.
 */
public final class LogVerifier {

  /** INTACT (exit 0), TAMPERED (exit 1), UNREADABLE (exit 2). */
  public enum Status {
    INTACT,
    TAMPERED,
    UNREADABLE
  }

  /**
   * The verdict.
   *
   * @param badSeq the sequence number of the first bad (or first missing) entry, or null
   * @param line the 1-based line of the file where the problem shows, or null
   */
  public record Verdict(
      Status status,
      long entries,
      long checkpoints,
      Long badSeq,
      Integer line,
      String reason,
      String keyId,
      boolean keyPinned) {

    public boolean intact() {
      return status == Status.INTACT;
    }
  }

  private final Optional<PublicKey> pinned;

  public LogVerifier(Optional<PublicKey> pinned) {
    this.pinned = pinned;
  }

  public Verdict verify(Reader in) {
    List<String> lines = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(in)) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lines.add(line);
      }
    } catch (IOException e) {
      return unreadable(null, "the file could not be read: " + e.getMessage());
    }
    return verify(lines);
  }

  public Verdict verify(List<String> lines) {
    List<Map<String, Object>> parsed = new ArrayList<>();
    List<Integer> lineNumbers = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      try {
        parsed.add(CanonicalJson.parse(lines.get(i)));
        lineNumbers.add(i + 1);
      } catch (IllegalArgumentException e) {
        return unreadable(i + 1, "line " + (i + 1) + " is not a record entry: " + e.getMessage());
      }
    }
    if (parsed.isEmpty()) {
      return unreadable(null, "the file holds no record entries");
    }
    return new Walk(parsed, lineNumbers).run();
  }

  private Verdict unreadable(Integer line, String reason) {
    return new Verdict(Status.UNREADABLE, 0, 0, null, line, reason, null, pinned.isPresent());
  }

  /** One pass over the entries, remembering what the next entry must be. */
  private final class Walk {
    private final List<Map<String, Object>> entries;
    private final List<Integer> lines;
    private PublicKey key = pinned.orElse(null);
    private String keyText;
    private long expectedSeq = 1;
    private String expectedPrev = LogEntry.GENESIS;
    private long checkpoints;

    Walk(List<Map<String, Object>> entries, List<Integer> lines) {
      this.entries = entries;
      this.lines = lines;
    }

    Verdict run() {
      for (int i = 0; i < entries.size(); i++) {
        Map<String, Object> e = entries.get(i);
        int line = lines.get(i);
        if ("seal".equals(e.get(LogEntry.KIND))) {
          if (i != entries.size() - 1) {
            return tampered(expectedSeq, line, "a seal is followed by further lines");
          }
          return seal(e, line);
        }
        Verdict bad = entry(e, line);
        if (bad != null) {
          return bad;
        }
      }
      return tampered(
          expectedSeq,
          lines.get(lines.size() - 1),
          "the record does not end with a signed seal: its tail was truncated after entry "
              + (expectedSeq - 1));
    }

    private Verdict entry(Map<String, Object> e, int line) {
      Object seq = e.get(LogEntry.SEQ);
      if (!(seq instanceof Long n) || n != expectedSeq) {
        return tampered(
            expectedSeq,
            line,
            "entry "
                + expectedSeq
                + " expected at line "
                + line
                + " but found seq "
                + seq
                + " (an entry was removed, inserted or reordered)");
      }
      if (!expectedPrev.equals(e.get(LogEntry.PREV))) {
        return tampered(
            n, line, "entry " + n + ": prev does not match the hash of entry " + (n - 1));
      }
      if (!CanonicalJson.sha256(e, LogEntry.HASH).equals(e.get(LogEntry.HASH))) {
        return tampered(n, line, "entry " + n + ": its content does not match its hash");
      }
      String kind = String.valueOf(e.get(LogEntry.KIND));
      if (!List.of("exchange", "notice", "alert", "checkpoint").contains(kind)) {
        return tampered(n, line, "entry " + n + ": unknown kind '" + kind + "'");
      }
      if (kind.equals("checkpoint")) {
        String problem = signed(e, LogEntry.HASH);
        if (problem == null && !Long.valueOf(n - 1).equals(e.get("count"))) {
          problem = "its count is not the number of entries before it";
        }
        if (problem != null) {
          return tampered(n, line, "checkpoint " + n + ": " + problem);
        }
        checkpoints++;
      }
      expectedPrev = (String) e.get(LogEntry.HASH);
      expectedSeq++;
      return null;
    }

    private Verdict seal(Map<String, Object> e, int line) {
      long present = expectedSeq - 1;
      String problem = signed(e);
      if (problem == null && !Long.valueOf(present).equals(e.get("count"))) {
        problem =
            "it covers "
                + e.get("count")
                + " entries but "
                + present
                + " are present (the tail was truncated or extended)";
      }
      if (problem == null && !expectedPrev.equals(e.get("head"))) {
        problem = "its head hash is not the hash of entry " + present;
      }
      if (problem != null) {
        return tampered(present + 1, line, "seal: " + problem);
      }
      return new Verdict(
          Status.INTACT,
          present,
          checkpoints,
          null,
          null,
          "intact",
          LogSigner.keyId(key),
          pinned.isPresent());
    }

    /** Null when the signature of {@code e} (without {@code signature} and {@code also}) holds. */
    private String signed(Map<String, Object> e, String... also) {
      Object publicKey = e.get("publicKey");
      Object signature = e.get(LogEntry.SIGNATURE);
      if (!(publicKey instanceof String text) || !(signature instanceof String sig)) {
        return "no key or signature";
      }
      if (!text.equals(keyText)) {
        PublicKey carried;
        try {
          carried = LogSigner.readPublicKey(text);
        } catch (GeneralSecurityException ex) {
          return "its key cannot be read";
        }
        if (key == null) {
          key = carried;
        } else if (!key.equals(carried)) {
          return pinned.isPresent()
              ? "signed with key " + LogSigner.keyId(carried) + ", not the pinned key"
              : "signed with a different key than earlier checkpoints";
        }
        keyText = text;
      }
      Map<String, Object> unsigned = new TreeMap<>(e);
      unsigned.remove(LogEntry.SIGNATURE);
      for (String k : also) {
        unsigned.remove(k);
      }
      return LogSigner.verify(key, CanonicalJson.bytes(unsigned), sig) ? null : "bad signature";
    }

    private Verdict tampered(long seq, int line, String reason) {
      return new Verdict(
          Status.TAMPERED,
          expectedSeq - 1,
          checkpoints,
          seq,
          line,
          reason,
          key == null ? null : LogSigner.keyId(key),
          pinned.isPresent());
    }
  }
}
