package dev.mynalab.card.personalisation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mynalab.card.CardFixtures;
import dev.mynalab.card.journal.ApduJournal;
import dev.mynalab.card.transport.InProcessTransport;
import java.security.PublicKey;
import org.junit.jupiter.api.Test;

/**
 * Keys generated on the card differ per card and per key, and replay per card (jcardsim's key
 * generators are unseeded; the applet seeds them, see {@code SimulatorEntropy}).
 */
class KeyGenerationEntropyTest {

  private final CardIssuer issuer = CardFixtures.cards().issuer();

  private PublicKey generate(String serial, KeyPurpose purpose) {
    var card = issuer.manufacture(serial, ApduJournal.NONE);
    return issuer.open(new InProcessTransport(card)).generateKeyPair(purpose);
  }

  @Test
  void twoCardsAndTwoKeysOfOneCardNeverShareAKeyAndTheSameCardReplays() {
    PublicKey a = generate("MYNA000000000101", KeyPurpose.AUTHENTICATION);
    PublicKey b = generate("MYNA000000000102", KeyPurpose.AUTHENTICATION);
    var card = issuer.manufacture("MYNA000000000103", ApduJournal.NONE);
    IssuerSession s = issuer.open(new InProcessTransport(card));
    PublicKey auth = s.generateKeyPair(KeyPurpose.AUTHENTICATION);
    PublicKey sign = s.generateKeyPair(KeyPurpose.SIGNING);

    assertThat(a).isNotEqualTo(b);
    assertThat(auth).isNotEqualTo(sign);
    assertThat(generate("MYNA000000000101", KeyPurpose.AUTHENTICATION)).isEqualTo(a);
  }
}
