package dev.mynalab.card.sim;

import com.licel.jcardsim.smartcardio.CardSimulator;
import com.licel.jcardsim.utils.AIDUtil;
import dev.mynalab.card.applet.Aids;
import dev.mynalab.card.applet.jpki.JpkiApplet;
import dev.mynalab.card.journal.ApduJournal;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import javacard.framework.AID;
import javacard.framework.Applet;
import javacard.framework.ISO7816;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.ResponseAPDU;

/**
 * One simulated My Number Card: the four APs installed on a jcardsim card, as it leaves the card
 * manufacturer (個人化 state: no keys, no certificates, no PINs — the issuer personalises it through
 * {@code dev.mynalab.card.personalisation.CardIssuer}).
 *
 * <p>Every transport (in-process, javax.smartcardio, vpcd) ends in {@link #transmit(byte[])}, the
 * card's outer boundary: it refuses malformed APDUs with 6700, maps anything unexpected to a status
 * word (never jcardsim's 6F00), and journals the exchange (channel {@code card}).
 */
public final class MynaCard {

  /**
   * The contact ATR: OpenSC's {@code jpki_atrs[]} entry {@code 3B E0 00 FF 81 31 FE 45 14} (T=1, no
   * historical bytes, card-interface.md §4.1), so that {@code opensc-tool -n} says {@code jpki}.
   */
  public static final byte[] ATR = HexFormat.of().parseHex("3BE000FF8131FE4514");

  private final CardSimulator simulator;
  private final MynaCardRuntime runtime;
  private final String serial;
  private final CardApplets applets;
  private volatile ApduJournal journal;
  private final AtomicLong faults = new AtomicLong();

  private MynaCard(String serial, byte[] issuerKey, ApduJournal journal, CardApplets applets) {
    this.serial = serial;
    this.journal = journal;
    this.applets = applets;
    this.runtime = new MynaCardRuntime();
    synchronized (MynaCard.class) {
      this.simulator = new CardSimulator(runtime);
      simulator.changeProtocol("T=1");
      install(Aids.JPKI, applets.jpki(), issuerKey);
      install(Aids.NYURYOKU_HOJO, applets.text(), issuerKey);
      install(Aids.KENMEN, applets.face(), issuerKey);
      install(Aids.JUKI, applets.juki(), issuerKey);
    }
  }

  /**
   * Manufactures a card: installs the APs and loads the per-card diversified issuer key (see {@code
   * IssuerKeys#cardKey}).
   *
   * @param serial the card's 製造番号, 16 ASCII characters
   * @param issuerKey the diversified AES-128 issuer key of this card
   * @param journal where APDUs are journalled, or {@link ApduJournal#NONE}
   */
  public static MynaCard manufacture(String serial, byte[] issuerKey, ApduJournal journal) {
    return manufacture(serial, issuerKey, journal, CardApplets.REFERENCE);
  }

  /**
   * Manufactures a card with {@code applets} at the four AIDs, each installed with the reference
   * install parameters (the diversified issuer key, then the serial: simulators/card README,
   * "Issuance"). A vendor's applets get the same key-generation entropy as the reference ones, but
   * no mapping at the card boundary: what they answer is what the harness sees.
   */
  public static MynaCard manufacture(
      String serial, byte[] issuerKey, ApduJournal journal, CardApplets applets) {
    Objects.requireNonNull(journal, "journal");
    Objects.requireNonNull(applets, "applets");
    byte[] s = serial.getBytes(StandardCharsets.US_ASCII);
    if (s.length != 16) {
      throw new IllegalArgumentException("card serial must be 16 ASCII characters: " + serial);
    }
    if (issuerKey.length != 16) {
      throw new IllegalArgumentException("issuer key must be 16 bytes (AES-128)");
    }
    return new MynaCard(serial, issuerKey, journal, applets);
  }

  private void install(byte[] aid, Class<? extends Applet> type, byte[] issuerKey) {
    byte[] serialBytes = serial.getBytes(StandardCharsets.US_ASCII);
    byte[] params = new byte[1 + aid.length + 1 + 1 + 32];
    int p = 0;
    params[p++] = (byte) aid.length;
    System.arraycopy(aid, 0, params, p, aid.length);
    p += aid.length;
    params[p++] = 0; // no control information
    params[p++] = 32;
    System.arraycopy(issuerKey, 0, params, p, 16);
    System.arraycopy(serialBytes, 0, params, p + 16, 16);
    AID installed =
        simulator.installApplet(AIDUtil.create(aid), type, params, (short) 0, (byte) params.length);
    KeyGenerationEntropy.seed(runtime.appletInstance(installed), issuerKey, serial);
  }

  /**
   * Loads one more application into the card's 空き領域 (seed: マイナンバーカードについて② ③空き領域: municipalities by
   * ordinance, national agencies such as a 国家公務員身分証, and private businesses as the minister
   * decides). The application gets only its own installation data — not the issuer key nor any
   * reference to the JPKI / text / 住基 APs — and jcardsim's applet firewall keeps it apart from
   * them.
   *
   * @param aid the application's own AID (must not be one of {@link Aids})
   * @param type the applet class; its static {@code install(byte[], short, byte)} is called
   * @param installData the applet's own data (e.g. a staff record), at most 100 bytes
   */
  public void installFreeAreaApplication(
      byte[] aid, Class<? extends Applet> type, byte[] installData) {
    for (byte[] reserved : new byte[][] {Aids.JPKI, Aids.NYURYOKU_HOJO, Aids.KENMEN, Aids.JUKI}) {
      if (java.util.Arrays.equals(reserved, aid)) {
        throw new IllegalArgumentException("the AID belongs to a My Number Card AP");
      }
    }
    if (aid.length < 5 || aid.length > 16 || installData.length > 100) {
      throw new IllegalArgumentException("AID must be 5..16 bytes and install data ≤ 100 bytes");
    }
    byte[] params = new byte[1 + aid.length + 1 + 1 + installData.length];
    int p = 0;
    params[p++] = (byte) aid.length;
    System.arraycopy(aid, 0, params, p, aid.length);
    p += aid.length;
    params[p++] = 0; // no control information
    params[p++] = (byte) installData.length;
    System.arraycopy(installData, 0, params, p, installData.length);
    synchronized (MynaCard.class) {
      simulator.installApplet(AIDUtil.create(aid), type, params, (short) 0, (byte) params.length);
    }
    journal.event("install", "空き領域: application " + HexFormat.of().formatHex(aid) + " loaded");
  }

  public String serial() {
    return serial;
  }

  /** The applications installed on this card. */
  public CardApplets applets() {
    return applets;
  }

  public byte[] atr() {
    return ATR.clone();
  }

  /** The card's outer boundary: one command APDU in, one response APDU out, journalled. */
  public byte[] transmit(byte[] command) {
    long start = System.nanoTime();
    byte[] response;
    // jcardsim keeps its "current runtime" in a static: one card at a time per JVM
    synchronized (MynaCard.class) {
      response = exchange(command);
    }
    journal.record(command, response, System.nanoTime() - start);
    return response;
  }

  public ResponseAPDU transmit(CommandAPDU command) {
    return new ResponseAPDU(transmit(command.getBytes()));
  }

  private byte[] exchange(byte[] command) {
    boolean reference = applets.isReference();
    try {
      if (reference && (command == null || !ApduShape.wellFormed(command))) {
        return sw(ISO7816.SW_WRONG_LENGTH);
      }
      byte[] response = runtime.transmitCommand(command);
      if (response.length >= 2
          && response[response.length - 2] == 0x6F
          && response[response.length - 1] == 0x00) {
        // an exception escaped an applet's own boundary: a bug, counted; the reference never
        // shows it as 6F00, a vendor's card shows what it answered
        faults.incrementAndGet();
        return reference ? sw(ISO7816.SW_WRONG_DATA) : response;
      }
      return response;
    } catch (RuntimeException e) {
      faults.incrementAndGet();
      // the reference maps its own faults; a vendor's card shows what a card would: 6F00
      return sw(reference ? ISO7816.SW_WRONG_DATA : ISO7816.SW_UNKNOWN);
    }
  }

  private static byte[] sw(short sw) {
    return new byte[] {(byte) (sw >> 8), (byte) sw};
  }

  /** Power cycle (card reset): deselects the AP and clears all session state (verified PINs). */
  public void reset() {
    synchronized (MynaCard.class) {
      simulator.reset();
    }
    journal.event("reset", "card reset (power cycle)");
  }

  /** Faults mapped at the card boundary and inside the APs (simulator instrumentation). */
  public long faults() {
    return faults.get() + dev.mynalab.card.applet.MynaApplet.faults();
  }

  /** The journal of this card's APDUs. */
  public ApduJournal journal() {
    return journal;
  }

  /** Journals from now on into {@code next} (the card moved to another reader or world). */
  public void attachJournal(ApduJournal next) {
    this.journal = Objects.requireNonNull(next, "journal");
  }

  /** Test instrumentation: the JPKI AP instance, to check that no response leaks its keys. */
  public JpkiApplet jpkiAppletForLeakTests() {
    if (applets.jpki() != JpkiApplet.class) {
      throw new IllegalStateException("not the reference JPKI AP: " + applets.jpki().getName());
    }
    AID aid = AIDUtil.create(Aids.JPKI);
    return (JpkiApplet) runtime.appletInstance(aid);
  }
}
