package dev.mynalab.card.applet;

import javacard.framework.OwnerPIN;

/**
 * A secret of an AP, addressed like a file (an "internal EF", card-interface.md §3): the 暗証番号,
 * パスワード or 照合番号 that is SELECTed and then VERIFYed. It remembers its format rules so that the card
 * refuses a new value the holder could not legally choose (PN-01).
 */
public final class PinFile {

  /** ASCII digits only. */
  public static final byte FORMAT_DIGITS = 1;

  /** 署名用パスワード: A–Z and 0–9, with at least one letter and at least one digit (PN-01 (a)). */
  public static final byte FORMAT_SIGN_PASSWORD = 2;

  final short fid;
  final OwnerPIN pin;
  final byte minLength;
  final byte maxLength;
  final byte format;
  final byte tries;
  final boolean holderMayChange;
  boolean set;

  PinFile(
      short fid, byte tries, byte minLength, byte maxLength, byte format, boolean holderMayChange) {
    this.fid = fid;
    this.tries = tries;
    this.pin = new OwnerPIN(tries, maxLength);
    this.minLength = minLength;
    this.maxLength = maxLength;
    this.format = format;
    this.holderMayChange = holderMayChange;
  }

  /** True when {@code value} is a value this secret may take. */
  boolean acceptable(byte[] buf, short off, short len) {
    if (len < minLength || len > maxLength) {
      return false;
    }
    boolean letter = false;
    boolean digit = false;
    for (short i = 0; i < len; i++) {
      byte b = buf[(short) (off + i)];
      if (b >= '0' && b <= '9') {
        digit = true;
      } else if (format == FORMAT_SIGN_PASSWORD && b >= 'A' && b <= 'Z') {
        letter = true;
      } else {
        return false;
      }
    }
    return format != FORMAT_SIGN_PASSWORD || (letter && digit);
  }
}
