package dev.mynalab.drivers.card;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.smartcardio.ResponseAPDU;

/**
 * Searches card responses for private-key material (REQ-CI-02). With the card's key material at
 * hand (the reference applets) any 16-byte window of it counts; for a black-box card, any 128-byte
 * window that divides a certified 2048-bit modulus — a leaked prime p or q — counts.
 */
final class PrivateKeyLeaks {

  private PrivateKeyLeaks() {}

  static boolean anyLeak(CardUnderTest card, List<ResponseAPDU> responses) {
    return card.privateKeyMaterialForLeakTests()
        .map(material -> containsWindowOf(material, responses))
        .orElseGet(() -> containsFactor(card, responses));
  }

  private static boolean containsWindowOf(List<byte[]> material, List<ResponseAPDU> responses) {
    Set<ByteBuffer> windows = new HashSet<>();
    for (byte[] m : material) {
      for (int i = 0; i + 16 <= m.length; i++) {
        windows.add(ByteBuffer.wrap(Arrays.copyOfRange(m, i, i + 16)));
      }
    }
    for (ResponseAPDU r : responses) {
      byte[] d = r.getData();
      for (int i = 0; i + 16 <= d.length; i++) {
        if (windows.contains(ByteBuffer.wrap(d, i, 16).slice())) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean containsFactor(CardUnderTest card, List<ResponseAPDU> responses) {
    List<BigInteger> moduli =
        List.of(
            ((RSAPublicKey) card.authenticationCertificate().getPublicKey()).getModulus(),
            ((RSAPublicKey) card.signingCertificate().getPublicKey()).getModulus());
    for (ResponseAPDU r : responses) {
      byte[] d = r.getData();
      for (int i = 0; i + 128 <= d.length; i++) {
        BigInteger candidate = new BigInteger(1, Arrays.copyOfRange(d, i, i + 128));
        if (candidate.compareTo(BigInteger.ONE) <= 0) {
          continue;
        }
        for (BigInteger n : moduli) {
          if (!candidate.equals(n) && n.mod(candidate).signum() == 0) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
