package dev.mynalab.card.sim;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javacard.framework.Applet;
import javacard.security.KeyPair;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Gives every key pair of an installed applet its own entropy, as a real chip's TRNG would.
 *
 * <p><b>Why.</b> jcardsim (3.0.6.0) backs each {@code javacard.security.KeyPair} with a {@code
 * KeyPairImpl} whose random source is an <em>unseeded</em> SHA-1 {@code DigestRandomGenerator}
 * ({@code com.licel.jcardsim.crypto.SecureRandomNullProvider}). Left alone, {@code genKeyPair()}
 * yields the same RSA key on every simulated card — and the same key for both JPKI key pairs of one
 * card — so one holder's card could answer for another's certificate. This class adds seed material
 * to each of those generators right after the applet is installed: HMAC-SHA256 under the card's
 * diversified issuer key (secret, TEST, different for every card) of the card serial, the applet
 * class, the field and the index. Keys therefore differ between cards and between key pairs, and a
 * run with the same world seed replays the same keys.
 *
 * <p>It reaches into jcardsim's internals by reflection (fields {@code KeyPair.impl} and {@code
 * KeyPairImpl.rnd}); the unit test {@code KeyGenerationEntropyTest} fails if a jcardsim upgrade
 * changes them. Applets that create key pairs lazily, after installation, are not reached.
 */
final class KeyGenerationEntropy {

  private KeyGenerationEntropy() {}

  /** Seeds every {@link KeyPair} (or array of them) held in a field of {@code applet}. */
  static int seed(Applet applet, byte[] cardKey, String serial) {
    int seeded = 0;
    for (Class<?> c = applet.getClass(); c != null && c != Applet.class; c = c.getSuperclass()) {
      for (Field f : c.getDeclaredFields()) {
        Object value = read(f, applet);
        String label = serial + "|" + c.getName() + "|" + f.getName();
        if (value instanceof KeyPair kp) {
          seedOne(kp, cardKey, label);
          seeded++;
        } else if (value != null
            && value.getClass().isArray()
            && KeyPair.class.isAssignableFrom(value.getClass().getComponentType())) {
          for (int i = 0; i < Array.getLength(value); i++) {
            if (Array.get(value, i) instanceof KeyPair kp) {
              seedOne(kp, cardKey, label + "[" + i + "]");
              seeded++;
            }
          }
        }
      }
    }
    return seeded;
  }

  private static void seedOne(KeyPair pair, byte[] cardKey, String label) {
    Object impl = read(field(KeyPair.class, "impl"), pair);
    SecureRandom generator = (SecureRandom) read(field(impl.getClass(), "rnd"), impl);
    generator.setSeed(hmac(cardKey, label));
  }

  private static byte[] hmac(byte[] key, String label) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(("mynalab TEST key generation|" + label).getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is required by the Java platform", e);
    }
  }

  private static Field field(Class<?> type, String name) {
    try {
      Field f = type.getDeclaredField(name);
      f.setAccessible(true);
      return f;
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(
          "jcardsim changed: " + type.getName() + " has no field " + name, e);
    }
  }

  private static Object read(Field f, Object target) {
    try {
      f.setAccessible(true);
      return f.get(target);
    } catch (IllegalAccessException | RuntimeException e) {
      return null;
    }
  }
}
