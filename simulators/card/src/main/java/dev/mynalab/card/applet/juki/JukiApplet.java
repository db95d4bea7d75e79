package dev.mynalab.card.applet.juki;

import dev.mynalab.card.applet.HolderConsentSource;
import dev.mynalab.card.applet.MynaApplet;
import dev.mynalab.card.applet.PinFile;
import javacard.framework.AID;
import javacard.framework.APDU;
import javacard.framework.ISO7816;
import javacard.framework.ISOException;
import javacard.framework.JCSystem;
import javacard.framework.Shareable;

/**
 * 住基AP (AID {@code D3 92 10 00 31 00 01 01 04 01}) with its 4-digit PIN 001C (3 tries, PN-01 (c)),
 * used by the moving procedures (転入・転居): the holder enters it at the counter, and the other APs
 * then accept the municipality's rewrite of the address.
 *
 * <p>The verified state of 001C is reported to the other APs through {@link HolderConsentSource}
 * until the card is reset (a modelling choice: public sources do not say how the real card links
 * the 住基 PIN to the 追記 update). The holder changes the PIN with JICSAP CHANGE KEY {@code 80 32 00
 * 80 Lc <new>} or ISO CHANGE REFERENCE DATA after a VERIFY (card-interface.md §2.4).
 */
public final class JukiApplet extends MynaApplet implements HolderConsentSource {

  private final short jukiPin;
  private final boolean[] consent;

  private JukiApplet(byte[] params, short off, byte len) {
    super(params, off, len, (byte) 1, (byte) 1);
    jukiPin = addPin((short) 0x001C, (byte) 3, (byte) 4, (byte) 4, PinFile.FORMAT_DIGITS, true);
    consent = JCSystem.makeTransientBooleanArray((short) 1, JCSystem.CLEAR_ON_RESET);
  }

  public static void install(byte[] params, short off, byte len) {
    new JukiApplet(params, off, len);
  }

  @Override
  public void deselect() {
    consent[0] = consent[0] || verified(jukiPin);
    super.deselect();
  }

  @Override
  public boolean holderPinVerified() {
    return consent[0] || verified(jukiPin);
  }

  @Override
  public Shareable getShareableInterfaceObject(AID client, byte parameter) {
    return parameter == 0 ? this : null;
  }

  @Override
  protected void processProprietary(APDU apdu, byte[] buf, short lc) {
    if (buf[ISO7816.OFFSET_INS] != 0x32) {
      ISOException.throwIt(ISO7816.SW_INS_NOT_SUPPORTED);
    }
    if (buf[ISO7816.OFFSET_P1] != 0x00) {
      ISOException.throwIt(ISO7816.SW_INCORRECT_P1P2);
    }
    changeSelectedSecret(buf, lc);
  }
}
