package dev.mynalab.ca.hierarchy;

import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.operator.ContentSigner;

/**
 * Adapts the {@link CaSigner} port to Bouncy Castle's {@link ContentSigner}: the builders stream
 * the to-be-signed bytes into a SHA-256 digest, and only the digest goes to the port.
 */
public final class SignerContentSigner implements ContentSigner {

  /** sha256WithRSAEncryption with NULL parameters, as in every JPKI certificate. */
  public static final AlgorithmIdentifier SHA256_WITH_RSA =
      new AlgorithmIdentifier(PKCSObjectIdentifiers.sha256WithRSAEncryption, DERNull.INSTANCE);

  private final CaSigner signer;
  private final MessageDigest digest;
  private final OutputStream out;

  public SignerContentSigner(CaSigner signer) {
    this.signer = signer;
    this.digest = sha256();
    this.out =
        new OutputStream() {
          @Override
          public void write(int b) {
            digest.update((byte) b);
          }

          @Override
          public void write(byte[] b, int off, int len) {
            digest.update(b, off, len);
          }
        };
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by the Java platform", e);
    }
  }

  @Override
  public AlgorithmIdentifier getAlgorithmIdentifier() {
    return SHA256_WITH_RSA;
  }

  @Override
  public OutputStream getOutputStream() {
    return out;
  }

  @Override
  public byte[] getSignature() {
    return signer.signSha256Digest(digest.digest());
  }
}
