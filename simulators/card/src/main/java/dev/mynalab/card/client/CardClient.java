package dev.mynalab.card.client;

import dev.mynalab.card.applet.Aids;
import dev.mynalab.card.transport.ApduTransport;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.smartcardio.CardException;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.ResponseAPDU;

/**
 * A plain holder-side client of the card, sending exactly the APDUs OpenSC and {@code myna} send
 * (card-interface.md §4.2). Returns status words rather than throwing, so that tests and drivers
 * can assert on the card's own answers.
 */
public final class CardClient {

  /** SHA-256 DigestInfo prefix (PKCS#1 v1.5, RFC 8017 §9.2 note 1). */
  public static final byte[] SHA256_DIGEST_INFO_PREFIX = {
    0x30,
    0x31,
    0x30,
    0x0D,
    0x06,
    0x09,
    0x60,
    (byte) 0x86,
    0x48,
    0x01,
    0x65,
    0x03,
    0x04,
    0x02,
    0x01,
    0x05,
    0x00,
    0x04,
    0x20
  };

  private final ApduTransport transport;

  public CardClient(ApduTransport transport) {
    this.transport = transport;
  }

  public ResponseAPDU send(CommandAPDU c) {
    try {
      return transport.transmit(c);
    } catch (CardException e) {
      throw new IllegalStateException("card transport " + transport.name() + " failed", e);
    }
  }

  public int selectAp(byte[] aid) {
    return send(new CommandAPDU(0x00, 0xA4, 0x04, 0x0C, aid)).getSW();
  }

  public int selectJpki() {
    return selectAp(Aids.JPKI);
  }

  public int selectEf(int fid) {
    return send(new CommandAPDU(0x00, 0xA4, 0x02, 0x0C, new byte[] {(byte) (fid >> 8), (byte) fid}))
        .getSW();
  }

  /** VERIFY the selected secret; returns the status word (9000, 63Cx, 6984 …). */
  public int verify(String value) {
    return send(new CommandAPDU(0x00, 0x20, 0x00, 0x80, value.getBytes(StandardCharsets.US_ASCII)))
        .getSW();
  }

  /** Selects secret {@code fid} and verifies it. */
  public int verify(int fid, String value) {
    int sw = selectEf(fid);
    return sw != 0x9000 ? sw : verify(value);
  }

  /** The retry counter of secret {@code fid}: tries left, from 63Cx; -1 for another answer. */
  public int triesLeft(int fid) {
    selectEf(fid);
    int sw = send(new CommandAPDU(new byte[] {0x00, 0x20, 0x00, (byte) 0x80})).getSW();
    return (sw & 0xFFF0) == 0x63C0 ? sw & 0x0F : -1;
  }

  /** READ BINARY of the whole selected EF, 256 bytes at a time as OpenSC does. */
  public Read readAll(int fid) {
    int sw = selectEf(fid);
    if (sw != 0x9000) {
      return new Read(new byte[0], sw);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int offset = 0;
    while (offset < 0x8000) {
      ResponseAPDU r = send(new CommandAPDU(0x00, 0xB0, (offset >> 8) & 0x7F, offset & 0xFF, 256));
      if (r.getSW() == 0x6B00 && offset > 0) {
        break;
      }
      if (r.getSW() != 0x9000) {
        return new Read(out.toByteArray(), r.getSW());
      }
      out.writeBytes(r.getData());
      offset += r.getData().length;
      if (r.getData().length < 256) {
        break;
      }
    }
    return new Read(out.toByteArray(), 0x9000);
  }

  /** COMPUTE DIGITAL SIGNATURE {@code 80 2A 00 80} with key EF {@code keyFid} selected. */
  public ResponseAPDU sign(int keyFid, byte[] digestInfo) {
    selectEf(keyFid);
    return send(new CommandAPDU(0x80, 0x2A, 0x00, 0x80, digestInfo, 256));
  }

  public static byte[] sha256DigestInfo(byte[] hash) {
    byte[] out = new byte[SHA256_DIGEST_INFO_PREFIX.length + hash.length];
    System.arraycopy(SHA256_DIGEST_INFO_PREFIX, 0, out, 0, SHA256_DIGEST_INFO_PREFIX.length);
    System.arraycopy(hash, 0, out, SHA256_DIGEST_INFO_PREFIX.length, hash.length);
    return out;
  }

  /** The 12-digit 個人番号 from 入力補助AP EF 0001 ({@code FF 10 0C <digits> FF FF}). */
  public static String myNumberOf(byte[] ef0001) {
    if (ef0001.length < 15 || (ef0001[0] & 0xFF) != 0xFF || ef0001[1] != 0x10) {
      throw new IllegalArgumentException("not an EF 0001 個人番号 record");
    }
    return new String(ef0001, 3, ef0001[2], StandardCharsets.US_ASCII);
  }

  /** A READ BINARY result. */
  public record Read(byte[] data, int sw) {
    public boolean ok() {
      return sw == 0x9000;
    }
  }
}
