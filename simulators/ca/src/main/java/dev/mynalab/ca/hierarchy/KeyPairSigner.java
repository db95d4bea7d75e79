package dev.mynalab.ca.hierarchy;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.Signature;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.DigestInfo;

/**
 * A software {@link CaSigner} over an in-memory TEST key pair: wraps the digest in a PKCS#1
 * DigestInfo and signs it with raw RSA ({@code NONEwithRSA}), which yields exactly the bytes of
 * {@code SHA256withRSA} over the original data.
 */
public final class KeyPairSigner implements CaSigner {

  private static final AlgorithmIdentifier SHA256 =
      new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256, DERNull.INSTANCE);

  private final KeyPair keyPair;

  public KeyPairSigner(KeyPair keyPair) {
    this.keyPair = keyPair;
  }

  @Override
  public PublicKey publicKey() {
    return keyPair.getPublic();
  }

  @Override
  public byte[] signSha256Digest(byte[] digest) {
    if (digest == null || digest.length != 32) {
      throw new SignerFailure("a SHA-256 digest has 32 bytes");
    }
    try {
      Signature rsa = Signature.getInstance("NONEwithRSA");
      rsa.initSign(keyPair.getPrivate());
      rsa.update(new DigestInfo(SHA256, digest).getEncoded("DER"));
      return rsa.sign();
    } catch (GeneralSecurityException | IOException e) {
      throw new SignerFailure("the TEST key could not sign: " + e.getMessage(), e);
    }
  }
}
