package dev.mynalab.card.applet;

import javacard.framework.ISO7816;
import javacard.framework.ISOException;
import javacard.framework.JCSystem;
import javacard.framework.Util;
import javacard.security.AESKey;
import javacard.security.KeyBuilder;
import javacard.security.RandomData;
import javacardx.crypto.Cipher;

/**
 * The on-card end of the issuer channel: mutual authentication of the issuing authority (機構 / 市区町村)
 * with the card's diversified issuer key, then MAC-protected commands.
 *
 * <p>It follows GlobalPlatform SCP03 (Card Spec v2.3 Amd D) in the parts that matter for security:
 * the KDF (NIST SP 800-108 counter mode with AES-CMAC, SCP03 §4.1.5 derivation data), the card and
 * host cryptograms, S-ENC/S-MAC session keys, a C-MAC over the MAC chaining value and the command
 * header (truncated to 8 bytes), and an encryption counter for the ICV of C-DECRYPTION. It differs
 * from SCP03 in that one diversified static key replaces the ENC/MAC/DEK key set, there is no
 * R-MAC, and only secret data (PIN values) is encrypted. After {@link #MAX_FAILURES} failed
 * authentications in a row the channel is blocked for the life of the card (6983), so that holding
 * the card is never enough to rewrite it.
 */
final class IssuerChannel {

  static final byte MAX_FAILURES = 10;
  static final short KEY_LENGTH = 16;
  static final short SERIAL_LENGTH = 16;
  static final short CHALLENGE = 8;
  static final short MAC = 8;

  private static final byte STATE_NONE = 0;
  private static final byte STATE_INITIALISED = 1;
  private static final byte STATE_AUTHENTICATED = 2;

  private static final byte LABEL_CARD_CRYPTOGRAM = 0x00;
  private static final byte LABEL_HOST_CRYPTOGRAM = 0x01;
  private static final byte LABEL_S_ENC = 0x04;
  private static final byte LABEL_S_MAC = 0x06;

  private final AESKey staticKey;
  private final AESKey sessionEnc;
  private final AESKey sessionMac;
  private final Cmac cmac = new Cmac();
  private final Cipher cbc;
  private final Cipher ecb;
  private final RandomData random;
  private final byte[] serial = new byte[SERIAL_LENGTH];
  private final byte[] work;
  private final byte[] chain;
  private final byte[] context;
  private final byte[] counter;
  private final byte[] status;
  private byte failures;

  IssuerChannel(byte[] key, short keyOff, byte[] cardSerial, short serialOff) {
    staticKey = (AESKey) KeyBuilder.buildKey(KeyBuilder.TYPE_AES, KeyBuilder.LENGTH_AES_128, false);
    staticKey.setKey(key, keyOff);
    sessionEnc =
        (AESKey)
            KeyBuilder.buildKey(
                KeyBuilder.TYPE_AES_TRANSIENT_DESELECT, KeyBuilder.LENGTH_AES_128, false);
    sessionMac =
        (AESKey)
            KeyBuilder.buildKey(
                KeyBuilder.TYPE_AES_TRANSIENT_DESELECT, KeyBuilder.LENGTH_AES_128, false);
    Util.arrayCopy(cardSerial, serialOff, serial, (short) 0, SERIAL_LENGTH);
    cbc = Cipher.getInstance(Cipher.ALG_AES_BLOCK_128_CBC_NOPAD, false);
    ecb = Cipher.getInstance(Cipher.ALG_AES_BLOCK_128_ECB_NOPAD, false);
    random = RandomData.getInstance(RandomData.ALG_SECURE_RANDOM);
    work = JCSystem.makeTransientByteArray((short) 300, JCSystem.CLEAR_ON_DESELECT);
    chain = JCSystem.makeTransientByteArray((short) 16, JCSystem.CLEAR_ON_DESELECT);
    context = JCSystem.makeTransientByteArray((short) 16, JCSystem.CLEAR_ON_DESELECT);
    counter = JCSystem.makeTransientByteArray((short) 16, JCSystem.CLEAR_ON_DESELECT);
    status = JCSystem.makeTransientByteArray((short) 1, JCSystem.CLEAR_ON_DESELECT);
  }

  boolean isAuthenticated() {
    return status[0] == STATE_AUTHENTICATED;
  }

  void close() {
    status[0] = STATE_NONE;
  }

  /**
   * INITIALIZE UPDATE {@code 80 50 00 00 08 <host challenge>}: answers key-diversification data
   * (the card serial, 16 B), key version (1 B), card challenge (8 B) and card cryptogram (8 B).
   */
  short initializeUpdate(byte[] buf, short dataOff, short lc) {
    if (failures >= MAX_FAILURES) {
      ISOException.throwIt(ISO7816.SW_FILE_INVALID);
    }
    if (lc != CHALLENGE) {
      ISOException.throwIt(ISO7816.SW_WRONG_LENGTH);
    }
    close();
    Util.arrayCopyNonAtomic(buf, dataOff, context, (short) 0, CHALLENGE);
    random.generateData(context, CHALLENGE, CHALLENGE);
    derive(staticKey, LABEL_S_ENC, (short) 128, work, (short) 64);
    sessionEnc.setKey(work, (short) 64);
    derive(staticKey, LABEL_S_MAC, (short) 128, work, (short) 64);
    sessionMac.setKey(work, (short) 64);
    Util.arrayFillNonAtomic(work, (short) 64, (short) 16, (byte) 0);
    short out = 0;
    Util.arrayCopyNonAtomic(serial, (short) 0, buf, out, SERIAL_LENGTH);
    out += SERIAL_LENGTH;
    buf[out++] = 0x01; // key version
    Util.arrayCopyNonAtomic(context, CHALLENGE, buf, out, CHALLENGE);
    out += CHALLENGE;
    derive(sessionMac, LABEL_CARD_CRYPTOGRAM, (short) 64, buf, out);
    out += CHALLENGE;
    Util.arrayFillNonAtomic(chain, (short) 0, (short) 16, (byte) 0);
    Util.arrayFillNonAtomic(counter, (short) 0, (short) 16, (byte) 0);
    status[0] = STATE_INITIALISED;
    return out;
  }

  /**
   * EXTERNAL AUTHENTICATE {@code 84 82 00 00 10 <host cryptogram 8> <C-MAC 8>}: the host proves it
   * holds the card's issuer key. A failure counts towards {@link #MAX_FAILURES}.
   */
  void externalAuthenticate(byte[] buf, short lc) {
    if (status[0] != STATE_INITIALISED) {
      ISOException.throwIt(ISO7816.SW_CONDITIONS_NOT_SATISFIED);
    }
    if (lc != (short) (CHALLENGE + MAC)) {
      close();
      ISOException.throwIt(ISO7816.SW_WRONG_LENGTH);
    }
    derive(sessionMac, LABEL_HOST_CRYPTOGRAM, (short) 64, work, (short) 64);
    boolean ok =
        Util.arrayCompare(buf, ISO7816.OFFSET_CDATA, work, (short) 64, CHALLENGE) == 0
            && checkMac(buf, lc);
    if (!ok) {
      close();
      if (failures < MAX_FAILURES) {
        failures++;
      }
      ISOException.throwIt(ISO7816.SW_SECURITY_STATUS_NOT_SATISFIED);
    }
    failures = 0;
    status[0] = STATE_AUTHENTICATED;
  }

  /**
   * Checks the C-MAC of a secured command (CLA 84) and returns the length of its plain data. A bad
   * MAC closes the channel.
   */
  short unwrap(byte[] buf, short lc) {
    if (status[0] != STATE_AUTHENTICATED) {
      ISOException.throwIt(ISO7816.SW_SECURITY_STATUS_NOT_SATISFIED);
    }
    if (lc < MAC || lc > 255 || !checkMac(buf, lc)) {
      close();
      ISOException.throwIt(ISO7816.SW_SECURITY_STATUS_NOT_SATISFIED);
    }
    return (short) (lc - MAC);
  }

  /**
   * Decrypts {@code len} bytes of C-DECRYPTION data in place (AES-CBC with S-ENC, ICV = E(S-ENC,
   * counter)) and strips the ISO 9797-1 method 2 padding; returns the plain length.
   */
  short decrypt(byte[] buf, short off, short len) {
    if (len == 0 || (short) (len % 16) != 0 || len > 64) {
      ISOException.throwIt(ISO7816.SW_WRONG_DATA);
    }
    ecb.init(sessionEnc, Cipher.MODE_ENCRYPT);
    ecb.doFinal(counter, (short) 0, (short) 16, work, (short) 0);
    cbc.init(sessionEnc, Cipher.MODE_DECRYPT, work, (short) 0, (short) 16);
    cbc.doFinal(buf, off, len, buf, off);
    short end = (short) (off + len - 1);
    while (end >= off && buf[end] == 0) {
      end--;
    }
    if (end < off || buf[end] != (byte) 0x80) {
      ISOException.throwIt(ISO7816.SW_WRONG_DATA);
    }
    return (short) (end - off);
  }

  private boolean checkMac(byte[] buf, short lc) {
    short dataLen = (short) (lc - MAC);
    // MAC input: chaining value || CLA INS P1 P2 Lc || data (without the MAC)
    Util.arrayCopyNonAtomic(chain, (short) 0, work, (short) 0, (short) 16);
    Util.arrayCopyNonAtomic(buf, (short) 0, work, (short) 16, (short) 5);
    Util.arrayCopyNonAtomic(buf, ISO7816.OFFSET_CDATA, work, (short) 21, dataLen);
    cmac.init(sessionMac);
    cmac.mac(work, (short) 0, (short) (21 + dataLen), work, (short) 280);
    short macOff = (short) (ISO7816.OFFSET_CDATA + dataLen);
    if (Util.arrayCompare(work, (short) 280, buf, macOff, MAC) != 0) {
      return false;
    }
    Util.arrayCopyNonAtomic(work, (short) 280, chain, (short) 0, (short) 16);
    incrementCounter();
    return true;
  }

  private void incrementCounter() {
    for (short i = 15; i >= 0; i--) {
      counter[i]++;
      if (counter[i] != 0) {
        return;
      }
    }
  }

  /**
   * SCP03 KDF: CMAC(key, 11×00 || label || 00 || L(2) || 01 || host challenge || card challenge).
   */
  private void derive(AESKey key, byte label, short bits, byte[] out, short outOff) {
    Util.arrayFillNonAtomic(work, (short) 0, (short) 11, (byte) 0);
    work[11] = label;
    work[12] = 0;
    Util.setShort(work, (short) 13, bits);
    work[15] = 1;
    Util.arrayCopyNonAtomic(context, (short) 0, work, (short) 16, (short) 16);
    cmac.init(key);
    cmac.mac(work, (short) 0, (short) 32, work, (short) 32);
    Util.arrayCopyNonAtomic(work, (short) 32, out, outOff, (short) (bits / 8));
  }
}
