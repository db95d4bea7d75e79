package dev.mynalab.card.sim;

import com.licel.jcardsim.base.ApduCase;
import com.licel.jcardsim.base.SimulatorRuntime;
import javacard.framework.AID;
import javacard.framework.Applet;

/**
 * jcardsim's runtime with the card-manager behaviour of a real My Number Card: SELECT of an AID
 * that no AP answers to is {@code 6A82} (jcardsim says 6999, or even selects its first applet for a
 * SELECT without data), and the current AP stays selected, as OpenSC's probing expects
 * (vpcd-pipeline.md §8, §11 item 12). At MF level (right after reset) SELECT by FID answers 6A82
 * and a SELECT without data 6A86; other commands get jcardsim's 6986 (no current DF).
 */
final class MynaCardRuntime extends SimulatorRuntime {

  private static final byte[] FILE_NOT_FOUND = {0x6A, (byte) 0x82};
  private static final byte[] WRONG_P1P2 = {0x6A, (byte) 0x86};

  @Override
  public byte[] transmitCommand(byte[] command) {
    if (isAppletSelectionApdu(command)) {
      ApduCase apduCase = ApduCase.getCase(command);
      if (apduCase.isExtended()
          || apduCase == ApduCase.Case1
          || apduCase == ApduCase.Case2
          || findAppletForSelectApdu(command, apduCase) == null) {
        return FILE_NOT_FOUND.clone();
      }
    }
    if (getAID() == null && command[0] == 0x00 && command[1] == (byte) 0xA4 && command[2] != 0x04) {
      // MF level, no AP selected: SELECT without a name is 6A86, SELECT 3F00 or any FID 6A82
      // (card-interface.md §1: no EF is readable under the MF)
      return (command.length > 5 ? FILE_NOT_FOUND : WRONG_P1P2).clone();
    }
    return super.transmitCommand(command);
  }

  /** The installed applet instance with {@code aid} (simulator instrumentation for tests). */
  Applet appletInstance(AID aid) {
    return getApplet(aid);
  }
}
