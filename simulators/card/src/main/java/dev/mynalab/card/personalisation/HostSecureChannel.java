package dev.mynalab.card.personalisation;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.macs.CMac;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * The host end of the issuer channel (the card end is {@code applet.IssuerChannel}, whose Javadoc
 * describes the protocol: SCP03 KDF, cryptograms, C-MAC with chaining, C-DECRYPTION of secrets).
 */
final class HostSecureChannel {

  private byte[] sMac;
  private byte[] sEnc;
  private byte[] chain = new byte[16];
  private final byte[] counter = new byte[16];

  /** Derives the session keys and checks the card cryptogram; returns the host cryptogram. */
  byte[] open(byte[] cardKey, byte[] hostChallenge, byte[] cardChallenge, byte[] cardCryptogram) {
    byte[] context = concat(hostChallenge, cardChallenge);
    sEnc = derive(cardKey, (byte) 0x04, 128, context);
    sMac = derive(cardKey, (byte) 0x06, 128, context);
    byte[] expected = derive(sMac, (byte) 0x00, 64, context);
    if (!MessageDigest.isEqual(expected, cardCryptogram)) {
      throw new IssuerException(
          "the card's cryptogram is wrong: this card does not hold our issuer key", 0);
    }
    Arrays.fill(chain, (byte) 0);
    Arrays.fill(counter, (byte) 0);
    return derive(sMac, (byte) 0x01, 64, context);
  }

  static byte[] challenge(SecureRandom random) {
    byte[] c = new byte[8];
    random.nextBytes(c);
    return c;
  }

  /** Appends the C-MAC to {@code cla ins p1 p2 data} and returns the full APDU data field. */
  byte[] wrap(int cla, int ins, int p1, int p2, byte[] data) {
    int lc = data.length + 8;
    if (lc > 255) {
      throw new IllegalArgumentException("secured command data too long: " + data.length);
    }
    byte[] input = new byte[16 + 5 + data.length];
    System.arraycopy(chain, 0, input, 0, 16);
    input[16] = (byte) cla;
    input[17] = (byte) ins;
    input[18] = (byte) p1;
    input[19] = (byte) p2;
    input[20] = (byte) lc;
    System.arraycopy(data, 0, input, 21, data.length);
    chain = cmac(sMac, input);
    increment();
    return concat(data, Arrays.copyOf(chain, 8));
  }

  /**
   * Encrypts a secret for the <em>next</em> wrapped command (ICV = E(S-ENC, counter + 1), since the
   * card increments its counter when it checks that command's MAC).
   */
  byte[] encryptForNext(byte[] secret) {
    try {
      int padded = (secret.length / 16 + 1) * 16;
      byte[] block = Arrays.copyOf(secret, padded);
      block[secret.length] = (byte) 0x80;
      byte[] next = counter.clone();
      for (int i = 15; i >= 0; i--) {
        if (++next[i] != 0) {
          break;
        }
      }
      Cipher ecb = Cipher.getInstance("AES/ECB/NoPadding");
      ecb.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(sEnc, "AES"));
      byte[] icv = ecb.doFinal(next);
      Cipher cbc = Cipher.getInstance("AES/CBC/NoPadding");
      cbc.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(sEnc, "AES"), new IvParameterSpec(icv));
      byte[] out = cbc.doFinal(block);
      Arrays.fill(block, (byte) 0);
      return out;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES is required by the Java platform", e);
    }
  }

  private void increment() {
    for (int i = 15; i >= 0; i--) {
      if (++counter[i] != 0) {
        return;
      }
    }
  }

  static byte[] derive(byte[] key, byte label, int bits, byte[] context) {
    byte[] input = new byte[32];
    input[11] = label;
    input[13] = (byte) (bits >> 8);
    input[14] = (byte) bits;
    input[15] = 1;
    System.arraycopy(context, 0, input, 16, 16);
    return Arrays.copyOf(cmac(key, input), bits / 8);
  }

  static byte[] cmac(byte[] key, byte[] input) {
    CMac mac = new CMac(AESEngine.newInstance());
    mac.init(new KeyParameter(key));
    mac.update(input, 0, input.length);
    byte[] out = new byte[16];
    mac.doFinal(out, 0);
    return out;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] r = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, r, a.length, b.length);
    return r;
  }
}
