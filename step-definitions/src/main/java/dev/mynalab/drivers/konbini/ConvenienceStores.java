package dev.mynalab.drivers.konbini;

import dev.mynalab.ca.access.VerifierRole;
import dev.mynalab.card.personalisation.SecretRef;
import dev.mynalab.card.transport.InProcessTransport;
import dev.mynalab.drivers.card.CardSecret;
import dev.mynalab.drivers.lifecycle.Cardholder;
import dev.mynalab.drivers.lifecycle.IssuingAuthorityDesk;
import dev.mynalab.drivers.lifecycle.LifecycleWorld;
import dev.mynalab.kit.problem.ProblemException;
import dev.mynalab.konbini.CertificateHolders;
import dev.mynalab.konbini.Document;
import dev.mynalab.konbini.DocumentRules;
import dev.mynalab.konbini.IssuanceCenter;
import dev.mynalab.konbini.IssuedDocument;
import dev.mynalab.konbini.KonbiniRefusal;
import dev.mynalab.konbini.MunicipalOfferings;
import dev.mynalab.konbini.ServiceHours;
import dev.mynalab.konbini.kiosk.Kiosk;
import dev.mynalab.konbini.pinreset.ResetBookings;
import dev.mynalab.konbini.pinreset.StorePinReset;
import dev.mynalab.verifier.LocalAuthorityVerifier;
import dev.mynalab.world.authority.IssuedCard;
import java.time.LocalDateTime;

/**
 * コンビニ交付 for one scenario: the 証明書交付センター wired to the scenario's reference world as {@code world
 * up} wires it (the real verifier over the CA's OCSP, the 機構's ledger, the registry, the card
 * issuer's channel for PIN resets), and kiosks in stores named by their municipality. The 住民 acts
 * with the real card on jcardsim. Remembers the last document printed and the last refusal. Knows
 * nothing of Cucumber.
 */
public final class ConvenienceStores implements AutoCloseable {

  private final LifecycleWorld world;
  private final ServiceHours hours = new ServiceHours();
  private LocalAuthorityVerifier verifier;
  private IssuanceCenter center;
  private ResetBookings bookings;
  private StorePinReset pinReset;
  private IssuedDocument lastDocument;
  private ProblemException lastRefusal;

  public ConvenienceStores(LifecycleWorld world) {
    this.world = world;
  }

  /** Sets the world's date and time (JST); the date only moves forward, applying what falls due. */
  public void now(LocalDateTime t) {
    if (t.toLocalDate().isAfter(world.today())) {
      world.today(t.toLocalDate());
    } else if (t.toLocalDate().isBefore(world.today())) {
      throw new IllegalArgumentException("the world does not go back: today is " + world.today());
    }
    world.reference().clock().set(t);
  }

  /** Announces a maintenance window (CS-01). */
  public void maintenance(LocalDateTime from, LocalDateTime until) {
    hours.announce(new ServiceHours.Maintenance(from, until, "定期保守"));
  }

  private CertificateHolders holders() {
    return world.reference().ca().store()::holderOf;
  }

  private IssuanceCenter center() {
    if (center == null) {
      var ref = world.reference();
      verifier =
          LocalAuthorityVerifier.start(
              ref.ca(),
              "konbini-center",
              VerifierRole.AUTHENTICATION_VERIFIER,
              ref.seed(),
              ref.clock(),
              ref.journal());
      center =
          new IssuanceCenter(
              verifier.service(),
              holders(),
              id -> ref.registry().store().byPersonId(id),
              new DocumentRules(MunicipalOfferings.fromFixture()),
              hours,
              ref.clock(),
              ref.journal());
      bookings = new ResetBookings(ref.clock(), ref.journal());
      pinReset =
          new StorePinReset(
              bookings,
              holders(),
              (card, which, value) -> ref.cardIssuer().open(card).resetPin(which, value),
              hours,
              ref.clock(),
              ref.journal());
    }
    return center;
  }

  private static InProcessTransport slot(IssuedCard card) {
    card.card().reset();
    return new InProcessTransport(card.card());
  }

  private void attempt(Runnable action) {
    lastRefusal = null;
    lastDocument = null;
    try {
      action.run();
    } catch (ProblemException e) {
      lastRefusal = e;
    }
  }

  /**
   * The holder, at a store in {@code storeMunicipality}, logs in with the card and the correct
   * user-certificate PIN and asks for {@code document}.
   */
  public void request(String name, String storeMunicipality, Document document) {
    Kiosk kiosk = new Kiosk(center(), storeMunicipality + "のコンビニ");
    attempt(
        () -> {
          var session =
              kiosk.login(slot(world.card(name)), Cardholder.correct(CardSecret.AUTHENTICATION));
          lastDocument = kiosk.print(session, document);
        });
  }

  /** The holder types {@code pin} at a kiosk {@code times} times (each a login attempt). */
  public void typePin(String name, String storeMunicipality, String pin, int times) {
    Kiosk kiosk = new Kiosk(center(), storeMunicipality + "のコンビニ");
    for (int i = 0; i < times; i++) {
      attempt(() -> kiosk.login(slot(world.card(name)), pin));
    }
  }

  /** A JPKI暗証番号リセット booking on the app (its face check is taken as passed). */
  public void bookReset(String name, CardSecret target) {
    center();
    bookings.book(world.resident(name).personId(), ref(target));
  }

  /**
   * Resets {@code target} at a store kiosk, entering {@code known} correctly or not; the new value
   * is the one the lifecycle features use ({@link IssuingAuthorityDesk#NEW_SIGN_PASSWORD} for the
   * signing password).
   */
  public void resetAtStore(String name, CardSecret known, CardSecret target, boolean knownCorrect) {
    center();
    String other =
        knownCorrect ? Cardholder.correct(known) : known == CardSecret.SIGNING ? "WRONG9" : "0000";
    String newValue =
        switch (target) {
          case SIGNING -> IssuingAuthorityDesk.NEW_SIGN_PASSWORD;
          case AUTHENTICATION -> "4321";
          default -> "1111";
        };
    attempt(() -> pinReset.reset(slot(world.card(name)), ref(target), other, newValue));
  }

  private static SecretRef ref(CardSecret s) {
    return switch (s) {
      case AUTHENTICATION -> SecretRef.AUTH_PIN;
      case SIGNING -> SecretRef.SIGN_PASSWORD;
      case TEXT -> SecretRef.TEXT_PIN;
      case JUKI -> SecretRef.JUKI_PIN;
    };
  }

  /** The last document printed, or null. */
  public IssuedDocument lastDocument() {
    return lastDocument;
  }

  /** The rule of the last refusal (CS-01, CS-02, OS-04, CV-07, PN-01, PN-02, EC-01, EC-05 …). */
  public String lastRefusalRule() {
    return lastRefusal instanceof KonbiniRefusal k ? k.rule() : null;
  }

  /** The last refusal's detail, or null when the last act succeeded. */
  public String lastRefusalDetail() {
    return lastRefusal == null ? null : lastRefusal.problem().detail();
  }

  @Override
  public void close() {
    if (verifier != null) {
      verifier.close();
    }
  }
}
