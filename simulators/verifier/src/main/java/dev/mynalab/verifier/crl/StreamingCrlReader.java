package dev.mynalab.verifier.crl;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuingDistributionPoint;

/**
 * Reads a DER CRL (RFC 5280 §5.1) from a stream in one pass: the revoked entries go straight into a
 * {@link SerialIndex} and the TBSCertList bytes straight into a {@link Signature} as they pass, so
 * the signature is checked without holding the CRL — heap use is the index alone (≈21 B per entry)
 * where the JDK's {@code CertificateFactory.generateCRL} retains ≈554 B per entry (stack.md §3.3).
 *
 * <p>Why a hand-written DER walker and not BC's {@code ASN1StreamParser}: the signature covers the
 * exact TBS octets, so the reader must see every header and content byte once, in order; a tiny
 * definite-length walker does that with no per-entry objects. Small header fields (algorithm,
 * issuer, extensions) are still decoded with Bouncy Castle. Indefinite lengths (not DER) are
 * refused.
 */
public final class StreamingCrlReader {

  private static final int MAX_SMALL = 1 << 20;

  private final InputStream in;
  private Signature signature;
  private ByteArrayOutputStream pending = new ByteArrayOutputStream();
  private boolean hashing;
  private final byte[] scratch = new byte[4096];

  private StreamingCrlReader(InputStream in) {
    this.in = in;
  }

  /**
   * Reads one CRL, verifying its signature with {@code issuerKey}.
   *
   * @throws IOException when the input is not a DER CRL
   */
  public static StreamedCrl read(InputStream in, PublicKey issuerKey) throws IOException {
    InputStream buffered =
        in instanceof java.io.BufferedInputStream || in instanceof java.io.ByteArrayInputStream
            ? in
            : new java.io.BufferedInputStream(in, 1 << 16);
    return new StreamingCrlReader(buffered).readCrl(issuerKey);
  }

  private StreamedCrl readCrl(PublicKey key) throws IOException {
    expectTag(0x30, "CertificateList");
    readLength();
    hashing = true;
    expectTag(0x30, "TBSCertList");
    long tbsLength = readLength();
    long tbsEnd = position + tbsLength;
    SerialIndex index = new SerialIndex();
    X500Name issuer = null;
    Instant thisUpdate = null;
    Instant nextUpdate = null;
    Extensions extensions = null;
    int sequences = 0;
    String tbsAlgorithm = null;
    while (position < tbsEnd) {
      int tag = readByte();
      long len = readLength();
      if (tag == 0x02 && sequences == 0) {
        skipHashed(len); // version
      } else if (tag == 0x30 && sequences == 0) {
        tbsAlgorithm = algorithm(readSmall(tag, len));
        startSignature(tbsAlgorithm, key);
        sequences++;
      } else if (tag == 0x30 && sequences == 1) {
        issuer = X500Name.getInstance(ASN1Primitive.fromByteArray(readSmall(tag, len)));
        sequences++;
      } else if ((tag == 0x17 || tag == 0x18) && thisUpdate == null) {
        thisUpdate = time(tag, len);
      } else if ((tag == 0x17 || tag == 0x18) && nextUpdate == null) {
        nextUpdate = time(tag, len);
      } else if (tag == 0x30 && sequences == 2) {
        readEntries(len, index);
        sequences++;
      } else if (tag == 0xA0) {
        byte[] inner = readSmallContent(len);
        extensions = Extensions.getInstance(ASN1Primitive.fromByteArray(inner));
      } else {
        throw new IOException(
            "unexpected DER tag 0x" + Integer.toHexString(tag) + " in TBSCertList");
      }
    }
    if (position != tbsEnd || tbsAlgorithm == null || issuer == null || thisUpdate == null) {
      throw new IOException("truncated or malformed TBSCertList");
    }
    hashing = false;
    expectTag(0x30, "signatureAlgorithm");
    String outer = algorithm(readSmall(0x30, readLength()));
    expectTag(0x03, "signatureValue");
    long sigLen = readLength();
    byte[] bits = readSmallContent(sigLen);
    boolean valid = false;
    if (signature != null && outer.equals(tbsAlgorithm) && bits.length > 1 && bits[0] == 0) {
      try {
        valid = signature.verify(bits, 1, bits.length - 1);
      } catch (GeneralSecurityException e) {
        valid = false;
      }
    }
    index.seal();
    return header(valid, issuer, thisUpdate, nextUpdate, extensions, index);
  }

  private static StreamedCrl header(
      boolean valid,
      X500Name issuer,
      Instant thisUpdate,
      Instant nextUpdate,
      Extensions ext,
      SerialIndex index) {
    X500Name dp = null;
    BigInteger number = null;
    BigInteger base = null;
    byte[] aki = null;
    if (ext != null) {
      Extension idp = ext.getExtension(Extension.issuingDistributionPoint);
      if (idp != null) {
        DistributionPointName name =
            IssuingDistributionPoint.getInstance(idp.getParsedValue()).getDistributionPoint();
        if (name != null && name.getType() == DistributionPointName.FULL_NAME) {
          for (GeneralName g : GeneralNames.getInstance(name.getName()).getNames()) {
            if (g.getTagNo() == GeneralName.directoryName) {
              dp = X500Name.getInstance(g.getName());
            }
          }
        }
      }
      Extension n = ext.getExtension(Extension.cRLNumber);
      if (n != null) {
        number = CRLNumber.getInstance(n.getParsedValue()).getCRLNumber();
      }
      Extension d = ext.getExtension(Extension.deltaCRLIndicator);
      if (d != null) {
        base = ASN1Integer.getInstance(d.getParsedValue()).getValue();
      }
      Extension a = ext.getExtension(Extension.authorityKeyIdentifier);
      if (a != null) {
        aki = AuthorityKeyIdentifier.getInstance(a.getParsedValue()).getKeyIdentifierOctets();
      }
    }
    return new StreamedCrl(valid, issuer, thisUpdate, nextUpdate, dp, number, base, aki, index);
  }

  private void readEntries(long length, SerialIndex index) throws IOException {
    long end = position + length;
    while (position < end) {
      expectTag(0x30, "revokedCertificate");
      int len = (int) readLength();
      byte[] buf = len <= scratch.length ? scratch : new byte[len];
      readFully(buf, len);
      // userCertificate INTEGER
      int p = 0;
      if (buf[p++] != 0x02) {
        throw new IOException("revokedCertificate without a serial");
      }
      int[] lenAt = derLength(buf, p);
      int serialLen = lenAt[0];
      int serialOff = lenAt[1];
      p = serialOff + serialLen;
      int timeTag = buf[p++] & 0xff;
      lenAt = derLength(buf, p);
      long when = epochSeconds(timeTag, buf, lenAt[1], lenAt[0]);
      p = lenAt[1] + lenAt[0];
      int reason = p < len ? reasonCode(buf, p, len) : 0;
      index.add(buf, serialOff, serialLen, when, reason);
    }
  }

  /** Finds a reasonCode (2.5.29.21) in the entry extensions: OID 55 1D 15, then ENUMERATED. */
  private static int reasonCode(byte[] buf, int from, int to) {
    for (int i = from; i + 4 < to; i++) {
      if (buf[i] == 0x06
          && buf[i + 1] == 0x03
          && buf[i + 2] == 0x55
          && buf[i + 3] == 0x1D
          && buf[i + 4] == 0x15) {
        for (int j = i + 5; j + 2 < to; j++) {
          if (buf[j] == 0x0A && buf[j + 1] == 0x01) {
            return buf[j + 2] & 0xff;
          }
        }
      }
    }
    return 0;
  }

  private static int[] derLength(byte[] buf, int p) throws IOException {
    int b = buf[p++] & 0xff;
    if (b < 0x80) {
      return new int[] {b, p};
    }
    int n = b & 0x7f;
    if (n == 0 || n > 3) {
      throw new IOException("unsupported DER length in an entry");
    }
    int len = 0;
    for (int i = 0; i < n; i++) {
      len = (len << 8) | (buf[p++] & 0xff);
    }
    return new int[] {len, p};
  }

  private Instant time(int tag, long len) throws IOException {
    byte[] b = readSmallContent(len);
    return Instant.ofEpochSecond(epochSeconds(tag, b, 0, b.length));
  }

  /** UTCTime YYMMDDHHMMSSZ (RFC 5280 §4.1.2.5.1) or GeneralizedTime YYYYMMDDHHMMSSZ. */
  static long epochSeconds(int tag, byte[] b, int off, int len) throws IOException {
    int p = off;
    int year;
    if (tag == 0x17 && len == 13) {
      year = digits(b, p, 2);
      year += year < 50 ? 2000 : 1900;
      p += 2;
    } else if (tag == 0x18 && len == 15) {
      year = digits(b, p, 4);
      p += 4;
    } else {
      throw new IOException("unsupported time encoding (tag " + tag + ", " + len + " octets)");
    }
    if (b[off + len - 1] != 'Z') {
      throw new IOException("time is not in UTC (Z)");
    }
    LocalDateTime t =
        LocalDateTime.of(
            year,
            digits(b, p, 2),
            digits(b, p + 2, 2),
            digits(b, p + 4, 2),
            digits(b, p + 6, 2),
            digits(b, p + 8, 2));
    return t.toEpochSecond(ZoneOffset.UTC);
  }

  private static int digits(byte[] b, int off, int n) throws IOException {
    int v = 0;
    for (int i = 0; i < n; i++) {
      int d = b[off + i] - '0';
      if (d < 0 || d > 9) {
        throw new IOException("bad digit in a time");
      }
      v = v * 10 + d;
    }
    return v;
  }

  private static String algorithm(byte[] der) throws IOException {
    return AlgorithmIdentifier.getInstance(
            ASN1Sequence.getInstance(ASN1Primitive.fromByteArray(der)))
        .getAlgorithm()
        .getId();
  }

  private void startSignature(String oid, PublicKey key) throws IOException {
    String name =
        switch (oid) {
          case "1.2.840.113549.1.1.11" -> "SHA256withRSA";
          case "1.2.840.113549.1.1.12" -> "SHA384withRSA";
          case "1.2.840.113549.1.1.13" -> "SHA512withRSA";
          case "1.2.840.113549.1.1.5" -> "SHA1withRSA";
          default -> null;
        };
    if (name == null || key == null) {
      pending = null; // unsupported: the CRL reads, but its signature is reported invalid
      return;
    }
    try {
      signature = Signature.getInstance(name);
      signature.initVerify(key);
      byte[] prefix = pending.toByteArray();
      signature.update(prefix);
      pending = null;
    } catch (GeneralSecurityException e) {
      signature = null;
      pending = null;
    }
  }

  // ---- the byte layer: every byte read while hashing goes into the signature (or the prefix)

  private long position;

  private int readByte() throws IOException {
    int b = in.read();
    if (b < 0) {
      throw new EOFException("the CRL ends early");
    }
    position++;
    if (hashing) {
      if (signature != null) {
        try {
          signature.update((byte) b);
        } catch (GeneralSecurityException e) {
          throw new IOException(e);
        }
      } else if (pending != null) {
        pending.write(b);
      }
    }
    return b;
  }

  private void readFully(byte[] buf, int len) throws IOException {
    int off = 0;
    while (off < len) {
      int n = in.read(buf, off, len - off);
      if (n < 0) {
        throw new EOFException("the CRL ends early");
      }
      off += n;
    }
    position += len;
    if (hashing) {
      if (signature != null) {
        try {
          signature.update(buf, 0, len);
        } catch (GeneralSecurityException e) {
          throw new IOException(e);
        }
      } else if (pending != null) {
        pending.write(buf, 0, len);
      }
    }
  }

  private void expectTag(int tag, String what) throws IOException {
    int t = readByte();
    if (t != tag) {
      throw new IOException(
          what
              + ": expected DER tag 0x"
              + Integer.toHexString(tag)
              + ", got 0x"
              + Integer.toHexString(t));
    }
  }

  private long readLength() throws IOException {
    int b = readByte();
    if (b < 0x80) {
      return b;
    }
    int n = b & 0x7f;
    if (n == 0) {
      throw new IOException("indefinite length is not DER");
    }
    if (n > 4) {
      throw new IOException("length too large");
    }
    long len = 0;
    for (int i = 0; i < n; i++) {
      len = (len << 8) | readByte();
    }
    return len;
  }

  private void skipHashed(long len) throws IOException {
    readSmallContent(len);
  }

  private byte[] readSmallContent(long len) throws IOException {
    if (len > MAX_SMALL) {
      throw new IOException("field of " + len + " octets is too large");
    }
    byte[] b = new byte[(int) len];
    readFully(b, b.length);
    return b;
  }

  /** Reads a small element's content and returns the whole TLV (tag, length, content). */
  private byte[] readSmall(int tag, long len) throws IOException {
    byte[] content = readSmallContent(len);
    ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 6);
    out.write(tag);
    if (len < 0x80) {
      out.write((int) len);
    } else {
      int n = len > 0xffffff ? 4 : len > 0xffff ? 3 : len > 0xff ? 2 : 1;
      out.write(0x80 | n);
      for (int i = n - 1; i >= 0; i--) {
        out.write((int) (len >>> (8 * i)) & 0xff);
      }
    }
    out.write(content, 0, content.length);
    return out.toByteArray();
  }
}
