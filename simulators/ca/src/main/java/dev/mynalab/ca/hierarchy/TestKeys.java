package dev.mynalab.ca.hierarchy;

import dev.mynalab.kit.random.WorldSeed;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.RSAKeyGenParameterSpec;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Deterministic RSA-2048 TEST keys drawn from the world seed ({@code seed.secureRandom("key:" +
 * name)}), so that a world replays with the same CA keys.
 *
 * <p>RSA key generation costs 50–500 ms, so keys are memoised per (seed value, name). The cache
 * changes no behaviour: the same seed and name always yield the same key whether cached or not, and
 * nothing is shared across different seeds.
 */
public final class TestKeys {

  private record Key(long seed, String name) {}

  private static final Map<Key, KeyPair> CACHE = new ConcurrentHashMap<>();

  private TestKeys() {}

  /** The RSA-2048 (e = 65537) TEST key named {@code name} in the world of {@code seed}. */
  public static KeyPair rsa2048(WorldSeed seed, String name) {
    Key key = new Key(seed.value(), name);
    KeyPair cached = CACHE.get(key);
    if (cached != null) {
      return cached;
    }
    // generated outside the map (a long computeIfAbsent would block other keys' bins); a race
    // generates the same deterministic key twice and keeps the first
    KeyPair fresh = generate(seed, name);
    KeyPair previous = CACHE.putIfAbsent(key, fresh);
    return previous != null ? previous : fresh;
  }

  /**
   * Generates the keys named {@code names} in parallel (RSA prime search is CPU-bound and the keys
   * are independent), so that a world starts in a fraction of the sequential time. The result is
   * the same as generating them one by one.
   */
  public static void prepare(WorldSeed seed, java.util.Collection<String> names) {
    names.parallelStream().forEach(name -> rsa2048(seed, name));
  }

  private static KeyPair generate(WorldSeed seed, String name) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(
          new RSAKeyGenParameterSpec(2048, RSAKeyGenParameterSpec.F4),
          seed.secureRandom("key:" + name));
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("RSA-2048 key generation is required by the platform", e);
    }
  }
}
