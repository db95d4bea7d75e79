package dev.mynalab.kit.journal;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One journalled exchange or event: an APDU pair, an OCSP request and response, a registry event.
 *
 * @param sequence position in the journal, from 1, strictly increasing
 * @param at world-clock time of the entry
 * @param channel the party or interface, e.g. {@code card}, {@code ocsp}, {@code registry}
 * @param type what happened, e.g. {@code apdu}, {@code request}, {@code 転入}
 * @param summary one human-readable line, e.g. {@code SELECT JPKI AP → 9000}
 * @param details machine-readable fields (hex, status words, URLs); never private-key material
 */
public record JournalEntry(
    long sequence,
    Instant at,
    String channel,
    String type,
    String summary,
    Map<String, String> details) {

  public JournalEntry {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(summary, "summary");
    details = Map.copyOf(details);
  }

  @Override
  public String toString() {
    return "#" + sequence + " " + at + " [" + channel + "/" + type + "] " + summary;
  }
}
