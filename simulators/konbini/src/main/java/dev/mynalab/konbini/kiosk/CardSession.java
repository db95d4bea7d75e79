package dev.mynalab.konbini.kiosk;

import dev.mynalab.card.client.CardClient;
import dev.mynalab.card.transport.ApduTransport;
import dev.mynalab.konbini.KonbiniRefusal;
import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import javax.smartcardio.ResponseAPDU;

/**
 * What a kiosk (or the PIN-reset flow) does with the card in its reader, through the public APDU
 * interface only (card-interface.md §2.1 JPKI AP): read the 利用者証明用電子証明書 (EF 000A, free), VERIFY a
 * PIN (EF 0018 user PIN, EF 001B signing password), sign a digest with the 利用者証明用 key (EF 0017).
 * Card answers become refusals in the kiosk's words (PN-01 wrong / locked, CV-07 no PIN).
 */
public final class CardSession {

  static final int AUTH_CERT = 0x000A;
  static final int AUTH_KEY = 0x0017;
  public static final int AUTH_PIN = 0x0018;
  public static final int SIGN_PASSWORD = 0x001B;

  private final CardClient client;

  public CardSession(ApduTransport transport) {
    this.client = new CardClient(transport);
  }

  /** The user certificate, read without a PIN; refused when the card holds none. */
  public X509Certificate userCertificate() {
    client.selectJpki();
    CardClient.Read r = client.readAll(AUTH_CERT);
    if (!r.ok() || r.data().length == 0 || (r.data()[0] & 0xFF) != 0x30) {
      throw KonbiniRefusal.refused(
          "no-user-certificate",
          "EC-01",
          "/certificate",
          "the card holds no 利用者証明用電子証明書 (SW " + Integer.toHexString(r.sw()) + ")");
    }
    try {
      return (X509Certificate)
          CertificateFactory.getInstance("X.509")
              .generateCertificate(new ByteArrayInputStream(trimDer(r.data())));
    } catch (GeneralSecurityException e) {
      throw KonbiniRefusal.refused(
          "no-user-certificate", "EC-01", "/certificate", "the card's certificate does not parse");
    }
  }

  /**
   * VERIFY {@code pinFid} with {@code value}; refused in the kiosk's words when the card says no.
   *
   * @param what the PIN's name for the message
   */
  public void verify(int pinFid, String value, String what) {
    client.selectJpki();
    int tries = client.triesLeft(pinFid);
    if (tries < 0) {
      // VERIFY without data answers 6984 only for a secret that was never set (顔認証カード, CV-07)
      throw KonbiniRefusal.refused(
          "no-pin",
          "CV-07",
          "/pin",
          "the card has no " + what + " (顔認証マイナンバーカード): PIN-based services are not available");
    }
    if (tries == 0) {
      throw KonbiniRefusal.refused(
          "pin-locked", "PN-01", "/pin", "the " + what + " is locked; reset it first (PN-02)");
    }
    int sw = client.verify(pinFid, value);
    if (sw == 0x9000) {
      return;
    }
    if ((sw & 0xFFF0) == 0x63C0) {
      int left = sw & 0x0F;
      throw left == 0
          ? KonbiniRefusal.refused(
              "pin-locked", "PN-01", "/pin", "wrong " + what + "; it is now locked")
          : KonbiniRefusal.refused(
              "pin-wrong", "PN-01", "/pin", "wrong " + what + "; " + left + " tries left");
    }
    throw KonbiniRefusal.refused(
        "pin-locked", "PN-01", "/pin", "the card refused the " + what + " (SW " + hex(sw) + ")");
  }

  /** Signs SHA-256({@code message}) with the 利用者証明用 key (a PIN must have been verified). */
  public byte[] signWithUserKey(byte[] message) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(message);
      ResponseAPDU r = client.sign(AUTH_KEY, CardClient.sha256DigestInfo(hash));
      if (r.getSW() != 0x9000) {
        throw KonbiniRefusal.refused(
            "card-refused",
            "CS-01",
            "/signature",
            "the card did not sign (SW " + hex(r.getSW()) + ")");
      }
      return r.getData();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 missing", e);
    }
  }

  private static String hex(int sw) {
    return String.format("%04X", sw);
  }

  /** EFs are allocated larger than the certificate: keep the DER SEQUENCE only. */
  static byte[] trimDer(byte[] data) {
    int len;
    int header;
    int b = data[1] & 0xFF;
    if (b < 0x80) {
      len = b;
      header = 2;
    } else {
      int n = b & 0x7F;
      len = 0;
      for (int i = 0; i < n; i++) {
        len = (len << 8) | (data[2 + i] & 0xFF);
      }
      header = 2 + n;
    }
    int total = Math.min(data.length, header + len);
    byte[] out = new byte[total];
    System.arraycopy(data, 0, out, 0, total);
    return out;
  }
}
