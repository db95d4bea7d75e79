package dev.mynalab.card.journal;

import dev.mynalab.card.applet.Aids;
import java.util.Arrays;

/** Human names of the card's instructions and ISO 7816-4 status words, and the PIN mask. */
public final class ApduNames {

  private ApduNames() {}

  /** The instruction, with the AP or EF it names where that helps a reader of the journal. */
  public static String instruction(byte[] c) {
    if (c == null || c.length < 4) {
      return "(malformed)";
    }
    int cla = c[0] & 0xFF;
    int ins = c[1] & 0xFF;
    int p1 = c[2] & 0xFF;
    int p2 = c[3] & 0xFF;
    String name =
        switch (ins) {
          case 0xA4 -> select(c, p1);
          case 0xB0 -> "READ BINARY";
          case 0x20 ->
              c.length <= 5 && (c.length < 5 || c[4] == 0) ? "VERIFY (retry counter)" : "VERIFY";
          case 0x24 -> cla == 0x84 ? "SET SECRET (issuer)" : "CHANGE REFERENCE DATA";
          case 0x2A -> "COMPUTE DIGITAL SIGNATURE";
          case 0xC0 -> "GET RESPONSE";
          case 0x50 -> "INITIALIZE UPDATE";
          case 0x82 -> "EXTERNAL AUTHENTICATE";
          case 0xD6 -> "UPDATE BINARY";
          case 0x0E -> "ERASE BINARY";
          case 0x46 -> "GENERATE ASYMMETRIC KEY PAIR";
          case 0xF0 -> "SET STATUS";
          case 0x32 -> "CHANGE KEY";
          default -> String.format("INS %02X", ins);
        };
    if (ins == 0x20 || ins == 0x24 || ins == 0x2A || ins == 0x46) {
      name += String.format(" P2=%02X", p2);
    }
    return name;
  }

  private static String select(byte[] c, int p1) {
    if (c.length < 5) {
      return "SELECT";
    }
    int lc = c[4] & 0xFF;
    byte[] data = c.length >= 5 + lc ? Arrays.copyOfRange(c, 5, 5 + lc) : new byte[0];
    if (p1 == 0x04) {
      if (Arrays.equals(data, Aids.JPKI)) {
        return "SELECT JPKI AP";
      }
      if (Arrays.equals(data, Aids.NYURYOKU_HOJO)) {
        return "SELECT 券面事項入力補助AP";
      }
      if (Arrays.equals(data, Aids.KENMEN)) {
        return "SELECT 券面AP";
      }
      if (Arrays.equals(data, Aids.JUKI)) {
        return "SELECT 住基AP";
      }
      return "SELECT AID " + java.util.HexFormat.of().withUpperCase().formatHex(data);
    }
    if (data.length == 2) {
      return String.format("SELECT EF %02X%02X", data[0], data[1]);
    }
    return "SELECT";
  }

  /** ISO 7816-4 meaning of a status word. */
  public static String statusWord(int sw) {
    if ((sw & 0xFFF0) == 0x63C0) {
      int left = sw & 0x0F;
      return left == 0 ? "blocked (0 tries left)" : "wrong or queried: " + left + " tries left";
    }
    if ((sw & 0xFF00) == 0x6100) {
      return "more data: GET RESPONSE";
    }
    return switch (sw) {
      case 0x9000 -> "OK";
      case 0x6700 -> "wrong length";
      case 0x6981 -> "command incompatible with file structure";
      case 0x6982 -> "security status not satisfied";
      case 0x6983 -> "authentication method blocked";
      case 0x6984 -> "reference data not usable (blocked)";
      case 0x6985 -> "conditions of use not satisfied";
      case 0x6986 -> "command not allowed (no current EF)";
      case 0x6A80 -> "incorrect data";
      case 0x6A82 -> "file or application not found";
      case 0x6A84 -> "not enough memory";
      case 0x6A86 -> "incorrect P1-P2";
      case 0x6A88 -> "referenced data not found";
      case 0x6B00 -> "wrong offset";
      case 0x6D00 -> "instruction not supported";
      case 0x6E00 -> "class not supported";
      case 0x6F00 -> "no precise diagnosis";
      default -> "unknown";
    };
  }

  /**
   * The command with any secret data replaced by {@code 2A} ('*'): VERIFY, CHANGE REFERENCE DATA,
   * CHANGE KEY, and every issuer-secured (CLA 84) command's data.
   */
  public static byte[] mask(byte[] c) {
    if (c == null || c.length <= 5) {
      return c == null ? new byte[0] : c.clone();
    }
    int cla = c[0] & 0xFF;
    int ins = c[1] & 0xFF;
    boolean secret = ins == 0x20 || ins == 0x24 || (cla == 0x80 && ins == 0x32) || cla == 0x84;
    if (!secret) {
      return c.clone();
    }
    byte[] m = c.clone();
    int lc = c[4] & 0xFF;
    for (int i = 5; i < Math.min(m.length, 5 + lc); i++) {
      m[i] = '*';
    }
    return m;
  }
}
