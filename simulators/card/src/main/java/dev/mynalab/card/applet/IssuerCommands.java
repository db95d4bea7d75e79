package dev.mynalab.card.applet;

import javacard.framework.APDU;
import javacard.framework.ISO7816;
import javacard.framework.ISOException;
import javacard.framework.Util;

/**
 * The issuer's plane of an AP (CLA 84, behind {@link IssuerChannel}): write and erase EFs, generate
 * key pairs, set secrets, lock. Kept apart from the holder's commands (DESIGN.md principle 3).
 * After the lock only what the law lets a municipality change remains: EFs flagged {@link
 * ElementaryFile#UPDATABLE_AFTER_ISSUANCE} (some also needing the holder's 住基 PIN), replaceable
 * keys, and PIN resets (PN-02).
 */
final class IssuerCommands {

  private final MynaApplet owner;
  private final CardFiles files;
  private final IssuerChannel channel;
  private final ResponseChain chain;

  IssuerCommands(MynaApplet owner, CardFiles files, IssuerChannel channel, ResponseChain chain) {
    this.owner = owner;
    this.files = files;
    this.channel = channel;
    this.chain = chain;
  }

  void process(APDU apdu, byte[] buf, byte ins, short lc) {
    if (ins == (byte) 0x82) {
      MynaApplet.requireP1P2(buf, (byte) 0, (byte) 0);
      channel.externalAuthenticate(buf, lc);
      return;
    }
    short len = channel.unwrap(buf, lc);
    switch (ins) {
      case (byte) 0xD6:
        updateBinary(buf, len);
        return;
      case 0x0E:
        MynaApplet.requireP1P2(buf, (byte) 0, (byte) 0);
        eraseBinary(len);
        return;
      case 0x46:
        generateKeyPair(apdu, buf, len);
        return;
      case 0x24:
        setSecret(buf, len);
        return;
      case (byte) 0xF0:
        MynaApplet.requireP1P2(buf, (byte) 0x00, MynaApplet.LIFE_OPERATIONAL);
        if (len != 0) {
          ISOException.throwIt(ISO7816.SW_WRONG_LENGTH);
        }
        owner.lock();
        return;
      default:
        ISOException.throwIt(ISO7816.SW_INS_NOT_SUPPORTED);
    }
  }

  private ElementaryFile writableFile() {
    ElementaryFile f = files.selectedFile();
    if (owner.operational()) {
      if ((f.flags & ElementaryFile.UPDATABLE_AFTER_ISSUANCE) == 0) {
        ISOException.throwIt(ISO7816.SW_CONDITIONS_NOT_SATISFIED);
      }
      if ((f.flags & ElementaryFile.NEEDS_HOLDER_CONSENT) != 0 && !owner.holderConsent()) {
        ISOException.throwIt(ISO7816.SW_SECURITY_STATUS_NOT_SATISFIED);
      }
    }
    return f;
  }

  /** UPDATE BINARY {@code 84 D6 <offset> Lc data C-MAC}: writes and extends the EF. */
  private void updateBinary(byte[] buf, short len) {
    ElementaryFile f = writableFile();
    short offset = Util.getShort(buf, ISO7816.OFFSET_P1);
    if (offset < 0 || offset > f.length) {
      ISOException.throwIt(MynaApplet.SW_WRONG_OFFSET);
    }
    short end = (short) (offset + len);
    if (end > (short) f.data.length || end < 0) {
      ISOException.throwIt(ISO7816.SW_FILE_FULL);
    }
    Util.arrayCopy(buf, ISO7816.OFFSET_CDATA, f.data, offset, len);
    if (end > f.length) {
      f.length = end;
    }
    owner.fileChanged(f);
  }

  /** ERASE BINARY {@code 84 0E 00 00 Lc C-MAC}: empties the EF before it is rewritten. */
  private void eraseBinary(short len) {
    if (len != 0) {
      ISOException.throwIt(ISO7816.SW_WRONG_LENGTH);
    }
    ElementaryFile f = writableFile();
    Util.arrayFillNonAtomic(f.data, (short) 0, f.length, (byte) 0);
    f.length = 0;
    owner.fileChanged(f);
  }

  /** GENERATE ASYMMETRIC KEY PAIR {@code 84 46 00 <key FID> Lc C-MAC} → 7F49 public key. */
  private void generateKeyPair(APDU apdu, byte[] buf, short len) {
    if (len != 0) {
      ISOException.throwIt(ISO7816.SW_WRONG_LENGTH);
    }
    if (buf[ISO7816.OFFSET_P1] != 0) {
      ISOException.throwIt(ISO7816.SW_INCORRECT_P1P2);
    }
    short k = owner.keyIndex((short) (buf[ISO7816.OFFSET_P2] & 0xFF));
    if (k < 0) {
      ISOException.throwIt(MynaApplet.SW_DATA_NOT_FOUND);
    }
    if (owner.operational() && !owner.keyReplaceableAfterIssuance(k)) {
      ISOException.throwIt(ISO7816.SW_CONDITIONS_NOT_SATISFIED);
    }
    // the public key TLV is longer than one short response: staged, then chained with 61xx
    byte[] staging = chain.buffer();
    short n = owner.generateKeyPair(k, staging, (short) 0);
    chain.send(apdu, staging, (short) 0, n);
  }

  /**
   * Sets a secret {@code 84 24 00 <FID> Lc E(value) C-MAC}: initial PINs and 照合番号 before issuance,
   * a reset of a blocked or forgotten PIN afterwards (PN-02). Resets the retry counter.
   */
  private void setSecret(byte[] buf, short len) {
    if (buf[ISO7816.OFFSET_P1] != 0) {
      ISOException.throwIt(ISO7816.SW_INCORRECT_P1P2);
    }
    PinFile p = files.findPin((short) (buf[ISO7816.OFFSET_P2] & 0xFF));
    if (p == null) {
      ISOException.throwIt(MynaApplet.SW_DATA_NOT_FOUND);
    }
    short plain = channel.decrypt(buf, ISO7816.OFFSET_CDATA, len);
    boolean ok = p.acceptable(buf, ISO7816.OFFSET_CDATA, plain);
    if (ok) {
      p.pin.update(buf, ISO7816.OFFSET_CDATA, (byte) plain);
      p.pin.resetAndUnblock();
      p.set = true;
    }
    Util.arrayFillNonAtomic(buf, ISO7816.OFFSET_CDATA, len, (byte) 0);
    if (!ok) {
      ISOException.throwIt(ISO7816.SW_WRONG_DATA);
    }
  }
}
