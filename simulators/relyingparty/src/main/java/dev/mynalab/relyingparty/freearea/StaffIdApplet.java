package dev.mynalab.relyingparty.freearea;

import javacard.framework.APDU;
import javacard.framework.Applet;
import javacard.framework.ISO7816;
import javacard.framework.ISOException;
import javacard.framework.JCSystem;
import javacard.framework.Util;

/**
 * A 職員証 (staff ID) application in the card's 空き領域 (seed: マイナンバーカードについて② ③空き領域: "国の機関等は総務大臣の
 * 定めるところにより利用可能 例：…国家公務員身分証"). Its own AID ({@link StaffIdCard#AID}); one transparent EF 0001
 * holding the staff record given at installation; SELECT (by AID, and EF by FID {@code 00 A4 02
 * 0C}) and READ BINARY {@code 00 B0}; every other command is refused with an ISO 7816 status word.
 *
 * <p>It holds nothing but its own bytes: no field refers to the 公的個人認証AP or any other AP, it asks
 * no AP for a shareable interface, and jcardsim's applet firewall would refuse it anyway. With this
 * AP selected, the JPKI files (certificates 0001/000A, keys 0017/001A, PINs 0018/001B) do not
 * exist: SELECT of any FID but 0001 is 6A82, VERIFY and COMPUTE DIGITAL SIGNATURE are 6D00.
 */
public final class StaffIdApplet extends Applet {

  /** The one EF: the staff record. */
  public static final short RECORD_FID = 0x0001;

  private final byte[] record;
  private final byte[] selected;

  private StaffIdApplet(byte[] params, short off, byte len) {
    // params: AID length, AID, control length, control, data length, data
    short aidOff = (short) (off + 1);
    byte aidLen = params[off];
    short p = (short) (aidOff + aidLen);
    p = (short) (p + 1 + params[p]);
    short dataLen = (short) (params[p] & 0xFF);
    record = new byte[dataLen];
    Util.arrayCopyNonAtomic(params, (short) (p + 1), record, (short) 0, dataLen);
    selected = JCSystem.makeTransientByteArray((short) 1, JCSystem.CLEAR_ON_DESELECT);
    register(params, aidOff, aidLen);
  }

  public static void install(byte[] params, short off, byte len) {
    new StaffIdApplet(params, off, len);
  }

  @Override
  public void process(APDU apdu) {
    if (selectingApplet()) {
      return;
    }
    byte[] buf = apdu.getBuffer();
    if (buf[ISO7816.OFFSET_CLA] != 0x00) {
      ISOException.throwIt(ISO7816.SW_CLA_NOT_SUPPORTED);
    }
    switch (buf[ISO7816.OFFSET_INS]) {
      case (byte) 0xA4 -> selectFile(apdu, buf);
      case (byte) 0xB0 -> readBinary(apdu, buf);
      default -> ISOException.throwIt(ISO7816.SW_INS_NOT_SUPPORTED);
    }
  }

  private void selectFile(APDU apdu, byte[] buf) {
    if (buf[ISO7816.OFFSET_P1] != 0x02 || buf[ISO7816.OFFSET_P2] != 0x0C) {
      ISOException.throwIt(ISO7816.SW_INCORRECT_P1P2);
    }
    short lc = apdu.setIncomingAndReceive();
    if (lc != 2) {
      ISOException.throwIt(ISO7816.SW_WRONG_LENGTH);
    }
    if (Util.getShort(buf, ISO7816.OFFSET_CDATA) != RECORD_FID) {
      selected[0] = 0;
      ISOException.throwIt(ISO7816.SW_FILE_NOT_FOUND);
    }
    selected[0] = 1;
  }

  private void readBinary(APDU apdu, byte[] buf) {
    if ((buf[ISO7816.OFFSET_P1] & 0x80) != 0) {
      ISOException.throwIt(ISO7816.SW_FUNC_NOT_SUPPORTED); // no short EF ids here
    }
    if (selected[0] != 1) {
      ISOException.throwIt(ISO7816.SW_COMMAND_NOT_ALLOWED);
    }
    short offset = Util.getShort(buf, ISO7816.OFFSET_P1);
    if (offset > record.length) {
      ISOException.throwIt(ISO7816.SW_INCORRECT_P1P2);
    }
    short le = apdu.setOutgoing();
    short n = (short) (record.length - offset);
    if (le != 0 && le < n) {
      n = le;
    }
    apdu.setOutgoingLength(n);
    apdu.sendBytesLong(record, offset, n);
  }
}
