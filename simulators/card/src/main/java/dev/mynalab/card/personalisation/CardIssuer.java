package dev.mynalab.card.personalisation;

import dev.mynalab.card.journal.ApduJournal;
import dev.mynalab.card.sim.CardApplets;
import dev.mynalab.card.sim.MynaCard;
import dev.mynalab.card.transport.ApduTransport;
import dev.mynalab.kit.random.WorldSeed;
import java.security.SecureRandom;

/**
 * The simulated issuing authority's side of the card (地方公共団体情報システム機構 and the municipalities acting
 * for it): it has the master issuer key, has cards manufactured with their diversified keys, and
 * opens {@link IssuerSession}s to personalise or update them.
 *
 * <p>The {@code world} module joins card and CA in a few lines, with the CA behind a {@link
 * JpkiCertifier}:
 *
 * <pre>{@code
 * MynaCard card = issuer.manufacture(serial, new ApduJournal(journal, "in-process"));
 * TestCards.personalise(issuer.open(new InProcessTransport(card)), holder, pins, caAdapter);
 * }</pre>
 */
public final class CardIssuer {

  private final IssuerKeys keys;
  private final CardDataEncoder encoder;
  private final SecureRandom random;
  private final CardApplets applets;

  public CardIssuer(IssuerKeys keys, CardDataSigner signer, SecureRandom random) {
    this(keys, new CardDataEncoder(signer), random, CardApplets.REFERENCE);
  }

  private CardIssuer(
      IssuerKeys keys, CardDataEncoder encoder, SecureRandom random, CardApplets applets) {
    this.keys = keys;
    this.encoder = encoder;
    this.random = random;
    this.applets = applets;
  }

  /**
   * The same authority (keys, signer, challenges) having its cards made with {@code cardApplets} —
   * a vendor's applets under conformance test instead of the reference ones.
   */
  public CardIssuer withApplets(CardApplets cardApplets) {
    return new CardIssuer(keys, encoder, random, cardApplets);
  }

  /** The applications this authority's cards carry. */
  public CardApplets applets() {
    return applets;
  }

  /** A TEST issuing authority whose keys all come from the world seed. */
  public static CardIssuer fromSeed(WorldSeed seed) {
    return new CardIssuer(
        IssuerKeys.fromSeed(seed),
        CardDataSigner.fromSeed(seed),
        seed.secureRandom("card.issuer-challenges"));
  }

  /** The card manufacturer makes a blank card loaded with this issuer's diversified key. */
  public MynaCard manufacture(String serial, ApduJournal journal) {
    return MynaCard.manufacture(serial, keys.cardKey(serial), journal, applets);
  }

  /** Opens an issuer session with the card behind {@code transport}. */
  public IssuerSession open(ApduTransport transport) {
    return new IssuerSession(transport, keys, encoder, random);
  }

  public CardDataEncoder encoder() {
    return encoder;
  }
}
