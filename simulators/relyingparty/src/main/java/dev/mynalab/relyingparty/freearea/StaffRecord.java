package dev.mynalab.relyingparty.freearea;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The staff record kept by the 職員証 application: TLV {@code 01 len staff number (ASCII digits)}
 * {@code 02 len issuer (UTF-8)}. Small enough for the card's install data (≤ 100 bytes).
 */
public record StaffRecord(String staffNumber, String issuer) {

  public StaffRecord {
    if (staffNumber == null || !staffNumber.matches("[0-9A-Z]{1,16}")) {
      throw new IllegalArgumentException("staff number must be 1..16 of 0-9 A-Z");
    }
    if (issuer == null || issuer.isBlank()) {
      throw new IllegalArgumentException("issuer must be named");
    }
    if (issuer.getBytes(StandardCharsets.UTF_8).length > 60) {
      throw new IllegalArgumentException("issuer must be at most 60 bytes of UTF-8");
    }
  }

  public byte[] encode() {
    byte[] n = staffNumber.getBytes(StandardCharsets.US_ASCII);
    byte[] i = issuer.getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[4 + n.length + i.length];
    out[0] = 0x01;
    out[1] = (byte) n.length;
    System.arraycopy(n, 0, out, 2, n.length);
    out[2 + n.length] = 0x02;
    out[3 + n.length] = (byte) i.length;
    System.arraycopy(i, 0, out, 4 + n.length, i.length);
    return out;
  }

  /** Decodes the EF; throws IllegalArgumentException for anything that is not a staff record. */
  public static StaffRecord decode(byte[] b) {
    try {
      if (b[0] != 0x01) {
        throw new IllegalArgumentException("not a staff record");
      }
      int n = b[1] & 0xFF;
      String number = new String(Arrays.copyOfRange(b, 2, 2 + n), StandardCharsets.US_ASCII);
      if (b[2 + n] != 0x02) {
        throw new IllegalArgumentException("not a staff record");
      }
      int i = b[3 + n] & 0xFF;
      String issuer = new String(Arrays.copyOfRange(b, 4 + n, 4 + n + i), StandardCharsets.UTF_8);
      return new StaffRecord(number, issuer);
    } catch (ArrayIndexOutOfBoundsException e) {
      throw new IllegalArgumentException("truncated staff record");
    }
  }
}
