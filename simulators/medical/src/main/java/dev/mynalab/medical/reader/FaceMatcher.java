package dev.mynalab.medical.reader;

import dev.mynalab.kit.random.WorldSeed;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.SplittableRandom;

/**
 * Simulated face matching of a live capture against the photo read from the chip (HI-01; seed
 * 「PIN入力を要しない電子証明書の利用方法の検討」: 顔情報 + 電子証明書所有 without a PIN). No biometrics are computed: whether the
 * person in front of the camera is the person of the photo is known to the simulation (the capture
 * is that person's synthetic face image, the same generator that drew the chip's photo), and the
 * <b>similarity score</b> is drawn from a named stream of the world seed — genuine pairs in
 * [{@value #GENUINE_LOW}, 0.99], impostor pairs in [0.02, {@value #IMPOSTOR_HIGH}] — so runs
 * replay. The decision is {@code score >= threshold}; the threshold is a parameter (default {@value
 * #DEFAULT_THRESHOLD}), so a stricter reader can be simulated (and then falls back to the PIN or to
 * staff's visual check).
 */
public final class FaceMatcher {

  public static final double DEFAULT_THRESHOLD = 0.80;
  static final double GENUINE_LOW = 0.86;
  static final double IMPOSTOR_HIGH = 0.55;

  /** The outcome of one comparison. */
  public record Match(double score, double threshold, boolean matched) {}

  private final SplittableRandom scores;
  private final double threshold;

  public FaceMatcher(WorldSeed seed, double threshold) {
    if (!(threshold > 0 && threshold < 1)) {
      throw new IllegalArgumentException(
          "medical.face-threshold must be in (0, 1), got " + threshold);
    }
    this.scores = seed.stream("medical.face-match");
    this.threshold = threshold;
  }

  public double threshold() {
    return threshold;
  }

  /** Compares the chip's photo with a live capture. */
  public synchronized Match compare(byte[] chipPhoto, byte[] capture) {
    boolean samePerson = MessageDigest.isEqual(digest(chipPhoto), digest(capture));
    double score =
        samePerson
            ? GENUINE_LOW + scores.nextDouble() * (0.99 - GENUINE_LOW)
            : 0.02 + scores.nextDouble() * (IMPOSTOR_HIGH - 0.02);
    score = Math.round(score * 1000) / 1000.0;
    return new Match(score, threshold, score >= threshold);
  }

  private static byte[] digest(byte[] b) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(b);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
