package dev.mynalab.card.bench;

import javacard.framework.APDU;
import javacard.framework.Applet;
import javacard.framework.ISO7816;
import javacard.framework.ISOException;

/** The benchmark's baseline applet: echoes its data, nothing else (vpcd-pipeline.md §4). */
public final class EchoApplet extends Applet {

  public static void install(byte[] b, short off, byte len) {
    new EchoApplet().register();
  }

  @Override
  public void process(APDU apdu) {
    if (selectingApplet()) {
      return;
    }
    byte[] buf = apdu.getBuffer();
    if (buf[ISO7816.OFFSET_INS] != 0x01) {
      ISOException.throwIt(ISO7816.SW_INS_NOT_SUPPORTED);
    }
    short n = apdu.setIncomingAndReceive();
    apdu.setOutgoingAndSend(ISO7816.OFFSET_CDATA, n);
  }
}
