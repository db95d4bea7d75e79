package dev.mynalab.card.applet;

import javacard.framework.JCSystem;
import javacard.framework.Util;
import javacard.security.AESKey;
import javacardx.crypto.Cipher;

/**
 * AES-CMAC (NIST SP 800-38B / RFC 4493) built on the card's AES block cipher, because the Java Card
 * 3.0.5 API level of jcardsim offers no CMAC signature. Used by the issuer channel ({@link
 * IssuerChannel}) for key derivation, cryptograms and command MACs, as SCP03 does.
 */
final class Cmac {

  static final short BLOCK = 16;

  private final Cipher ecb;
  private final byte[] k1 = new byte[BLOCK];
  private final byte[] k2 = new byte[BLOCK];
  private final byte[] state;

  Cmac() {
    ecb = Cipher.getInstance(Cipher.ALG_AES_BLOCK_128_ECB_NOPAD, false);
    state = JCSystem.makeTransientByteArray((short) (2 * BLOCK), JCSystem.CLEAR_ON_DESELECT);
  }

  /** Keys the MAC and derives the two subkeys K1, K2 (RFC 4493 §2.3). */
  void init(AESKey key) {
    ecb.init(key, Cipher.MODE_ENCRYPT);
    Util.arrayFillNonAtomic(state, (short) 0, BLOCK, (byte) 0);
    ecb.doFinal(state, (short) 0, BLOCK, state, BLOCK);
    doubleBlock(state, BLOCK, k1);
    doubleBlock(k1, (short) 0, k2);
  }

  /** Full 16-byte CMAC of {@code in[off..off+len)} into {@code out[outOff..]}. */
  void mac(byte[] in, short off, short len, byte[] out, short outOff) {
    Util.arrayFillNonAtomic(state, (short) 0, BLOCK, (byte) 0);
    short pos = off;
    short end = (short) (off + len);
    // all blocks but the last are chained plainly
    while ((short) (end - pos) > BLOCK) {
      xorInto(in, pos, BLOCK);
      ecb.doFinal(state, (short) 0, BLOCK, state, (short) 0);
      pos += BLOCK;
    }
    short rest = (short) (end - pos);
    byte[] sub = k1;
    if (rest < BLOCK || len == 0) {
      xorInto(in, pos, rest);
      state[rest] ^= (byte) 0x80;
      sub = k2;
    } else {
      xorInto(in, pos, BLOCK);
    }
    for (short i = 0; i < BLOCK; i++) {
      state[i] ^= sub[i];
    }
    ecb.doFinal(state, (short) 0, BLOCK, out, outOff);
  }

  private void xorInto(byte[] in, short off, short len) {
    for (short i = 0; i < len; i++) {
      state[i] ^= in[(short) (off + i)];
    }
  }

  private static void doubleBlock(byte[] in, short off, byte[] out) {
    byte carry = 0;
    for (short i = (short) (BLOCK - 1); i >= 0; i--) {
      byte b = in[(short) (off + i)];
      out[i] = (byte) ((b << 1) | carry);
      carry = (byte) ((b >> 7) & 1);
    }
    if (carry != 0) {
      out[BLOCK - 1] ^= (byte) 0x87;
    }
  }
}
