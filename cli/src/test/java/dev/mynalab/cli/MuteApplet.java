package dev.mynalab.cli;

import javacard.framework.APDU;
import javacard.framework.Applet;
import javacard.framework.ISO7816;
import javacard.framework.ISOException;

/**
 * A faulty vendor applet for conformance tests: it can be installed and selected, and refuses every
 * other command with 6D00 (INS not supported) — a card whose AP was left unimplemented.
 */
public final class MuteApplet extends Applet {

  public static void install(byte[] b, short off, byte len) {
    new MuteApplet().register();
  }

  @Override
  public void process(APDU apdu) {
    if (selectingApplet()) {
      return;
    }
    ISOException.throwIt(ISO7816.SW_INS_NOT_SUPPORTED);
  }
}
