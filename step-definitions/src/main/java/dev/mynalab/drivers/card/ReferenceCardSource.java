package dev.mynalab.drivers.card;

import dev.mynalab.card.client.CardClient;
import dev.mynalab.card.journal.ApduJournal;
import dev.mynalab.card.personalisation.HolderData;
import dev.mynalab.card.personalisation.IssuerSession;
import dev.mynalab.card.personalisation.Pins;
import dev.mynalab.card.personalisation.TestCards;
import dev.mynalab.card.personalisation.TestHolders;
import dev.mynalab.card.sim.CardApplets;
import dev.mynalab.card.transport.ApduTransport;
import dev.mynalab.card.transport.InProcessTransport;
import dev.mynalab.drivers.World;
import dev.mynalab.drivers.sut.Capabilities;
import dev.mynalab.kit.random.WorldSeed;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The embedded reference card: the reference applets on jcardsim, issued in-process by the TEST
 * issuing authority of the run's seed. What {@code mynalab conformance} without a profile runs.
 */
public final class ReferenceCardSource implements CardSource {

  // the TEST issuing authority and CA are costly (RSA keys); one per seed and run
  private static final Map<Long, TestCards> AUTHORITIES = new ConcurrentHashMap<>();

  // issued cards whose state no scenario changed, reused to spare two on-card RSA key generations
  private static final Map<String, TestCards.IssuedCard> CLEAN_CARDS = new ConcurrentHashMap<>();

  static TestCards authority(World world) {
    WorldSeed seed = world.seed();
    return AUTHORITIES.computeIfAbsent(seed.value(), v -> new TestCards(seed, world.clock()));
  }

  /**
   * The 機構 issues a card for the fixture holder {@code holderKey} with {@link CardDriver#PINS}. A
   * card issued in an earlier scenario of this run is handed out again only when no scenario
   * changed it and the card itself reports every retry counter full; the journal notes the reuse.
   */
  @Override
  public CardUnderTest cardFor(World world, String holderKey) {
    String key = world.seed() + "/" + holderKey;
    ApduJournal journal = new ApduJournal(world.journal(), "in-process");
    TestCards.IssuedCard clean = CLEAN_CARDS.remove(key);
    if (clean != null) {
      clean.card().attachJournal(journal);
      Card card = new Card(clean);
      if (CardSecret.allCountersFull(new CardClient(card.channel()))) {
        journal.event(
            "reuse",
            "card "
                + clean.card().serial()
                + " issued earlier in this run, every PIN counter full");
        CLEAN_CARDS.put(key, clean);
        return card;
      }
    }
    TestHolders.Holder holder = TestHolders.load().get(holderKey);
    TestCards.IssuedCard issued = authority(world).issue(holder, CardDriver.PINS, journal);
    CLEAN_CARDS.put(key, issued);
    return new Card(issued);
  }

  @Override
  public void changed(CardUnderTest card) {
    if (card instanceof Card c) {
      CLEAN_CARDS.values().remove(c.issued);
    }
  }

  @Override
  public Optional<ApduTransport> blankCard(World world) {
    return Optional.of(
        new InProcessTransport(
            authority(world)
                .issuer()
                .manufacture("MYNA000000009999", new ApduJournal(world.journal(), "in-process"))));
  }

  @Override
  public Optional<CardApplets> worldApplets() {
    return Optional.of(CardApplets.REFERENCE);
  }

  @Override
  public Set<String> capabilities() {
    return Capabilities.CARD_ALL;
  }

  /** One issued reference card. */
  static final class Card implements CardUnderTest {
    private final TestCards.IssuedCard issued;
    private final InProcessTransport transport;

    Card(TestCards.IssuedCard issued) {
      this.issued = issued;
      this.transport = new InProcessTransport(issued.card());
    }

    @Override
    public ApduTransport channel() {
      return transport;
    }

    @Override
    public void powerCycle() {
      issued.card().reset();
    }

    @Override
    public HolderData holder() {
      return issued.holder();
    }

    @Override
    public Pins pins() {
      return issued.pins();
    }

    @Override
    public X509Certificate authenticationCertificate() {
      return issued.authenticationCertificate();
    }

    @Override
    public X509Certificate signingCertificate() {
      return issued.signingCertificate();
    }

    @Override
    public Optional<List<byte[]>> privateKeyMaterialForLeakTests() {
      List<byte[]> out = new ArrayList<>();
      for (short k = 0; k < 2; k++) {
        out.add(issued.card().jpkiAppletForLeakTests().privateKeyMaterialForLeakTests(k));
      }
      return Optional.of(out);
    }

    @Override
    public Optional<IssuerSession> issuerSession() {
      return Optional.of(issued.issuer().open(transport));
    }
  }
}
