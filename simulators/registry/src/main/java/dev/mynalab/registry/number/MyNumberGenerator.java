package dev.mynalab.registry.number;

import dev.mynalab.kit.random.WorldSeed;
import java.util.SplittableRandom;

/**
 * Draws new My Numbers for the simulated J-LIS (rule MN-03).
 *
 * <p>The real number is converted from the 住民票コード by an algorithm that is secret and irreversible
 * by law (番号法 第8条 第2項), so the simulation does not model the conversion: it draws the 11 base
 * digits as a seeded pseudo-random value, appends the check digit (MN-02), and retries until the
 * number was never issued before — replaced numbers included. The same seed yields the same
 * sequence.
 */
public final class MyNumberGenerator {

  /** The random stream of the world seed that this generator draws from. */
  public static final String STREAM = "mynumber";

  private static final long BASE_SPACE = 100_000_000_000L;

  private final SplittableRandom random;
  private final IssuedNumbers issued;

  public MyNumberGenerator(WorldSeed seed, IssuedNumbers issued) {
    this.random = seed.stream(STREAM);
    this.issued = issued;
  }

  /** A number never issued before, now recorded as issued. */
  public synchronized MyNumber next() {
    while (true) {
      String base = String.format("%011d", random.nextLong(BASE_SPACE));
      MyNumber candidate = MyNumber.fromBase(base);
      if (issued.claim(candidate)) {
        return candidate;
      }
    }
  }
}
