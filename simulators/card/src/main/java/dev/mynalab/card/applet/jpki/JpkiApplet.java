package dev.mynalab.card.applet.jpki;

import dev.mynalab.card.applet.ElementaryFile;
import dev.mynalab.card.applet.MynaApplet;
import dev.mynalab.card.applet.PinFile;
import javacard.framework.APDU;
import javacard.framework.ISO7816;
import javacard.framework.ISOException;
import javacard.framework.JCSystem;
import javacard.framework.Util;
import javacard.security.KeyBuilder;
import javacard.security.KeyPair;
import javacard.security.RSAPublicKey;
import javacardx.crypto.Cipher;

/**
 * 公的個人認証AP (JPKI AP, AID {@code D3 92 F0 00 26 01 00 00 00 01}), as OpenSC's {@code jpki} driver
 * and the {@code myna} client use it (card-interface.md §2.1, §4):
 *
 * <ul>
 *   <li>EF 0001 署名用証明書 (READ needs the 署名用パスワード), 0002 署名用CA証明書, 000A 利用者証明用証明書, 000B 利用者証明用CA証明書,
 *       0006 token info ({@code CK_TOKEN_INFO}, label {@code JPKIAPICCTOKEN2}), 0008 certificate
 *       availability;
 *   <li>RSA-2048 keys 0017 (利用者証明用) and 001A (署名用), generated on the card; no command ever returns
 *       a private key;
 *   <li>PIN 0018 (4 digits, 3 tries) and password 001B (6–16 of A–Z0–9 with a letter and a digit, 5
 *       tries), PN-01;
 *   <li>COMPUTE DIGITAL SIGNATURE {@code 80 2A 00 80 Lc <DigestInfo> 00}: PKCS#1 v1.5 type-01
 *       padding done by the card.
 * </ul>
 */
public final class JpkiApplet extends MynaApplet {

  static final short EF_SIGN_CERT = 0x0001;
  static final short EF_SIGN_CA = 0x0002;
  static final short EF_TOKEN_INFO = 0x0006;
  static final short EF_AVAILABILITY = 0x0008;
  static final short EF_AUTH_CERT = 0x000A;
  static final short EF_AUTH_CA = 0x000B;
  static final short KEY_AUTH = 0x0017;
  static final short PIN_AUTH = 0x0018;
  static final short KEY_SIGN = 0x001A;
  static final short PIN_SIGN = 0x001B;

  /** The largest payload PKCS#1 v1.5 type 01 can carry with a 2048-bit modulus (k − 11). */
  static final short MAX_SIGN_INPUT = 245;

  private final short authPin;
  private final short signPin;
  private final KeyPair[] keys = new KeyPair[2];
  private final boolean[] generated = new boolean[2];
  private final Cipher rsa;
  private final byte[] scratch;
  private final ElementaryFile signCert;
  private final ElementaryFile authCert;
  private final ElementaryFile availability;

  private JpkiApplet(byte[] params, short off, byte len) {
    super(params, off, len, (byte) 6, (byte) 2);
    authPin = addPin(PIN_AUTH, (byte) 3, (byte) 4, (byte) 4, PinFile.FORMAT_DIGITS, true);
    signPin = addPin(PIN_SIGN, (byte) 5, (byte) 6, (byte) 16, PinFile.FORMAT_SIGN_PASSWORD, true);
    signCert =
        addFile(EF_SIGN_CERT, (short) 2560, signPin, ElementaryFile.UPDATABLE_AFTER_ISSUANCE);
    addFile(EF_SIGN_CA, (short) 2048, (short) 0, ElementaryFile.UPDATABLE_AFTER_ISSUANCE);
    authCert =
        addFile(EF_AUTH_CERT, (short) 2560, (short) 0, ElementaryFile.UPDATABLE_AFTER_ISSUANCE);
    addFile(EF_AUTH_CA, (short) 2048, (short) 0, ElementaryFile.UPDATABLE_AFTER_ISSUANCE);
    ElementaryFile tokenInfo = addFile(EF_TOKEN_INFO, (short) 160, (short) 0, (byte) 0);
    setContent(tokenInfo, TokenInfo.build(serial), (short) 0, (short) 160);
    availability = addFile(EF_AVAILABILITY, (short) 3, (short) 0, (byte) 0);
    keys[0] = new KeyPair(KeyPair.ALG_RSA_CRT, KeyBuilder.LENGTH_RSA_2048);
    keys[1] = new KeyPair(KeyPair.ALG_RSA_CRT, KeyBuilder.LENGTH_RSA_2048);
    rsa = Cipher.getInstance(Cipher.ALG_RSA_PKCS1, false);
    scratch = JCSystem.makeTransientByteArray((short) 256, JCSystem.CLEAR_ON_DESELECT);
    updateAvailability();
  }

  public static void install(byte[] params, short off, byte len) {
    new JpkiApplet(params, off, len);
  }

  @Override
  protected short keyIndex(short fid) {
    if (fid == KEY_AUTH) {
      return 0;
    }
    return fid == KEY_SIGN ? (short) 1 : (short) -1;
  }

  @Override
  protected boolean keyReplaceableAfterIssuance(short keyIndex) {
    // 署名用: new key at 転入/氏名変更 (the certificate is revoked); both at renewal
    return true;
  }

  @Override
  protected short generateKeyPair(short keyIndex, byte[] out, short outOff) {
    keys[keyIndex].genKeyPair();
    generated[keyIndex] = true;
    RSAPublicKey pub = (RSAPublicKey) keys[keyIndex].getPublic();
    // 7F49 82 01 09 { 81 82 01 00 <n> 82 03 <e> } (ISO 7816-8 public key data objects)
    short p = outOff;
    out[p++] = 0x7F;
    out[p++] = 0x49;
    out[p++] = (byte) 0x82;
    short lenPos = p;
    p += 2;
    short body = p;
    out[p++] = (byte) 0x81;
    out[p++] = (byte) 0x82;
    short nLen = pub.getModulus(scratch, (short) 0);
    Util.setShort(out, p, nLen);
    p += 2;
    p = Util.arrayCopyNonAtomic(scratch, (short) 0, out, p, nLen);
    out[p++] = (byte) 0x82;
    short eLen = pub.getExponent(scratch, (short) 0);
    out[p++] = (byte) eLen;
    p = Util.arrayCopyNonAtomic(scratch, (short) 0, out, p, eLen);
    Util.setShort(out, lenPos, (short) (p - body));
    return (short) (p - outOff);
  }

  @Override
  protected void fileChanged(ElementaryFile file) {
    updateAvailability();
  }

  /**
   * EF 0008: {@code 8F} per certificate present (byte 0 署名用, byte 1 利用者証明用), card-interface §2.1.
   */
  private void updateAvailability() {
    scratch[0] = length(signCert) > 0 ? (byte) 0x8F : 0x00;
    scratch[1] = length(authCert) > 0 ? (byte) 0x8F : 0x00;
    scratch[2] = 0x00;
    setContent(availability, scratch, (short) 0, (short) 3);
  }

  /**
   * Simulator instrumentation, unreachable by any APDU: the private CRT components of key {@code
   * keyIndex} (p‖q‖dp‖dq‖qinv), so that tests can assert no response ever contains them.
   */
  public byte[] privateKeyMaterialForLeakTests(short keyIndex) {
    if (!generated[keyIndex]) {
      return new byte[0];
    }
    javacard.security.RSAPrivateCrtKey k =
        (javacard.security.RSAPrivateCrtKey) keys[keyIndex].getPrivate();
    byte[] out = new byte[5 * 128];
    short p = 0;
    p += k.getP(out, p);
    p += k.getQ(out, p);
    p += k.getDP1(out, p);
    p += k.getDQ1(out, p);
    p += k.getPQ(out, p);
    byte[] exact = new byte[p];
    Util.arrayCopy(out, (short) 0, exact, (short) 0, p);
    return exact;
  }

  @Override
  protected void processProprietary(APDU apdu, byte[] buf, short lc) {
    if (buf[ISO7816.OFFSET_INS] != 0x2A) {
      ISOException.throwIt(ISO7816.SW_INS_NOT_SUPPORTED);
    }
    computeDigitalSignature(apdu, buf, lc);
  }

  /**
   * COMPUTE DIGITAL SIGNATURE {@code 80 2A 00 80}: the selected key EF (or P2 = 80|SFI 97/9A) signs
   * 1–245 bytes (normally a DER DigestInfo) with PKCS#1 v1.5 type-01 padding.
   */
  private void computeDigitalSignature(APDU apdu, byte[] buf, short lc) {
    if (buf[ISO7816.OFFSET_P1] != 0x00) {
      ISOException.throwIt(ISO7816.SW_INCORRECT_P1P2);
    }
    byte p2 = buf[ISO7816.OFFSET_P2];
    short k;
    if (p2 == (byte) 0x80) {
      k = selectedKey();
      if (k < 0) {
        ISOException.throwIt(
            selectedSomething() ? SW_INCOMPATIBLE_FILE : ISO7816.SW_COMMAND_NOT_ALLOWED);
      }
    } else if (p2 == (byte) (0x80 | KEY_AUTH) || p2 == (byte) (0x80 | KEY_SIGN)) {
      k = keyIndex((short) (p2 & 0x1F));
    } else {
      ISOException.throwIt(ISO7816.SW_INCORRECT_P1P2);
      return;
    }
    if (!operational() || !generated[k]) {
      ISOException.throwIt(ISO7816.SW_CONDITIONS_NOT_SATISFIED);
    }
    if (!verified(k == 0 ? authPin : signPin)) {
      ISOException.throwIt(ISO7816.SW_SECURITY_STATUS_NOT_SATISFIED);
    }
    if (lc < 1 || lc > MAX_SIGN_INPUT) {
      ISOException.throwIt(ISO7816.SW_WRONG_LENGTH);
    }
    rsa.init(keys[k].getPrivate(), Cipher.MODE_ENCRYPT);
    short n = rsa.doFinal(buf, ISO7816.OFFSET_CDATA, lc, scratch, (short) 0);
    send(apdu, scratch, (short) 0, n);
  }
}
