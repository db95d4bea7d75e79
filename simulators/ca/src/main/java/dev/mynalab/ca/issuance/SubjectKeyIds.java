package dev.mynalab.ca.issuance;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;

/**
 * Seeded variation of the end-entity subjectKeyIdentifier (principle 8: a relying party must not
 * depend on what the profile leaves open). The extension stays where the profile puts it,
 * non-critical; only the way the key identifier is derived varies per certificate, among the
 * methods RFC 5280 §4.2.1.2 and RFC 7093 §2 describe:
 *
 * <ul>
 *   <li>{@link Method#SHA1} — the SHA-1 of the subjectPublicKey bits (RFC 5280 method 1, 20 bytes);
 *   <li>{@link Method#SHA1_TRUNCATED} — 0100 followed by the least significant 60 bits of that
 *       SHA-1 (RFC 5280 method 2, 8 bytes);
 *   <li>{@link Method#SHA256_TRUNCATED} — the leftmost 160 bits of the SHA-256 of the
 *       subjectPublicKey bits (RFC 7093 method 1, 20 bytes).
 * </ul>
 *
 * The real card certificates use method 1 (what {@link #fixed()} always draws).
 */
public final class SubjectKeyIds {

  /** How a key identifier is derived. */
  public enum Method {
    SHA1,
    SHA1_TRUNCATED,
    SHA256_TRUNCATED
  }

  private final SplittableRandom stream;

  /** Draws a method per certificate from {@code stream} (e.g. {@code seed.stream("ca.ski")}). */
  public SubjectKeyIds(SplittableRandom stream) {
    this.stream = stream;
  }

  /** Always RFC 5280 method 1, as on the real cards. */
  public static SubjectKeyIds fixed() {
    return new SubjectKeyIds(null);
  }

  /** The identifier of {@code key}, by the next drawn method. */
  public synchronized SubjectKeyIdentifier next(SubjectPublicKeyInfo key) {
    Method m =
        stream == null ? Method.SHA1 : Method.values()[stream.nextInt(Method.values().length)];
    return new SubjectKeyIdentifier(of(m, key));
  }

  /** The key identifier of {@code key} by {@code method}. */
  public static byte[] of(Method method, SubjectPublicKeyInfo key) {
    byte[] bits = key.getPublicKeyData().getBytes();
    return switch (method) {
      case SHA1 -> digest("SHA-1", bits);
      case SHA1_TRUNCATED -> {
        byte[] id = Arrays.copyOfRange(digest("SHA-1", bits), 12, 20);
        id[0] = (byte) (0x40 | (id[0] & 0x0F));
        yield id;
      }
      case SHA256_TRUNCATED -> Arrays.copyOf(digest("SHA-256", bits), 20);
    };
  }

  private static byte[] digest(String algorithm, byte[] data) {
    try {
      return MessageDigest.getInstance(algorithm).digest(data);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(algorithm + " is required by the Java platform", e);
    }
  }
}
