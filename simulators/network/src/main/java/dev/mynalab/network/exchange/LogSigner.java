package dev.mynalab.network.exchange;

import dev.mynalab.kit.random.WorldSeed;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The network operator's TEST key for signed checkpoints and the seal of an export (ECDSA P-256,
 * SHA-256). Drawn from the world seed, so deterministic and worthless: never a real key. A verifier
 * pins its public key ({@code network verify-log --key}); the key id is the first 16 hex digits of
 * the SHA-256 of its SubjectPublicKeyInfo.
 */
public final class LogSigner {

  static final String ALGORITHM = "SHA256withECDSA";

  private final KeyPair pair;
  private final SecureRandom random;

  public LogSigner(WorldSeed seed) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(
          new ECGenParameterSpec("secp256r1"), seed.secureRandom("network/log-key"));
      this.pair = generator.generateKeyPair();
      this.random = seed.secureRandom("network/log-signatures");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("EC P-256 is required by the Java platform", e);
    }
  }

  public synchronized String sign(byte[] data) {
    try {
      Signature signature = Signature.getInstance(ALGORITHM);
      signature.initSign(pair.getPrivate(), random);
      signature.update(data);
      return Base64.getEncoder().encodeToString(signature.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("signing a checkpoint failed", e);
    }
  }

  public PublicKey publicKey() {
    return pair.getPublic();
  }

  public String keyId() {
    return keyId(pair.getPublic());
  }

  /** The public key as PEM, for {@code verify-log --key}. */
  public String publicKeyPem() {
    String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(encoded());
    return "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n";
  }

  /** The public key as base64 SubjectPublicKeyInfo, carried in every checkpoint. */
  public String publicKeyBase64() {
    return Base64.getEncoder().encodeToString(encoded());
  }

  private byte[] encoded() {
    return pair.getPublic().getEncoded();
  }

  static String keyId(PublicKey key) {
    return HexFormat.of().formatHex(CanonicalJson.digest(key.getEncoded()), 0, 8);
  }

  /** Reads a base64 SubjectPublicKeyInfo or a PEM public key. */
  public static PublicKey readPublicKey(String text) throws GeneralSecurityException {
    String base64 =
        text.replace("-----BEGIN PUBLIC KEY-----", "")
            .replace("-----END PUBLIC KEY-----", "")
            .replaceAll("\\s", "");
    byte[] der;
    try {
      der = Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      throw new GeneralSecurityException("not a base64 public key");
    }
    return KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(der));
  }

  static boolean verify(PublicKey key, byte[] data, String signatureBase64) {
    try {
      Signature signature = Signature.getInstance(ALGORITHM);
      signature.initVerify(key);
      signature.update(data);
      return signature.verify(Base64.getDecoder().decode(signatureBase64));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return false;
    }
  }
}
