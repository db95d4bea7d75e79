package dev.mynalab.verifier.crl;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.bouncycastle.asn1.x500.X500Name;

/**
 * Writes a large, validly signed DER CRL straight to a file in one pass (for the large-CRL
 * benchmark): every entry has the same size (8-octet serial, UTCTime, reasonCode), so every length
 * is known up front and the TBS bytes are signed as they are written — building a 1 M-entry CRL
 * through Bouncy Castle's builder takes 5–13 s and ~400 MB (stack.md §3.3), this takes about a
 * second and no heap.
 *
 * <p>Serials are {@code 2^56 + ((partition·2^32 + i)·odd mod 2^56)}: unique, shuffled, 8 octets.
 */
public final class SyntheticCrlWriter {

  private static final int ENTRY = 41;
  private static final long ODD = 0x9E3779B97F4A7C15L;
  private static final byte[] SHA256_RSA = {
    0x30,
    0x0d,
    0x06,
    0x09,
    0x2a,
    (byte) 0x86,
    0x48,
    (byte) 0x86,
    (byte) 0xf7,
    0x0d,
    0x01,
    0x01,
    0x0b,
    0x05,
    0x00
  };
  private static final DateTimeFormatter UTC_TIME =
      DateTimeFormatter.ofPattern("yyMMddHHmmss'Z'").withZone(ZoneOffset.UTC);

  private SyntheticCrlWriter() {}

  /** The serial of entry {@code i} of partition {@code partition}. */
  public static long serial(int partition, long i) {
    long x = (((long) partition << 32) + i) * ODD;
    return (1L << 56) | (x & ((1L << 56) - 1));
  }

  /** Writes the CRL and returns its size in bytes. */
  public static long write(
      Path file,
      X500Name issuer,
      PrivateKey key,
      int partition,
      long entries,
      Instant thisUpdate,
      Instant nextUpdate)
      throws IOException, GeneralSecurityException {
    Signature signature = Signature.getInstance("SHA256withRSA");
    signature.initSign(key);
    byte[] issuerDer = issuer.getEncoded("DER");
    byte[] version = {0x02, 0x01, 0x01};
    byte[] tu = time(thisUpdate);
    byte[] nu = time(nextUpdate);
    // [0] { SEQUENCE { SEQUENCE { cRLNumber, INTEGER partition } } }
    byte[] crlNumber = {
      (byte) 0xa0,
      0x0e,
      0x30,
      0x0c,
      0x30,
      0x0a,
      0x06,
      0x03,
      0x55,
      0x1d,
      0x14,
      0x04,
      0x03,
      0x02,
      0x01,
      (byte) (partition & 0x7f)
    };
    long revokedLen = entries * ENTRY;
    byte[] revokedHeader = header(0x30, revokedLen);
    long tbsContent =
        version.length
            + SHA256_RSA.length
            + issuerDer.length
            + tu.length
            + nu.length
            + (entries > 0 ? revokedHeader.length + revokedLen : 0)
            + crlNumber.length;
    byte[] tbsHeader = header(0x30, tbsContent);
    byte[] sigHeader = {0x03, (byte) 0x82, 0x01, 0x01, 0x00};
    long outerContent = tbsHeader.length + tbsContent + SHA256_RSA.length + sigHeader.length + 256;
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      out.write(header(0x30, outerContent));
      Signed s = new Signed(out, signature);
      s.write(tbsHeader);
      s.write(version);
      s.write(SHA256_RSA);
      s.write(issuerDer);
      s.write(tu);
      s.write(nu);
      if (entries > 0) {
        s.write(revokedHeader);
        byte[] e = new byte[ENTRY];
        byte[] when = time(thisUpdate.minusSeconds(86_400));
        for (long i = 0; i < entries; i++) {
          entry(e, serial(partition, i), when, (int) (i % 3 == 0 ? 1 : i % 3 == 1 ? 3 : 4));
          s.write(e);
        }
      }
      s.write(crlNumber);
      out.write(SHA256_RSA);
      out.write(sigHeader);
      out.write(signature.sign());
    }
    return Files.size(file);
  }

  private static void entry(byte[] e, long serial, byte[] when, int reason) {
    int p = 0;
    e[p++] = 0x30;
    e[p++] = ENTRY - 2;
    e[p++] = 0x02;
    e[p++] = 0x08;
    for (int k = 7; k >= 0; k--) {
      e[p++] = (byte) (serial >>> (8 * k));
    }
    System.arraycopy(when, 0, e, p, when.length);
    p += when.length;
    byte[] ext = {0x30, 0x0c, 0x30, 0x0a, 0x06, 0x03, 0x55, 0x1d, 0x15, 0x04, 0x03, 0x0a, 0x01};
    System.arraycopy(ext, 0, e, p, ext.length);
    p += ext.length;
    e[p] = (byte) reason;
  }

  private static byte[] time(Instant t) {
    byte[] text = UTC_TIME.format(t).getBytes(StandardCharsets.US_ASCII);
    byte[] out = new byte[text.length + 2];
    out[0] = 0x17;
    out[1] = (byte) text.length;
    System.arraycopy(text, 0, out, 2, text.length);
    return out;
  }

  private static byte[] header(int tag, long len) {
    if (len < 0x80) {
      return new byte[] {(byte) tag, (byte) len};
    }
    int n = len > 0xffffff ? 4 : len > 0xffff ? 3 : len > 0xff ? 2 : 1;
    byte[] h = new byte[2 + n];
    h[0] = (byte) tag;
    h[1] = (byte) (0x80 | n);
    for (int i = 0; i < n; i++) {
      h[2 + i] = (byte) (len >>> (8 * (n - 1 - i)));
    }
    return h;
  }

  private record Signed(OutputStream out, Signature signature) {
    void write(byte[] b) throws IOException {
      out.write(b);
      try {
        signature.update(b);
      } catch (GeneralSecurityException e) {
        throw new IOException(e);
      }
    }
  }
}
