package dev.mynalab.kit.random;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The one seed of the simulated world (DESIGN.md principle 8). Wherever the specifications leave
 * freedom (serial lengths, entry order, windows), the reference world varies, and every variation
 * is drawn from a stream derived from this seed, so that any failing run replays exactly.
 *
 * <p>Each consumer asks for its own named stream ({@link #stream(String)}); streams are derived
 * from the seed and the name, so adding a consumer never shifts what another one draws.
 *
 * <p>The seed is chosen with {@code -Dmynalab.seed=} (or the CLI's {@code --seed}); without one, a
 * fresh seed is drawn, and either way it is logged at start and written into every report.
 */
public final class WorldSeed {

  /** The system property that fixes the seed. */
  public static final String PROPERTY = "mynalab.seed";

  private final long value;

  private WorldSeed(long value) {
    this.value = value;
  }

  public static WorldSeed of(long value) {
    return new WorldSeed(value);
  }

  /**
   * The seed from {@code -Dmynalab.seed}, else a freshly drawn one.
   *
   * @throws IllegalArgumentException naming the property when its value is not a whole number
   */
  public static WorldSeed fromSystemProperty() {
    return fromText(Optional.ofNullable(System.getProperty(PROPERTY)));
  }

  static WorldSeed fromText(Optional<String> text) {
    String trimmed = text.map(String::trim).orElse("");
    if (trimmed.isEmpty()) {
      return new WorldSeed(new SecureRandom().nextLong() & Long.MAX_VALUE);
    }
    try {
      return new WorldSeed(Long.parseLong(trimmed));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          PROPERTY + " must be a whole number (a 64-bit integer), got '" + trimmed + "'", e);
    }
  }

  public long value() {
    return value;
  }

  /** A reproducible random stream for one named purpose, e.g. {@code "mynumber"}. */
  public SplittableRandom stream(String purpose) {
    return new SplittableRandom(derive(purpose));
  }

  /**
   * A reproducible {@link SecureRandom} for one named purpose, for libraries that only take a
   * SecureRandom (key generation of TEST keys). Deterministic on purpose: never use it for a real
   * key.
   */
  public SecureRandom secureRandom(String purpose) {
    return new DeterministicSecureRandom(derive(purpose));
  }

  /** The 64-bit seed of the stream named {@code purpose}. */
  public long derive(String purpose) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(Long.toString(value).getBytes(StandardCharsets.US_ASCII));
      sha.update((byte) 0);
      sha.update(purpose.getBytes(StandardCharsets.UTF_8));
      byte[] d = sha.digest();
      long derived = 0;
      for (int i = 0; i < Long.BYTES; i++) {
        derived = (derived << 8) | (d[i] & 0xff);
      }
      return derived;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by the Java platform", e);
    }
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WorldSeed other && other.value == value;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(value);
  }
}
