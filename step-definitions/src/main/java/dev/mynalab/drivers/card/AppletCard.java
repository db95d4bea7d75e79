package dev.mynalab.drivers.card;

import com.licel.jcardsim.smartcardio.CardSimulator;
import com.licel.jcardsim.utils.AIDUtil;
import dev.mynalab.card.applet.Aids;
import dev.mynalab.card.journal.ApduJournal;
import dev.mynalab.card.sim.MynaCard;
import dev.mynalab.card.transport.ApduTransport;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.ResponseAPDU;

/**
 * A jcardsim card carrying a vendor's applets at the four AIDs (card-interface.md §1). Each applet
 * is installed with the reference card's install parameters — {@code 32} bytes: the per-card
 * diversified AES-128 issuer key, then the 16-byte ASCII serial (simulators/card README,
 * "Issuance") — so that the harness can personalise it through the issuer interface.
 */
final class AppletCard implements ApduTransport {

  private static final Map<String, byte[]> AIDS =
      Map.of(
          "jpki", Aids.JPKI,
          "text", Aids.NYURYOKU_HOJO,
          "face", Aids.KENMEN,
          "juki", Aids.JUKI);

  private final CardSimulator simulator;
  private final String serial;
  private volatile ApduJournal journal;

  AppletCard(AppletClasses classes, String serial, byte[] issuerKey, ApduJournal journal) {
    this.serial = serial;
    this.journal = journal;
    synchronized (MynaCard.class) {
      this.simulator = new CardSimulator();
      simulator.changeProtocol("T=1");
      for (Map.Entry<String, byte[]> e : AIDS.entrySet()) {
        byte[] aid = e.getValue();
        byte[] params = installParameters(aid, issuerKey, serial);
        simulator.installApplet(
            AIDUtil.create(aid), classes.of(e.getKey()), params, (short) 0, (byte) params.length);
      }
    }
  }

  static byte[] installParameters(byte[] aid, byte[] issuerKey, String serial) {
    byte[] serialBytes = serial.getBytes(StandardCharsets.US_ASCII);
    byte[] params = new byte[1 + aid.length + 1 + 1 + 32];
    int p = 0;
    params[p++] = (byte) aid.length;
    System.arraycopy(aid, 0, params, p, aid.length);
    p += aid.length;
    params[p++] = 0;
    params[p++] = 32;
    System.arraycopy(issuerKey, 0, params, p, 16);
    System.arraycopy(serialBytes, 0, params, p + 16, 16);
    return params;
  }

  String serial() {
    return serial;
  }

  void attachJournal(ApduJournal next) {
    this.journal = next;
  }

  @Override
  public ResponseAPDU transmit(CommandAPDU command) {
    long start = System.nanoTime();
    byte[] response;
    // jcardsim keeps its current runtime in a static: one card at a time per JVM (as MynaCard)
    synchronized (MynaCard.class) {
      response = simulator.transmitCommand(command.getBytes());
    }
    journal.record(command.getBytes(), response, System.nanoTime() - start);
    return new ResponseAPDU(response);
  }

  void reset() {
    synchronized (MynaCard.class) {
      simulator.reset();
    }
    journal.event("reset", "card reset (power cycle)");
  }

  @Override
  public String name() {
    return "jcardsim (vendor applets)";
  }
}
