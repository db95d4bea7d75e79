package dev.mynalab.verifier.trust;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.HexFormat;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;

/**
 * One configured trust anchor: a JPKI root of one generation. Generations share one DN
 * (card-interface.md §5), so an anchor is identified by its key id (SHA-1 of the public key bits,
 * what JPKI certificates carry in their AKI) and is only ever chosen by key id and signature.
 *
 * @param label a name for reasons and reports, e.g. {@code authca03} or {@code auth_ca_2023.pem}
 */
public record Anchor(String label, X509Certificate certificate, byte[] keyId, X500Name name) {

  public static Anchor of(String label, X509Certificate certificate) {
    return new Anchor(
        label,
        certificate,
        keyIdOf(certificate.getPublicKey()),
        X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()));
  }

  public PublicKey publicKey() {
    return certificate.getPublicKey();
  }

  public String keyIdHex() {
    return HexFormat.of().formatHex(keyId);
  }

  public boolean hasKeyId(byte[] candidate) {
    return candidate != null && Arrays.equals(keyId, candidate);
  }

  /** The RFC 5280 §4.2.1.2 method-1 key identifier: SHA-1 of the subjectPublicKey bits. */
  public static byte[] keyIdOf(PublicKey key) {
    try {
      return MessageDigest.getInstance("SHA-1")
          .digest(SubjectPublicKeyInfo.getInstance(key.getEncoded()).getPublicKeyData().getBytes());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is required by the Java platform", e);
    }
  }

  @Override
  public String toString() {
    return label + "[keyId " + keyIdHex() + "]";
  }
}
