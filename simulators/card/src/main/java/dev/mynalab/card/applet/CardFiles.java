package dev.mynalab.card.applet;

import javacard.framework.APDU;
import javacard.framework.ISO7816;
import javacard.framework.ISOException;
import javacard.framework.JCSystem;
import javacard.framework.Util;

/**
 * The files and secrets of one AP and the current selection, with the ISO 7816-4 commands on them:
 * SELECT EF, READ BINARY, VERIFY, CHANGE REFERENCE DATA (card-interface.md §2–§4). The selection
 * and the verified state live only as long as the AP stays selected.
 */
final class CardFiles {

  static final byte SEL_NONE = 0;
  static final byte SEL_EF = 1;
  static final byte SEL_PIN = 2;
  static final byte SEL_KEY = 3;

  private final MynaApplet owner;
  private final ElementaryFile[] files;
  private byte fileCount;
  private final PinFile[] pins;
  private byte pinCount;
  private final short[] selection;

  CardFiles(MynaApplet owner, byte maxFiles, byte maxPins) {
    this.owner = owner;
    files = new ElementaryFile[maxFiles];
    pins = new PinFile[maxPins];
    selection = JCSystem.makeTransientShortArray((short) 2, JCSystem.CLEAR_ON_DESELECT);
  }

  ElementaryFile addFile(short fid, short capacity, short readMask, byte flags) {
    ElementaryFile f = new ElementaryFile(fid, capacity, readMask, flags);
    files[fileCount++] = f;
    return f;
  }

  short addPin(
      short fid, byte tries, byte minLength, byte maxLength, byte format, boolean holderMayChange) {
    pins[pinCount] = new PinFile(fid, tries, minLength, maxLength, format, holderMayChange);
    return MynaApplet.pinBit(pinCount++);
  }

  /** Forgets every verification (SELECT of the AP, deselection). */
  void resetVerifications() {
    for (byte i = 0; i < pinCount; i++) {
      pins[i].pin.reset();
    }
  }

  boolean verified(short mask) {
    for (byte i = 0; i < pinCount; i++) {
      if ((mask & MynaApplet.pinBit(i)) != 0 && pins[i].pin.isValidated()) {
        return true;
      }
    }
    return false;
  }

  byte selectedKind() {
    return (byte) selection[0];
  }

  short selectedKey() {
    return selection[0] == SEL_KEY ? selection[1] : -1;
  }

  /** The selected binary EF, or 6986 when none is. */
  ElementaryFile selectedFile() {
    if (selection[0] != SEL_EF) {
      ISOException.throwIt(ISO7816.SW_COMMAND_NOT_ALLOWED);
    }
    return files[selection[1]];
  }

  PinFile findPin(short fid) {
    for (byte i = 0; i < pinCount; i++) {
      if (pins[i].fid == fid) {
        return pins[i];
      }
    }
    return null;
  }

  /** SELECT EF {@code 00 A4 02 0C 02 <FID>} (also P1=00 by FID, P2=00/04 without FCI). */
  void selectFile(byte[] buf, short lc) {
    byte p1 = buf[ISO7816.OFFSET_P1];
    byte p2 = buf[ISO7816.OFFSET_P2];
    if (p1 == 0x04) {
      // by DF name, but not this AP's name (the runtime routes those): no such DF
      ISOException.throwIt(ISO7816.SW_FILE_NOT_FOUND);
    }
    if ((p1 != 0x02 && p1 != 0x00) || (p2 != 0x0C && p2 != 0x00 && p2 != 0x04)) {
      ISOException.throwIt(ISO7816.SW_INCORRECT_P1P2);
    }
    if (lc != 2) {
      ISOException.throwIt(ISO7816.SW_WRONG_LENGTH);
    }
    if (!selectByFid(Util.getShort(buf, ISO7816.OFFSET_CDATA))) {
      ISOException.throwIt(ISO7816.SW_FILE_NOT_FOUND);
    }
  }

  private boolean selectByFid(short fid) {
    for (byte i = 0; i < fileCount; i++) {
      if (files[i].fid == fid) {
        select(SEL_EF, i);
        return true;
      }
    }
    for (byte i = 0; i < pinCount; i++) {
      if (pins[i].fid == fid) {
        select(SEL_PIN, i);
        return true;
      }
    }
    short k = owner.keyIndex(fid);
    if (k >= 0) {
      select(SEL_KEY, k);
      return true;
    }
    return false;
  }

  private void select(byte kind, short index) {
    selection[0] = kind;
    selection[1] = index;
  }

  /** READ BINARY {@code 00 B0 <offset> Le}, or P1 = 80|SFI with an 8-bit offset in P2. */
  void readBinary(APDU apdu, byte[] buf, short lc) {
    if (lc != 0) {
      ISOException.throwIt(ISO7816.SW_WRONG_LENGTH);
    }
    byte p1 = buf[ISO7816.OFFSET_P1];
    short offset;
    if ((p1 & 0x80) != 0) {
      if ((p1 & 0x60) != 0) {
        ISOException.throwIt(ISO7816.SW_INCORRECT_P1P2);
      }
      if (!selectByFid((short) (p1 & 0x1F))) {
        ISOException.throwIt(ISO7816.SW_FILE_NOT_FOUND);
      }
      offset = (short) (buf[ISO7816.OFFSET_P2] & 0xFF);
    } else {
      offset = Util.getShort(buf, ISO7816.OFFSET_P1);
    }
    if (selection[0] == SEL_NONE) {
      ISOException.throwIt(ISO7816.SW_COMMAND_NOT_ALLOWED);
    }
    if (selection[0] != SEL_EF) {
      ISOException.throwIt(MynaApplet.SW_INCOMPATIBLE_FILE);
    }
    ElementaryFile f = files[selection[1]];
    if (f.readMask != 0 && !verified(f.readMask)) {
      ISOException.throwIt(ISO7816.SW_SECURITY_STATUS_NOT_SATISFIED);
    }
    if (offset >= f.length) {
      ISOException.throwIt(MynaApplet.SW_WRONG_OFFSET);
    }
    short le = apdu.setOutgoing();
    if (le == 0) {
      le = 256;
    }
    short n = (short) (f.length - offset);
    if (n > le) {
      n = le;
    }
    apdu.setOutgoingLength(n);
    apdu.sendBytesLong(f.data, offset, n);
  }

  /**
   * VERIFY {@code 00 20 00 80 [Lc <ASCII>]} on the selected secret, or P2 = 80|SFI. Without data it
   * only reports the retry counter (63Cx) and consumes nothing.
   */
  void verify(byte[] buf, short lc) {
    PinFile p = pinFor(buf);
    if (!p.set) {
      ISOException.throwIt(MynaApplet.SW_BLOCKED);
    }
    byte left = p.pin.getTriesRemaining();
    if (lc == 0) {
      ISOException.throwIt((short) (0x63C0 | left));
    }
    if (left == 0) {
      ISOException.throwIt(MynaApplet.SW_BLOCKED);
    }
    if (lc > p.maxLength) {
      ISOException.throwIt(ISO7816.SW_WRONG_LENGTH);
    }
    if (!p.pin.check(buf, ISO7816.OFFSET_CDATA, (byte) lc)) {
      ISOException.throwIt((short) (0x63C0 | p.pin.getTriesRemaining()));
    }
  }

  /** CHANGE REFERENCE DATA {@code 00 24 01 80 Lc <new>} after the old value was verified. */
  void changeReferenceData(byte[] buf, short lc) {
    if (buf[ISO7816.OFFSET_P1] != 0x01) {
      ISOException.throwIt(ISO7816.SW_INCORRECT_P1P2);
    }
    changeByHolder(pinFor(buf), buf, lc);
  }

  /** The holder replaces the secret named by P2 (also JICSAP CHANGE KEY in the 住基AP). */
  void changeSelectedSecret(byte[] buf, short lc) {
    changeByHolder(pinFor(buf), buf, lc);
  }

  private void changeByHolder(PinFile p, byte[] buf, short lc) {
    if (!p.holderMayChange) {
      ISOException.throwIt(ISO7816.SW_CONDITIONS_NOT_SATISFIED);
    }
    if (!p.set || p.pin.getTriesRemaining() == 0) {
      ISOException.throwIt(MynaApplet.SW_BLOCKED);
    }
    if (!p.pin.isValidated()) {
      ISOException.throwIt(ISO7816.SW_SECURITY_STATUS_NOT_SATISFIED);
    }
    if (!p.acceptable(buf, ISO7816.OFFSET_CDATA, lc)) {
      ISOException.throwIt(ISO7816.SW_WRONG_DATA);
    }
    p.pin.update(buf, ISO7816.OFFSET_CDATA, (byte) lc);
  }

  private PinFile pinFor(byte[] buf) {
    if (buf[ISO7816.OFFSET_P1] != 0x00 && buf[ISO7816.OFFSET_INS] == 0x20) {
      ISOException.throwIt(ISO7816.SW_INCORRECT_P1P2);
    }
    byte p2 = buf[ISO7816.OFFSET_P2];
    if (p2 == (byte) 0x80) {
      if (selection[0] == SEL_NONE) {
        ISOException.throwIt(ISO7816.SW_COMMAND_NOT_ALLOWED);
      }
      if (selection[0] != SEL_PIN) {
        ISOException.throwIt(MynaApplet.SW_INCOMPATIBLE_FILE);
      }
      return pins[selection[1]];
    }
    if ((p2 & 0xE0) == 0x80) {
      PinFile p = findPin((short) (p2 & 0x1F));
      if (p != null) {
        return p;
      }
      ISOException.throwIt(MynaApplet.SW_DATA_NOT_FOUND);
    }
    ISOException.throwIt(ISO7816.SW_INCORRECT_P1P2);
    return null;
  }
}
