package dev.mynalab.card.personalisation;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;

/**
 * Encodes the holder's data into the EF contents of the 券面事項入力補助AP and the 券面AP, byte for byte as
 * card-interface.md §2.2, §2.3 and §6 describe the real card (MC test-card layout).
 */
public final class CardDataEncoder {

  private final CardDataSigner signer;

  public CardDataEncoder(CardDataSigner signer) {
    this.signer = signer;
  }

  /** 入力補助AP EF 0001: {@code FF 10 0C <12 ASCII digits> FF FF} (17 bytes). */
  public static byte[] myNumberFile(String myNumber) {
    byte[] out = new byte[17];
    out[0] = (byte) 0xFF;
    out[1] = 0x10;
    out[2] = 0x0C;
    System.arraycopy(myNumber.getBytes(StandardCharsets.US_ASCII), 0, out, 3, 12);
    out[15] = (byte) 0xFF;
    out[16] = (byte) 0xFF;
    return out;
  }

  /**
   * 入力補助AP EF 0002: {@code FF20 { DF21 offsets, DF22 氏名, DF23 住所, DF24 YYYYMMDD, DF25 性別 }}; DF21
   * holds the absolute file offsets of the DF22..DF25 tags.
   */
  public static byte[] basicFourFile(HolderData h) {
    byte[] name = Tlv.of(0xDF22, h.name().getBytes(StandardCharsets.UTF_8));
    byte[] address = Tlv.of(0xDF23, h.address().getBytes(StandardCharsets.UTF_8));
    byte[] dob = Tlv.of(0xDF24, h.birthYyyymmdd().getBytes(StandardCharsets.US_ASCII));
    byte[] sex = Tlv.of(0xDF25, new byte[] {(byte) ('0' + h.sex())});
    int bodyLen = 11 + name.length + address.length + dob.length + sex.length;
    int header = Tlv.of(0xFF20, new byte[bodyLen]).length - bodyLen;
    int o22 = header + 11;
    int o23 = o22 + name.length;
    int o24 = o23 + address.length;
    int o25 = o24 + dob.length;
    byte[] offsets = {
      (byte) (o22 >> 8), (byte) o22, (byte) (o23 >> 8), (byte) o23,
      (byte) (o24 >> 8), (byte) o24, (byte) (o25 >> 8), (byte) o25
    };
    return Tlv.of(0xFF20, Tlv.concat(Tlv.of(0xDF21, offsets), name, address, dob, sex));
  }

  /**
   * 入力補助AP EF 0003: {@code FF 30 82 01 4B { DF31 SHA-256(EF0001), DF32 SHA-256(EF0002 from DF22),
   * DF33 RSA-2048 signature over DF31‖DF32 values }} (336 bytes).
   */
  public byte[] integrityFile(byte[] myNumberFile, byte[] basicFourFile) {
    int from = offsetOfDf22(basicFourFile);
    byte[] h1 = sha256(myNumberFile);
    byte[] h2 = sha256(Arrays.copyOfRange(basicFourFile, from, basicFourFile.length));
    byte[] sig = signer.sign(h1, h2);
    return Tlv.of(0xFF30, Tlv.concat(Tlv.of(0xDF31, h1), Tlv.of(0xDF32, h2), Tlv.of(0xDF33, sig)));
  }

  static int offsetOfDf22(byte[] ef0002) {
    // FF20 <len> DF21 08 <hi lo>...: the first offset is DF22's
    int p = 2;
    int l = ef0002[p] & 0xFF;
    p += l == 0x81 ? 2 : l == 0x82 ? 3 : 1;
    return ((ef0002[p + 3] & 0xFF) << 8) | (ef0002[p + 4] & 0xFF);
  }

  /** 券面AP EF 0001: {@code FF10 { DF11 YYYYMMDD, DF12 public key, DF13 signature }}. */
  public byte[] kenmenBirthFile(HolderData h) {
    byte[] dob = Tlv.of(0xDF11, h.birthYyyymmdd().getBytes(StandardCharsets.US_ASCII));
    byte[] key = Tlv.of(0xDF12, publicKeyTlv(signer.publicKey()));
    return Tlv.of(0xFF10, Tlv.concat(dob, key, Tlv.of(0xDF13, signer.sign(dob, key))));
  }

  /**
   * 券面AP EF 0002, the card face: {@code FF20 { DF21 offsets, DF22 DOB, DF23 sex, DF24 public key,
   * DF25 name image, DF26 address image, DF27 photo, DF28 signature over three SHA-256 hashes
   * (DF22–DF24, DF25–DF26, DF27), DF29 expiry, DF2A security-code image }}. A card without a face
   * photo (CV-05) keeps DF27 with an empty value, so the offsets and the signed hashes keep their
   * shape; how the real photo-less card encodes the absence is not public (an inference).
   */
  public byte[] cardFaceFile(HolderData h) {
    byte[] d22 = Tlv.of(0xDF22, h.birthYyyymmdd().getBytes(StandardCharsets.US_ASCII));
    byte[] d23 = Tlv.of(0xDF23, new byte[] {(byte) ('0' + h.sex())});
    byte[] d24 = Tlv.of(0xDF24, publicKeyTlv(signer.publicKey()));
    byte[] d25 = Tlv.of(0xDF25, SyntheticImages.textImage(h.name(), 96, 16));
    byte[] d26 = Tlv.of(0xDF26, SyntheticImages.textImage(h.address(), 160, 24));
    byte[] d27 =
        Tlv.of(
            0xDF27,
            h.facePhoto() ? SyntheticImages.face(h.name() + h.birthYyyymmdd()) : new byte[0]);
    byte[] sig =
        signer.sign(sha256(Tlv.concat(d22, d23, d24)), sha256(Tlv.concat(d25, d26)), sha256(d27));
    byte[] d28 = Tlv.of(0xDF28, sig);
    byte[] d29 = Tlv.of(0xDF29, h.expiryYyyymmdd().getBytes(StandardCharsets.US_ASCII));
    byte[] d2a = Tlv.of(0xDF2A, SyntheticImages.textImage(h.securityCode(), 24, 12));
    byte[][] items = {d22, d23, d24, d25, d26, d27, d28, d29, d2a};
    int offsetsLen = 3 + 2 * items.length;
    int body = offsetsLen;
    for (byte[] i : items) {
      body += i.length;
    }
    int header = Tlv.of(0xFF20, new byte[body]).length - body;
    byte[] offsets = new byte[2 * items.length];
    int at = header + offsetsLen;
    for (int i = 0; i < items.length; i++) {
      offsets[2 * i] = (byte) (at >> 8);
      offsets[2 * i + 1] = (byte) at;
      at += items[i].length;
    }
    return Tlv.of(
        0xFF20, Tlv.concat(Tlv.of(0xDF21, offsets), d22, d23, d24, d25, d26, d27, d28, d29, d2a));
  }

  /** 券面AP EF 0003: {@code FF30 { DF31 06030E01, DF32 key ID, DF33 version, DF34 municipality }}. */
  public byte[] kenmenInfoFile(HolderData h) {
    byte[] keyId = Arrays.copyOf(sha256(signer.publicKey().getEncoded()), 16);
    return Tlv.of(
        0xFF30,
        Tlv.concat(
            Tlv.of(0xDF31, new byte[] {0x06, 0x03, 0x0E, 0x01}),
            Tlv.of(0xDF32, keyId),
            Tlv.of(0xDF33, new byte[] {0x01}),
            Tlv.of(0xDF34, h.municipalityCode().getBytes(StandardCharsets.US_ASCII))));
  }

  /** 券面AP EF 0005: {@code FF40 { DF41 個人番号 image, DF42 public key, DF43 signature }}. */
  public byte[] myNumberImageFile(HolderData h) {
    byte[] img = Tlv.of(0xDF41, SyntheticImages.textImage(h.myNumber(), 72, 12));
    byte[] key = Tlv.of(0xDF42, publicKeyTlv(signer.publicKey()));
    return Tlv.of(0xFF40, Tlv.concat(img, key, Tlv.of(0xDF43, signer.sign(img, key))));
  }

  static byte[] publicKeyTlv(RSAPublicKey key) {
    return Tlv.concat(
        Tlv.of(0x90, unsigned(key.getPublicExponent())), Tlv.of(0x91, unsigned(key.getModulus())));
  }

  private static byte[] unsigned(BigInteger v) {
    byte[] b = v.toByteArray();
    return b[0] == 0 && b.length > 1 ? Arrays.copyOfRange(b, 1, b.length) : b;
  }

  static byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
