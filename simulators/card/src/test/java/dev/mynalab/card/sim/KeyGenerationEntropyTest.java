package dev.mynalab.card.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mynalab.card.journal.ApduJournal;
import dev.mynalab.card.personalisation.CardIssuer;
import dev.mynalab.card.personalisation.IssuerSession;
import dev.mynalab.card.personalisation.KeyPurpose;
import dev.mynalab.card.transport.InProcessTransport;
import dev.mynalab.kit.random.WorldSeed;
import java.security.PublicKey;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Keys generated on the simulated chip differ between cards and between the two JPKI key pairs of
 * one card (jcardsim alone would give every key pair the same key), and replay under the same seed.
 */
class KeyGenerationEntropyTest {

  private static List<PublicKey> keysOf(CardIssuer issuer, String serial) {
    MynaCard card = issuer.manufacture(serial, ApduJournal.NONE);
    IssuerSession session = issuer.open(new InProcessTransport(card));
    return List.of(
        session.generateKeyPair(KeyPurpose.AUTHENTICATION),
        session.generateKeyPair(KeyPurpose.SIGNING));
  }

  @Test
  void everyCardAndEveryKeyPairGetsItsOwnKey() {
    CardIssuer issuer = CardIssuer.fromSeed(WorldSeed.of(7));
    List<PublicKey> first = keysOf(issuer, "MYNA000000000001");
    List<PublicKey> second = keysOf(issuer, "MYNA000000000002");

    assertThat(first.get(0)).isNotEqualTo(first.get(1));
    assertThat(second).doesNotContainAnyElementsOf(first);
  }

  @Test
  void theSameSeedAndSerialReplayTheSameKeys() {
    List<PublicKey> once = keysOf(CardIssuer.fromSeed(WorldSeed.of(7)), "MYNA000000000003");
    List<PublicKey> again = keysOf(CardIssuer.fromSeed(WorldSeed.of(7)), "MYNA000000000003");
    assertThat(again).isEqualTo(once);
  }

  @Test
  void theJpkiApKeyPairsAreFoundAndSeeded() {
    MynaCard card =
        CardIssuer.fromSeed(WorldSeed.of(7)).manufacture("MYNA000000000004", ApduJournal.NONE);
    assertThat(KeyGenerationEntropy.seed(card.jpkiAppletForLeakTests(), new byte[16], "x"))
        .isEqualTo(2);
  }
}
