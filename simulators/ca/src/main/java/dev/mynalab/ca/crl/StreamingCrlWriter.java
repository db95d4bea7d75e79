package dev.mynalab.ca.crl;

import dev.mynalab.ca.hierarchy.CaGeneration;
import dev.mynalab.ca.hierarchy.SignerContentSigner;
import dev.mynalab.ca.store.RevocationReason;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERTaggedObject;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;

/**
 * Writes a signed CRL as a stream, in constant memory, for CRLs too large for Bouncy Castle's
 * builder (which keeps every entry as objects: about 200 bytes of heap per entry, so 10 M entries
 * need gigabytes). The entries are visited twice — once to add up the DER lengths, once to write
 * them — while the to-be-signed bytes go through SHA-256 on their way out; only the digest crosses
 * the {@link dev.mynalab.ca.hierarchy.CaSigner} port.
 *
 * <p>The output is byte-for-byte what {@link CrlEncoder} produces for the same input (a test proves
 * it): v2, sha256WithRSA, UTCTime (dates before 2050), entries with a reasonCode unless
 * unspecified, extensions AKI / cRLNumber / IDP (critical) / deltaCRLIndicator (critical).
 */
public final class StreamingCrlWriter {

  /** The entries of a CRL; called twice, and must yield the same entries in the same order. */
  @FunctionalInterface
  public interface Entries {
    void forEach(Consumer<CrlEntry> visitor);
  }

  private static final DateTimeFormatter UTC_TIME =
      DateTimeFormatter.ofPattern("yyMMddHHmmss'Z'").withZone(ZoneOffset.UTC);

  private StreamingCrlWriter() {}

  /**
   * Writes one signed CRL to {@code out} and returns the number of bytes written.
   *
   * @param baseNumber the base cRLNumber of a delta CRL, or null for a full CRL
   */
  public static long write(
      OutputStream out,
      CrlPartition partition,
      BigInteger number,
      BigInteger baseNumber,
      Instant thisUpdate,
      Instant nextUpdate,
      Entries entries)
      throws IOException {
    CaGeneration issuer = partition.issuer();
    byte[] head = head(issuer, thisUpdate, nextUpdate);
    byte[] extensions = extensions(partition, number, baseNumber);
    long[] revokedLength = {0};
    entries.forEach(e -> revokedLength[0] += tlvLength(entryContentLength(e)));
    long revokedTlv = revokedLength[0] == 0 ? 0 : tlvLength(revokedLength[0]);
    long tbsContent = head.length + revokedTlv + extensions.length;
    long tbsTlv = tlvLength(tbsContent);
    byte[] algorithm = SignerContentSigner.SHA256_WITH_RSA.getEncoded(ASN1Encoding.DER);
    int signatureLength =
        (issuer.certificate().getPublicKey() instanceof java.security.interfaces.RSAKey rsa)
            ? (rsa.getModulus().bitLength() + 7) / 8
            : 256;
    long bitStringTlv = tlvLength(signatureLength + 1L);
    long total = tbsTlv + algorithm.length + bitStringTlv;

    CountingOutputStream counted = new CountingOutputStream(out);
    writeHeader(counted, 0x30, total);
    MessageDigest sha = sha256();
    DigestingOutputStream tbs = new DigestingOutputStream(counted, sha);
    writeHeader(tbs, 0x30, tbsContent);
    tbs.write(head);
    if (revokedTlv > 0) {
      writeHeader(tbs, 0x30, revokedLength[0]);
      UncheckedIOException[] failure = {null};
      entries.forEach(
          e -> {
            if (failure[0] == null) {
              try {
                writeEntry(tbs, e);
              } catch (IOException io) {
                failure[0] = new UncheckedIOException(io);
              }
            }
          });
      if (failure[0] != null) {
        throw failure[0].getCause();
      }
    }
    tbs.write(extensions);
    byte[] signature = issuer.signer().signSha256Digest(sha.digest());
    counted.write(algorithm);
    writeHeader(counted, 0x03, signature.length + 1L);
    counted.write(0);
    counted.write(signature);
    if (counted.count != total + headerLength(total)) {
      throw new IllegalStateException(
          "CRL length mismatch: wrote "
              + counted.count
              + ", planned "
              + (total + headerLength(total)));
    }
    return counted.count;
  }

  /** version, signature, issuer, thisUpdate, nextUpdate — the fixed start of TBSCertList. */
  private static byte[] head(CaGeneration issuer, Instant thisUpdate, Instant nextUpdate)
      throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write(new byte[] {0x02, 0x01, 0x01});
    b.write(SignerContentSigner.SHA256_WITH_RSA.getEncoded(ASN1Encoding.DER));
    b.write(issuer.name().getEncoded(ASN1Encoding.DER));
    b.write(utcTime(thisUpdate));
    b.write(utcTime(nextUpdate));
    return b.toByteArray();
  }

  private static byte[] extensions(CrlPartition partition, BigInteger number, BigInteger baseNumber)
      throws IOException {
    ASN1EncodableVector v = new ASN1EncodableVector();
    v.add(
        new Extension(
            Extension.authorityKeyIdentifier,
            false,
            new AuthorityKeyIdentifier(partition.issuer().keyId()).getEncoded(ASN1Encoding.DER)));
    v.add(
        new Extension(
            Extension.cRLNumber, false, new CRLNumber(number).getEncoded(ASN1Encoding.DER)));
    v.add(
        new Extension(
            Extension.issuingDistributionPoint,
            true,
            CrlEncoder.idp(partition).getEncoded(ASN1Encoding.DER)));
    if (baseNumber != null) {
      v.add(
          new Extension(
              Extension.deltaCRLIndicator,
              true,
              new CRLNumber(baseNumber).getEncoded(ASN1Encoding.DER)));
    }
    Extensions extensions = Extensions.getInstance(new DERSequence(v));
    return new DERTaggedObject(true, 0, extensions).getEncoded(ASN1Encoding.DER);
  }

  private static byte[] utcTime(Instant instant) {
    byte[] text = UTC_TIME.format(instant).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    byte[] tlv = new byte[text.length + 2];
    tlv[0] = 0x17;
    tlv[1] = (byte) text.length;
    System.arraycopy(text, 0, tlv, 2, text.length);
    return tlv;
  }

  /** One reasonCode extension: 30 0A 06 03 55 1D 15 04 03 0A 01 xx. */
  private static final int REASON_EXTENSION_LENGTH = 12;

  /** One invalidityDate extension: 30 18 06 03 55 1D 18 04 11 18 0F yyyyMMddHHmmssZ. */
  private static final int INVALIDITY_EXTENSION_LENGTH = 26;

  private static int entryExtensionsContentLength(CrlEntry e) {
    return (e.reason() == RevocationReason.UNSPECIFIED ? 0 : REASON_EXTENSION_LENGTH)
        + (e.invalidFrom() == null ? 0 : INVALIDITY_EXTENSION_LENGTH);
  }

  private static long entryContentLength(CrlEntry e) {
    int serial = e.serial().toByteArray().length;
    int extensions = entryExtensionsContentLength(e);
    return 2 + serial + 15 + (extensions == 0 ? 0 : 2 + extensions);
  }

  private static void writeEntry(OutputStream out, CrlEntry e) throws IOException {
    writeHeader(out, 0x30, entryContentLength(e));
    byte[] serial = e.serial().toByteArray();
    writeHeader(out, 0x02, serial.length);
    out.write(serial);
    out.write(utcTime(e.revokedAt()));
    int extensions = entryExtensionsContentLength(e);
    if (extensions == 0) {
      return;
    }
    out.write(new byte[] {0x30, (byte) extensions});
    if (e.reason() != RevocationReason.UNSPECIFIED) {
      out.write(
          new byte[] {
            0x30,
            0x0A,
            0x06,
            0x03,
            0x55,
            0x1D,
            0x15,
            0x04,
            0x03,
            0x0A,
            0x01,
            (byte) e.reason().code()
          });
    }
    if (e.invalidFrom() != null) {
      out.write(new byte[] {0x30, 0x18, 0x06, 0x03, 0x55, 0x1D, 0x18, 0x04, 0x11, 0x18, 0x0F});
      out.write(generalizedTime(e.invalidFrom()));
    }
  }

  /** The 15 characters {@code yyyyMMddHHmmssZ} of a GeneralizedTime (RFC 5280 §4.1.2.5.2). */
  private static byte[] generalizedTime(java.time.Instant at) {
    return java.time.format.DateTimeFormatter.ofPattern("uuuuMMddHHmmss'Z'")
        .withZone(java.time.ZoneOffset.UTC)
        .format(at)
        .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  }

  static long tlvLength(long contentLength) {
    return contentLength + headerLength(contentLength);
  }

  private static int headerLength(long length) {
    if (length < 0x80) {
      return 2;
    }
    int bytes = 0;
    for (long l = length; l > 0; l >>= 8) {
      bytes++;
    }
    return 2 + bytes;
  }

  private static void writeHeader(OutputStream out, int tag, long length) throws IOException {
    out.write(tag);
    if (length < 0x80) {
      out.write((int) length);
      return;
    }
    int bytes = headerLength(length) - 2;
    out.write(0x80 | bytes);
    for (int i = bytes - 1; i >= 0; i--) {
      out.write((int) (length >>> (8 * i)) & 0xff);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by the Java platform", e);
    }
  }

  private static final class CountingOutputStream extends OutputStream {
    private final OutputStream out;
    long count;

    CountingOutputStream(OutputStream out) {
      this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      count += len;
    }
  }

  private static final class DigestingOutputStream extends OutputStream {
    private final OutputStream out;
    private final MessageDigest digest;

    DigestingOutputStream(OutputStream out, MessageDigest digest) {
      this.out = out;
      this.digest = digest;
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      digest.update((byte) b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      digest.update(b, off, len);
    }
  }
}
