package dev.mynalab.card.personalisation;

import dev.mynalab.card.applet.Aids;
import dev.mynalab.card.journal.ApduNames;
import dev.mynalab.card.transport.ApduTransport;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.security.spec.RSAPublicKeySpec;
import java.util.Arrays;
import javax.smartcardio.CardException;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.ResponseAPDU;

/**
 * One issuer conversation with one card, over any {@link ApduTransport}: personalisation (generate
 * keys, write certificates and holder data, set PINs, lock) and the post-issuance updates a
 * municipality makes (new address, new signing key, PIN reset). Every write goes through the issuer
 * channel of the AP it touches (mutual authentication with the card's diversified key, then C-MAC'd
 * commands; see {@code applet.IssuerChannel}).
 *
 * <p>Not thread-safe: one session drives one card at a time.
 */
public final class IssuerSession {

  private static final int CHUNK = 240;

  private final ApduTransport card;
  private final IssuerKeys keys;
  private final CardDataEncoder encoder;
  private final SecureRandom random;
  private byte[] currentAid;
  private HostSecureChannel channel;
  private String serial;

  IssuerSession(ApduTransport card, IssuerKeys keys, CardDataEncoder encoder, SecureRandom random) {
    this.card = card;
    this.keys = keys;
    this.encoder = encoder;
    this.random = random;
  }

  /** The card's serial as it announced it in INITIALIZE UPDATE (null before the first). */
  public String cardSerial() {
    return serial;
  }

  // ------------------------------------------------------------------ personalisation

  /** Generates an RSA-2048 key pair on the card and returns its public half. */
  public PublicKey generateKeyPair(KeyPurpose purpose) {
    authenticate(Aids.JPKI);
    byte[] tlv = secured(0x46, 0x00, purpose.keyFid(), new byte[0], true);
    return parsePublicKey(tlv);
  }

  /** Writes a DER certificate into its EF of the JPKI AP. */
  public void writeCertificate(CertificateSlot slot, X509Certificate certificate) {
    try {
      authenticate(Aids.JPKI);
      writeFile(slot.fid(), certificate.getEncoded());
    } catch (CertificateEncodingException e) {
      throw new IllegalArgumentException("certificate cannot be encoded", e);
    }
  }

  /**
   * Writes the holder's data into the 券面事項入力補助AP (EF 0001–0003) and the 券面AP (EF 0001–0003, 0005),
   * and sets the 照合番号A/B and the 生年月日 key derived from it.
   */
  public void writeHolderData(HolderData holder) {
    byte[] ef1 = CardDataEncoder.myNumberFile(holder.myNumber());
    byte[] ef2 = CardDataEncoder.basicFourFile(holder);
    authenticate(Aids.NYURYOKU_HOJO);
    writeFile(0x0001, ef1);
    writeFile(0x0002, ef2);
    writeFile(0x0003, encoder.integrityFile(ef1, ef2));
    setSecret(SecretRef.TEXT_A, holder.verificationNumberA());
    setSecret(SecretRef.TEXT_B, holder.verificationNumberB());
    authenticate(Aids.KENMEN);
    writeFile(0x0001, encoder.kenmenBirthFile(holder));
    writeFile(0x0002, encoder.cardFaceFile(holder));
    writeFile(0x0003, encoder.kenmenInfoFile(holder));
    writeFile(0x0005, encoder.myNumberImageFile(holder));
    setSecret(SecretRef.KENMEN_A, holder.verificationNumberA());
    setSecret(SecretRef.KENMEN_B, holder.verificationNumberB());
    setSecret(SecretRef.KENMEN_DOB, holder.eraBirthDate());
  }

  /** Sets the four PINs the holder chose (PN-01). */
  public void setPins(Pins pins) {
    setSecret(SecretRef.AUTH_PIN, pins.authPin());
    setSecret(SecretRef.SIGN_PASSWORD, pins.signPassword());
    setSecret(SecretRef.TEXT_PIN, pins.textPin());
    setSecret(SecretRef.JUKI_PIN, pins.jukiPin());
  }

  /**
   * The one-way switch into the operational state (SET STATUS {@code 84 F0 00 0F}) for every AP:
   * afterwards personalisation commands are refused (6985) and only the post-issuance updates
   * remain.
   */
  public void lock() {
    for (byte[] aid : new byte[][] {Aids.JPKI, Aids.NYURYOKU_HOJO, Aids.KENMEN, Aids.JUKI}) {
      authenticate(aid);
      secured(0xF0, 0x00, 0x0F, new byte[0], false);
    }
  }

  // ------------------------------------------------------------------ post-issuance updates

  /**
   * 転居・転入: the new address into the 券面事項入力補助AP (EF 0002 and its integrity record 0003), after the
   * holder entered the 住基 PIN at the counter (MV-01, MV-05). The card face (券面AP) keeps the printed
   * address; the new one goes to the 追記欄 on the plastic.
   *
   * @throws IssuerException when the 住基 PIN is wrong (SW 63Cx) or blocked (6984)
   */
  public void updateAddress(HolderData updated, String jukiPin) {
    Pins.requireFourDigits("jukiPin", jukiPin);
    selectAp(Aids.JUKI);
    command(new CommandAPDU(0x00, 0xA4, 0x02, 0x0C, new byte[] {0x00, 0x1C}), "SELECT EF 001C");
    command(
        new CommandAPDU(0x00, 0x20, 0x00, 0x80, jukiPin.getBytes(StandardCharsets.US_ASCII)),
        "VERIFY 住基 PIN");
    byte[] ef1 = CardDataEncoder.myNumberFile(updated.myNumber());
    byte[] ef2 = CardDataEncoder.basicFourFile(updated);
    authenticate(Aids.NYURYOKU_HOJO);
    writeFile(0x0002, ef2);
    writeFile(0x0003, encoder.integrityFile(ef1, ef2));
  }

  /**
   * Rewrites 入力補助AP EF 0002 without the holder's 住基 PIN: exists only so that tests can show that
   * the card itself refuses it (6982).
   */
  void rewriteAddressWithoutHolder(HolderData updated) {
    authenticate(Aids.NYURYOKU_HOJO);
    writeFile(0x0002, CardDataEncoder.basicFourFile(updated));
  }

  /**
   * A new 署名用 key pair (the old certificate was revoked by the address change, EC-04): erases the
   * signing certificate and generates the new key. Write the new certificate next.
   */
  public PublicKey replaceSigningKey() {
    authenticate(Aids.JPKI);
    selectEf(CertificateSlot.SIGNING.fid());
    secured(0x0E, 0x00, 0x00, new byte[0], false);
    return generateKeyPair(KeyPurpose.SIGNING);
  }

  /** Resets a blocked or forgotten secret to a new value and a full retry counter (PN-02). */
  public void resetPin(SecretRef which, String newValue) {
    setSecret(which, newValue);
  }

  // ------------------------------------------------------------------ plumbing

  private void setSecret(SecretRef ref, String value) {
    authenticate(ref.aid());
    byte[] plain = value.getBytes(StandardCharsets.US_ASCII);
    byte[] encrypted = channel.encryptForNext(plain);
    Arrays.fill(plain, (byte) 0);
    secured(0x24, 0x00, ref.fid(), encrypted, false);
  }

  private void writeFile(int fid, byte[] content) {
    selectEf(fid);
    secured(0x0E, 0x00, 0x00, new byte[0], false);
    for (int off = 0; off < content.length; off += CHUNK) {
      byte[] part = Arrays.copyOfRange(content, off, Math.min(content.length, off + CHUNK));
      secured(0xD6, off >> 8, off & 0xFF, part, false);
    }
  }

  private void selectEf(int fid) {
    command(
        new CommandAPDU(0x00, 0xA4, 0x02, 0x0C, new byte[] {(byte) (fid >> 8), (byte) fid}),
        String.format("SELECT EF %04X", fid));
  }

  private void selectAp(byte[] aid) {
    command(new CommandAPDU(0x00, 0xA4, 0x04, 0x0C, aid), "SELECT AP");
    currentAid = aid;
    channel = null;
  }

  /** Selects the AP and runs INITIALIZE UPDATE / EXTERNAL AUTHENTICATE, unless already open. */
  private void authenticate(byte[] aid) {
    if (channel != null && Arrays.equals(aid, currentAid)) {
      return;
    }
    selectAp(aid);
    byte[] hostChallenge = HostSecureChannel.challenge(random);
    byte[] r = command(new CommandAPDU(0x80, 0x50, 0x00, 0x00, hostChallenge, 256), "INIT UPDATE");
    if (r.length != 33) {
      throw new IssuerException("INITIALIZE UPDATE answered " + r.length + " bytes, not 33", 0);
    }
    byte[] cardSerial = Arrays.copyOfRange(r, 0, 16);
    serial = new String(cardSerial, StandardCharsets.US_ASCII);
    HostSecureChannel c = new HostSecureChannel();
    byte[] hostCryptogram =
        c.open(
            keys.cardKey(cardSerial),
            hostChallenge,
            Arrays.copyOfRange(r, 17, 25),
            Arrays.copyOfRange(r, 25, 33));
    channel = c;
    secured(0x82, 0x00, 0x00, hostCryptogram, false);
  }

  private byte[] secured(int ins, int p1, int p2, byte[] data, boolean expectResponse) {
    byte[] wrapped = channel.wrap(0x84, ins, p1, p2, data);
    CommandAPDU c =
        expectResponse
            ? new CommandAPDU(0x84, ins, p1, p2, wrapped, 256)
            : new CommandAPDU(0x84, ins, p1, p2, wrapped);
    return command(c, ApduNames.instruction(c.getBytes()));
  }

  /** Sends one command, follows 61xx with GET RESPONSE, and insists on 9000. */
  private byte[] command(CommandAPDU c, String what) {
    try {
      ResponseAPDU r = card.transmit(c);
      ByteArrayOutputStream data = new ByteArrayOutputStream();
      data.writeBytes(r.getData());
      while (r.getSW1() == 0x61) {
        int le = r.getSW2() == 0 ? 256 : r.getSW2();
        r = card.transmit(new CommandAPDU(0x00, 0xC0, 0x00, 0x00, le));
        data.writeBytes(r.getData());
      }
      if (r.getSW() != 0x9000) {
        if (c.getCLA() == 0x84) {
          channel = null; // the card closes the channel on a refused secured command
        }
        throw new IssuerException(
            what
                + " refused by the card: "
                + String.format("%04X", r.getSW())
                + " "
                + ApduNames.statusWord(r.getSW()),
            r.getSW());
      }
      return data.toByteArray();
    } catch (CardException e) {
      throw new IssuerException(what + " failed on " + card.name() + ": " + e.getMessage(), 0);
    }
  }

  /** {@code 7F49 { 81 modulus, 82 exponent }} → an RSA public key. */
  static PublicKey parsePublicKey(byte[] tlv) {
    try {
      if (tlv.length < 10 || (tlv[0] & 0xFF) != 0x7F || (tlv[1] & 0xFF) != 0x49) {
        throw new IssuerException("the card's public key is not a 7F49 object", 0);
      }
      int p = 2;
      p += (tlv[p] & 0xFF) == 0x82 ? 3 : (tlv[p] & 0xFF) == 0x81 ? 2 : 1;
      BigInteger n = null;
      BigInteger e = null;
      while (p < tlv.length) {
        int tag = tlv[p++] & 0xFF;
        int len = tlv[p++] & 0xFF;
        if (len == 0x81) {
          len = tlv[p++] & 0xFF;
        } else if (len == 0x82) {
          len = ((tlv[p] & 0xFF) << 8) | (tlv[p + 1] & 0xFF);
          p += 2;
        }
        BigInteger v = new BigInteger(1, Arrays.copyOfRange(tlv, p, p + len));
        p += len;
        if (tag == 0x81) {
          n = v;
        } else if (tag == 0x82) {
          e = v;
        }
      }
      if (n == null || e == null) {
        throw new IssuerException("the card's public key lacks modulus or exponent", 0);
      }
      return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(n, e));
    } catch (GeneralSecurityException ex) {
      throw new IssuerException("the card's public key is not a valid RSA key", 0);
    }
  }
}
