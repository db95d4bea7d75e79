package dev.mynalab.card.applet;

/**
 * One transparent elementary file of an AP (card-interface.md §2): its 2-byte FID, its allocated
 * capacity, the bytes written so far and who may read it. Access is a bit mask over the AP's
 * secrets ({@link MynaApplet#pinBit}): 0 means free, otherwise the file opens when any one of the
 * secrets in the mask has been verified in this selection (e.g. 券面事項入力補助AP EF 0001: PIN 0011
 * <em>or</em> 照合番号A).
 */
public final class ElementaryFile {

  /** The issuer may still rewrite this file after issuance (住所 in the 追記 record, the 署名用証明書). */
  public static final byte UPDATABLE_AFTER_ISSUANCE = 0x01;

  /** A post-issuance rewrite additionally needs the holder's 住基 PIN verified (住所変更). */
  public static final byte NEEDS_HOLDER_CONSENT = 0x02;

  final short fid;
  final byte[] data;
  final short readMask;
  final byte flags;
  short length;

  ElementaryFile(short fid, short capacity, short readMask, byte flags) {
    this.fid = fid;
    this.data = new byte[capacity];
    this.readMask = readMask;
    this.flags = flags;
  }
}
