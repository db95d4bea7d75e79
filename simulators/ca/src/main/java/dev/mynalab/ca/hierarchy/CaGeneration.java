package dev.mynalab.ca.hierarchy;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.operator.ContentSigner;

/**
 * One generation of one JPKI root (J-LIS names them signca01…03, authca01…03): a self-signed
 * certificate and the key that signs under it. All generations of a purpose share one DN, so a
 * relying party must pick the issuer by AKI and signature (card-interface.md §5).
 *
 * <p>The signer can be swapped at run time ({@link #injectSigner}) — the fault knob for a broken
 * HSM.
 */
public final class CaGeneration {

  private final CaPurpose purpose;
  private final int number;
  private final X509CertificateHolder holder;
  private final X509Certificate certificate;
  private final AtomicReference<CaSigner> signer;
  private final byte[] keyId;
  private final byte[] keySha1;

  CaGeneration(
      CaPurpose purpose,
      int number,
      X509CertificateHolder holder,
      X509Certificate certificate,
      CaSigner signer) {
    this.purpose = purpose;
    this.number = number;
    this.holder = holder;
    this.certificate = certificate;
    this.signer = new AtomicReference<>(signer);
    this.keySha1 = sha1(holder.getSubjectPublicKeyInfo());
    this.keyId = keySha1.clone();
  }

  static byte[] sha1(SubjectPublicKeyInfo info) {
    try {
      return MessageDigest.getInstance("SHA-1").digest(info.getPublicKeyData().getBytes());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is required by the Java platform", e);
    }
  }

  public CaPurpose purpose() {
    return purpose;
  }

  /** 1 for the oldest generation. */
  public int number() {
    return number;
  }

  /** A short label such as {@code authca03}, after J-LIS's file names. */
  public String label() {
    return purpose.code() + "ca" + String.format("%02d", number);
  }

  public X509CertificateHolder holder() {
    return holder;
  }

  public X509Certificate certificate() {
    return certificate;
  }

  public X500Name name() {
    return holder.getSubject();
  }

  public BigInteger serial() {
    return holder.getSerialNumber();
  }

  public PublicKey publicKey() {
    return signer.get().publicKey();
  }

  /** The subjectKeyIdentifier (SHA-1 of the public key bits, RFC 5280 §4.2.1.2 method 1). */
  public byte[] keyId() {
    return keyId.clone();
  }

  /** The SHA-1 hash of the public key bits, as in an OCSP CertID issuerKeyHash. */
  public byte[] keySha1() {
    return keySha1.clone();
  }

  public String keyIdHex() {
    return HexFormat.of().formatHex(keyId);
  }

  public boolean hasKeyId(byte[] candidate) {
    return Arrays.equals(keyId, candidate);
  }

  /** The signer currently behind this generation. */
  public CaSigner signer() {
    return signer.get();
  }

  /** A fresh Bouncy Castle content signer over the current signer port. */
  public ContentSigner contentSigner() {
    return new SignerContentSigner(signer.get());
  }

  /**
   * Replaces the signer (fault injection: a broken HSM) and returns the previous one, so a test can
   * restore it.
   */
  public CaSigner injectSigner(CaSigner replacement) {
    return signer.getAndSet(Objects.requireNonNull(replacement, "replacement"));
  }

  @Override
  public String toString() {
    return label() + "[serial " + serial().toString(16) + ", keyId " + keyIdHex() + "]";
  }
}
