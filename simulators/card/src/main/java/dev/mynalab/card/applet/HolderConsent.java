package dev.mynalab.card.applet;

import javacard.framework.AID;
import javacard.framework.JCSystem;
import javacard.framework.Shareable;

/** Asks the 住基AP, through its {@link HolderConsentSource}, whether the holder consented. */
final class HolderConsent {

  private HolderConsent() {}

  static boolean given() {
    AID juki = JCSystem.lookupAID(Aids.JUKI, (short) 0, (byte) Aids.JUKI.length);
    if (juki == null) {
      return false;
    }
    Shareable s = JCSystem.getAppletShareableInterfaceObject(juki, (byte) 0);
    return s instanceof HolderConsentSource && ((HolderConsentSource) s).holderPinVerified();
  }
}
