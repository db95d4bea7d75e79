package dev.mynalab.card.interop;

import dev.mynalab.card.CardFixtures;
import dev.mynalab.card.personalisation.TestCards.IssuedCard;
import dev.mynalab.card.vpcd.VpcdBridge;
import dev.mynalab.kit.journal.Journal;
import java.time.Duration;

/** A freshly issued card put into the vpcd reader by an in-JVM bridge; close() removes it. */
final class ServedCard implements AutoCloseable {

  final Journal journal = CardFixtures.journal();
  final IssuedCard issued;
  final VpcdBridge bridge;

  ServedCard() throws InterruptedException {
    issued = CardFixtures.issue(journal);
    bridge = new VpcdBridge(issued.card(), "127.0.0.1", Pcsc.PORT, false);
    bridge.start(Duration.ofSeconds(10));
    if (!bridge.awaitConnected(Duration.ofSeconds(10))) {
      throw new AssertionError("vpcd did not accept the card on port " + Pcsc.PORT);
    }
    Pcsc.awaitCard(true, Duration.ofSeconds(10));
  }

  @Override
  public void close() throws InterruptedException {
    bridge.close();
    Pcsc.awaitCard(false, Duration.ofSeconds(10));
  }
}
