package dev.mynalab.medical.reader;

import dev.mynalab.card.applet.Aids;
import dev.mynalab.card.client.CardClient;
import dev.mynalab.card.transport.ApduTransport;
import dev.mynalab.medical.MedicalRefusal;
import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import javax.smartcardio.ResponseAPDU;

/**
 * 顔認証付きカードリーダー (HI-01), the card side: talks to the card only through its public APDU interface
 * (card-interface.md), like any client software.
 *
 * <ul>
 *   <li>the 利用者証明用電子証明書 from the JPKI AP (EF 000A), read without a PIN;
 *   <li>the face photo from the 券面AP (EF 0002, {@code FF20 → DF27}), opened with 照合番号B — the digits
 *       printed on the card face (生年月日・有効期限の西暦・セキュリティコード) that the reader reads optically — and
 *       compared with the live capture ({@link FaceMatcher});
 *   <li>or the 4-digit PIN: VERIFY EF 0018 and a signature with the 利用者証明用 key over the service's
 *       challenge.
 * </ul>
 */
public final class FaceCardReader {

  private static final int AUTH_CERT = 0x000A;
  private static final int AUTH_KEY = 0x0017;
  private static final int AUTH_PIN = 0x0018;
  private static final int KENMEN_B = 0x0012;
  private static final int CARD_FACE = 0x0002;

  private final FaceMatcher matcher;

  public FaceCardReader(FaceMatcher matcher) {
    this.matcher = matcher;
  }

  public FaceMatcher matcher() {
    return matcher;
  }

  /** The user certificate, read without a PIN. */
  public X509Certificate userCertificate(ApduTransport card) {
    CardClient c = new CardClient(card);
    c.selectJpki();
    CardClient.Read r = c.readAll(AUTH_CERT);
    if (!r.ok() || r.data().length < 4 || (r.data()[0] & 0xFF) != 0x30) {
      throw new MedicalRefusal(
          "no-user-certificate", "HI-01", "/certificate", "the card holds no 利用者証明用電子証明書");
    }
    try {
      return (X509Certificate)
          CertificateFactory.getInstance("X.509")
              .generateCertificate(new ByteArrayInputStream(r.data()));
    } catch (GeneralSecurityException e) {
      throw new MedicalRefusal(
          "no-user-certificate", "HI-01", "/certificate", "the card's certificate does not parse");
    }
  }

  /** The face photo on the chip (券面AP), opened with the printed 照合番号B. */
  public byte[] chipPhoto(ApduTransport card, String verificationNumberB) {
    CardClient c = new CardClient(card);
    c.selectAp(Aids.KENMEN);
    int sw = c.verify(KENMEN_B, verificationNumberB);
    if (sw != 0x9000) {
      throw new MedicalRefusal(
          "face-data-unreadable",
          "HI-01",
          "/verificationNumberB",
          String.format("the card refused 照合番号B (SW %04X); confirm by PIN or visually", sw));
    }
    CardClient.Read face = c.readAll(CARD_FACE);
    return BerTlv.find(face.data(), 0xFF20, 0xDF27)
        .orElseThrow(
            () ->
                new MedicalRefusal(
                    "face-data-unreadable", "HI-01", "/card", "no photo (DF27) in the card face"));
  }

  /** Reads the chip's photo and compares it with the live {@code capture}. */
  public FaceMatcher.Match matchFace(
      ApduTransport card, String verificationNumberB, byte[] capture) {
    return matcher.compare(chipPhoto(card, verificationNumberB), capture);
  }

  /**
   * The PIN path: the card VERIFYs the PIN and signs SHA-256({@code challenge}) with the 利用者証明用
   * key.
   *
   * @throws MedicalRefusal no PIN (顔認証カード, CV-07), wrong or locked PIN (PN-01)
   */
  public byte[] signWithPin(ApduTransport card, String pin, byte[] challenge) {
    CardClient c = new CardClient(card);
    c.selectJpki();
    int tries = c.triesLeft(AUTH_PIN);
    if (tries < 0) {
      throw new MedicalRefusal(
          "no-pin", "CV-07", "/pin", "a 顔認証マイナンバーカード has no PIN: confirm by face or visually");
    }
    if (tries == 0) {
      throw new MedicalRefusal("pin-locked", "PN-01", "/pin", "the user-certificate PIN is locked");
    }
    int sw = c.verify(AUTH_PIN, pin);
    if (sw != 0x9000) {
      throw new MedicalRefusal(
          (sw & 0xFFF0) == 0x63C0 && (sw & 0x0F) > 0 ? "pin-wrong" : "pin-locked",
          "PN-01",
          "/pin",
          String.format("the card refused the PIN (SW %04X)", sw));
    }
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(challenge);
      ResponseAPDU r = c.sign(AUTH_KEY, CardClient.sha256DigestInfo(hash));
      if (r.getSW() != 0x9000) {
        throw new MedicalRefusal(
            "card-refused",
            "HI-01",
            "/signature",
            String.format("no signature (SW %04X)", r.getSW()));
      }
      return r.getData();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
