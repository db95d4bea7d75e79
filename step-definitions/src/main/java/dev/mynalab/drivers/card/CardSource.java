package dev.mynalab.drivers.card;

import dev.mynalab.card.sim.CardApplets;
import dev.mynalab.card.transport.ApduTransport;
import dev.mynalab.drivers.World;
import java.util.Optional;
import java.util.Set;

/**
 * Where a run's cards come from: the reference issuance in-process, vendor applets personalised by
 * the harness, or the one card in a PC/SC reader. One per run ({@code SystemsUnderTest}).
 */
public interface CardSource extends AutoCloseable {

  /**
   * The card of holder {@code holderKey} for a scenario of {@code world}, with every PIN counter
   * full. A reader's card is the card the profile describes, whatever the key.
   */
  CardUnderTest cardFor(World world, String holderKey);

  /** The scenario changed the card beyond PIN counters the source can restore: never reuse it. */
  default void changed(CardUnderTest card) {}

  /**
   * A card of this implementation as it leaves the manufacturer, before personalisation (capability
   * {@code card.blank}); empty when the source cannot make one.
   */
  default Optional<ApduTransport> blankCard(World world) {
    return Optional.empty();
  }

  /**
   * The applets the reference world's 機構 installs on the cards it issues in the lifecycle features
   * (capability {@code card.world}); empty when this source's cards cannot be made there (a card in
   * a reader is one fixed card, issued elsewhere).
   */
  default Optional<CardApplets> worldApplets() {
    return Optional.empty();
  }

  /** What this source offers ({@code Capabilities.CARD_*}). */
  Set<String> capabilities();

  @Override
  default void close() {}
}
