package dev.mynalab.card;

import dev.mynalab.card.journal.ApduJournal;
import dev.mynalab.card.personalisation.Pins;
import dev.mynalab.card.personalisation.TestCards;
import dev.mynalab.card.personalisation.TestHolders;
import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.kit.journal.Journal;
import dev.mynalab.kit.random.WorldSeed;
import java.time.LocalDate;

/** Shared test set-up: one seed, one frozen clock, cards issued by the module's TEST issuer. */
public final class CardFixtures {

  public static final String AUTH_PIN = "1234";
  public static final String SIGN_PASSWORD = "ABC123";
  public static final String TEXT_PIN = "5678";
  public static final String JUKI_PIN = "2468";

  public static final WorldSeed SEED = WorldSeed.of(20_260_127L);
  public static final WorldClock CLOCK = WorldClock.frozenAt(LocalDate.of(2026, 1, 27));

  private static TestCards cards;

  private CardFixtures() {}

  public static synchronized TestCards cards() {
    if (cards == null) {
      cards = new TestCards(SEED, CLOCK);
    }
    return cards;
  }

  public static Pins pins() {
    return new Pins(AUTH_PIN, SIGN_PASSWORD, TEXT_PIN, JUKI_PIN);
  }

  /** A freshly issued card of the default holder, journalled into {@code journal}. */
  public static TestCards.IssuedCard issue(Journal journal) {
    TestHolders holders = TestHolders.load();
    return cards()
        .issue(holders.get(holders.defaultKey()), pins(), new ApduJournal(journal, "in-process"));
  }

  public static Journal journal() {
    return new Journal(CLOCK);
  }
}
