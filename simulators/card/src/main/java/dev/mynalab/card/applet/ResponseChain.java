package dev.mynalab.card.applet;

import javacard.framework.APDU;
import javacard.framework.ISO7816;
import javacard.framework.ISOException;
import javacard.framework.JCSystem;
import javacard.framework.Util;
import javacard.security.RandomData;

/**
 * Responses longer than the terminal's Ne: the rest waits for GET RESPONSE ({@code 61xx}, ISO
 * 7816-4 §5.3.4), e.g. the 269-byte public key of GENERATE ASYMMETRIC KEY PAIR. Also GET CHALLENGE.
 */
final class ResponseChain {

  static final short PENDING_MAX = 512;

  private final byte[] pending;
  private final short[] state; // [0] next offset, [1] bytes left
  private RandomData random;

  ResponseChain() {
    pending = JCSystem.makeTransientByteArray(PENDING_MAX, JCSystem.CLEAR_ON_DESELECT);
    state = JCSystem.makeTransientShortArray((short) 2, JCSystem.CLEAR_ON_DESELECT);
  }

  /** A scratch buffer that lives until deselection (staging of long responses). */
  byte[] buffer() {
    return pending;
  }

  /** Any command other than GET RESPONSE drops what was pending. */
  void drop() {
    state[1] = 0;
  }

  /** Sends {@code len} bytes; what does not fit Ne stays pending for GET RESPONSE (61xx). */
  void send(APDU apdu, byte[] src, short off, short len) {
    short le = ne(apdu);
    if (len <= le) {
      apdu.setOutgoingLength(len);
      apdu.sendBytesLong(src, off, len);
      return;
    }
    short rest = (short) (len - le);
    if (rest > PENDING_MAX) {
      ISOException.throwIt(ISO7816.SW_FILE_FULL);
    }
    apdu.setOutgoingLength(le);
    apdu.sendBytesLong(src, off, le);
    Util.arrayCopyNonAtomic(src, (short) (off + le), pending, (short) 0, rest);
    state[0] = 0;
    state[1] = rest;
    ISOException.throwIt((short) (0x6100 | (rest > 255 ? 0 : rest)));
  }

  /** GET RESPONSE {@code 00 C0 00 00 Le}. */
  void getResponse(APDU apdu, byte[] buf, short lc) {
    MynaApplet.requireP1P2(buf, (byte) 0, (byte) 0);
    if (lc != 0) {
      ISOException.throwIt(ISO7816.SW_WRONG_LENGTH);
    }
    short rest = state[1];
    if (rest == 0) {
      ISOException.throwIt(ISO7816.SW_CONDITIONS_NOT_SATISFIED);
    }
    short le = ne(apdu);
    short n = rest < le ? rest : le;
    short from = state[0];
    state[0] = (short) (from + n);
    state[1] = (short) (rest - n);
    apdu.setOutgoingLength(n);
    apdu.sendBytesLong(pending, from, n);
    if (state[1] != 0) {
      ISOException.throwIt((short) (0x6100 | (state[1] > 255 ? 0 : state[1])));
    }
  }

  /** GET CHALLENGE {@code 00 84 00 00 Le}: 1–256 random bytes (card-interface.md §4.2, MC). */
  void getChallenge(APDU apdu, byte[] buf, short lc) {
    MynaApplet.requireP1P2(buf, (byte) 0, (byte) 0);
    if (lc != 0) {
      ISOException.throwIt(ISO7816.SW_WRONG_LENGTH);
    }
    short le = ne(apdu);
    if (le > 256) {
      le = 256;
    }
    if (random == null) {
      random = RandomData.getInstance(RandomData.ALG_SECURE_RANDOM);
    }
    random.generateData(pending, (short) 0, le);
    apdu.setOutgoingLength(le);
    apdu.sendBytesLong(pending, (short) 0, le);
  }

  private static short ne(APDU apdu) {
    short le = apdu.setOutgoing();
    return le == 0 ? 256 : le;
  }
}
