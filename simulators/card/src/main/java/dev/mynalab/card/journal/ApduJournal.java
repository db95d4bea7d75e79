package dev.mynalab.card.journal;

import dev.mynalab.kit.journal.Journal;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes every command/response pair of a card into the kit {@link Journal}, channel {@code card},
 * type {@code apdu}, with hex and decoded INS / status-word names (DESIGN.md principle 10). Secrets
 * never reach the journal: the data of VERIFY, CHANGE REFERENCE DATA, CHANGE KEY and of the
 * issuer's secured commands is masked ({@link ApduNames#mask}).
 */
public class ApduJournal {

  /** The journal channel of the card. */
  public static final String CHANNEL = "card";

  /** Journals nothing (fuzzing and benchmarks, where millions of APDUs would only cost time). */
  public static final ApduJournal NONE =
      new ApduJournal(null, "none") {
        @Override
        public void record(byte[] command, byte[] response, long nanos) {}

        @Override
        public void event(String type, String summary) {}
      };

  private static final HexFormat HEX = HexFormat.of().withUpperCase();

  private final Journal journal;
  private final String transport;

  /**
   * @param journal the world's journal
   * @param transport a label of where the card sits, e.g. {@code in-process} or {@code vpcd}
   */
  public ApduJournal(Journal journal, String transport) {
    this.journal = journal;
    this.transport = transport;
  }

  public void record(byte[] command, byte[] response, long nanos) {
    byte[] shown = ApduNames.mask(command);
    int sw =
        response.length >= 2
            ? ((response[response.length - 2] & 0xFF) << 8) | (response[response.length - 1] & 0xFF)
            : 0;
    String ins = ApduNames.instruction(command);
    String swName = ApduNames.statusWord(sw);
    Map<String, String> details = new LinkedHashMap<>();
    details.put("command", HEX.formatHex(shown));
    details.put("response", HEX.formatHex(response));
    details.put("ins", ins);
    details.put("sw", String.format("%04X", sw));
    details.put("swName", swName);
    details.put("transport", transport);
    details.put("micros", Long.toString(nanos / 1000));
    journal.record(
        CHANNEL, "apdu", ins + " → " + String.format("%04X", sw) + " " + swName, details);
  }

  /** A card event that is not an APDU (reset, power, reader connect). */
  public void event(String type, String summary) {
    journal.record(CHANNEL, type, summary, Map.of("transport", transport));
  }

  public String transport() {
    return transport;
  }
}
