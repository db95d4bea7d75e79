package dev.mynalab.drivers.sut;

import java.util.Set;

/**
 * What a system under test lets the harness do, and which scenarios need it. A scenario that needs
 * a capability the run's systems do not offer is not run and is reported N/A with the reason —
 * never passed. Scenarios declare needs with tags ({@code @card-issuer} …); the lifecycle features
 * need {@link #CARD_WORLD} by their place ({@code features/lifecycle/}).
 */
public final class Capabilities {

  /**
   * The harness holds the card's issuer key: it resets PINs between scenarios (so PINs may be
   * locked) and tries to personalise the issued card again. Tag {@code @card-issuer}.
   */
  public static final String CARD_ISSUER = "card.issuer";

  /** The harness can have blank cards of this implementation made. Tag {@code @card-blank}. */
  public static final String CARD_BLANK = "card.blank";

  /**
   * The reference world's 機構 can have cards of this implementation made (the reference applets or a
   * vendor's applet classes on jcardsim): the lifecycle features issue, move, suspend and renew
   * them. A card in a PC/SC reader is one fixed card and does not offer it.
   */
  public static final String CARD_WORLD = "card.world";

  /**
   * The verifier follows the scenario's world clock (time travel to expiry dates). Tag {@code
   * @verifier-world-clock}.
   */
  public static final String VERIFIER_WORLD_CLOCK = "verifier.world-clock";

  /**
   * The verifier is configured per scenario, so the harness can cut it off from the OCSP responder
   * or the CRLs. Tag {@code @verifier-outage}.
   */
  public static final String VERIFIER_OUTAGE = "verifier.outage";

  public static final Set<String> CARD_ALL = Set.of(CARD_ISSUER, CARD_BLANK, CARD_WORLD);

  public static final Set<String> VERIFIER_ALL = Set.of(VERIFIER_WORLD_CLOCK, VERIFIER_OUTAGE);

  /**
   * The tag by which a scenario declares it needs {@code capability}, e.g. {@code @card-issuer}.
   */
  public static String tagOf(String capability) {
    return "@" + capability.replace('.', '-');
  }

  private Capabilities() {}
}
