package dev.mynalab.ca.hierarchy;

import dev.mynalab.kit.random.WorldSeed;
import java.math.BigInteger;
import java.security.KeyPair;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The JPKI roots of both purposes, each in several generations sharing one DN (key rollover). The
 * newest generation issues; older ones stay valid for what they issued and keep signing its CRLs
 * and OCSP answers.
 *
 * <p>Generation k of n starts {@code 4·(n−k)} years and a month before the world's present, like
 * the real cadence (2015, 2019, 2023), so every generation is valid now; {@link #rollover} adds a
 * newer one at the present instant. Keys come from the world seed ({@code ca.<purpose>.gNN}).
 */
public final class CaHierarchy {

  private final WorldSeed seed;
  private final Map<CaPurpose, List<CaGeneration>> generations = new EnumMap<>(CaPurpose.class);

  private CaHierarchy(WorldSeed seed) {
    this.seed = seed;
  }

  /**
   * Builds {@code count} generations per purpose, the newest starting a month before {@code now}.
   */
  public static CaHierarchy create(WorldSeed seed, Instant now, int count) {
    if (count < 1 || count > 9) {
      throw new IllegalArgumentException("ca.generations must be 1..9, got " + count);
    }
    CaHierarchy hierarchy = new CaHierarchy(seed);
    List<String> names = new ArrayList<>();
    for (CaPurpose purpose : CaPurpose.values()) {
      for (int k = 1; k <= count; k++) {
        names.add(keyName(purpose, k));
      }
    }
    TestKeys.prepare(seed, names);
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    for (CaPurpose purpose : CaPurpose.values()) {
      List<CaGeneration> list = new ArrayList<>();
      for (int k = 1; k <= count; k++) {
        Instant start =
            today
                .minusYears(4L * (count - k))
                .minusMonths(1)
                .atTime(LocalTime.of(1, 1, 4))
                .toInstant(ZoneOffset.UTC);
        list.add(hierarchy.build(purpose, k, start));
      }
      hierarchy.generations.put(purpose, list);
    }
    return hierarchy;
  }

  private CaGeneration build(CaPurpose purpose, int number, Instant notBefore) {
    String name = keyName(purpose, number);
    KeyPair keys = TestKeys.rsa2048(seed, name);
    SplittableRandom random = seed.stream(name + ".serial");
    // real roots: generation 1 has serial 01, later ones 4 random bytes (0132C4AB, 067C6A21)
    BigInteger serial =
        number == 1 ? BigInteger.ONE : BigInteger.valueOf(0x01000000L + random.nextInt(0x7effffff));
    return CaCertificateFactory.selfSigned(purpose, number, keys, serial, notBefore);
  }

  /** The world-seed key name of a generation, e.g. {@code ca.auth.g3}. */
  public static String keyName(CaPurpose purpose, int number) {
    return "ca." + purpose.code() + ".g" + number;
  }

  /** Adds a new generation of {@code purpose} starting at {@code now}; it becomes the issuer. */
  public synchronized CaGeneration rollover(CaPurpose purpose, Instant now) {
    List<CaGeneration> list = generations.get(purpose);
    CaGeneration next =
        build(purpose, list.size() + 1, now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    list.add(next);
    return next;
  }

  /** The generation that issues now (the newest). */
  public synchronized CaGeneration current(CaPurpose purpose) {
    List<CaGeneration> list = generations.get(purpose);
    return list.get(list.size() - 1);
  }

  /** Every generation of {@code purpose}, oldest first. */
  public synchronized List<CaGeneration> generations(CaPurpose purpose) {
    return List.copyOf(generations.get(purpose));
  }

  /** Every generation of both purposes. */
  public synchronized List<CaGeneration> all() {
    List<CaGeneration> all = new ArrayList<>();
    generations.values().forEach(all::addAll);
    return all;
  }

  /** The generation numbered {@code number} (1-based). */
  public synchronized Optional<CaGeneration> generation(CaPurpose purpose, int number) {
    List<CaGeneration> list = generations.get(purpose);
    return number >= 1 && number <= list.size()
        ? Optional.of(list.get(number - 1))
        : Optional.empty();
  }

  /** The generation whose subject key identifier is {@code keyId}, whatever the purpose. */
  public synchronized Optional<CaGeneration> byKeyId(byte[] keyId) {
    return all().stream().filter(g -> g.hasKeyId(keyId)).findFirst();
  }
}
