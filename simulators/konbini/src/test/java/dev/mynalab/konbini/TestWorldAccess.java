package dev.mynalab.konbini;

import dev.mynalab.ca.access.VerifierRole;
import dev.mynalab.card.personalisation.Pins;
import dev.mynalab.card.transport.InProcessTransport;
import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.kit.journal.Journal;
import dev.mynalab.kit.person.Sex;
import dev.mynalab.kit.random.WorldSeed;
import dev.mynalab.konbini.pinreset.PinWriter;
import dev.mynalab.konbini.pinreset.ResetBookings;
import dev.mynalab.konbini.pinreset.StorePinReset;
import dev.mynalab.registry.api.Requests;
import dev.mynalab.registry.resident.Honseki;
import dev.mynalab.registry.resident.Nationality;
import dev.mynalab.registry.resident.PersonName;
import dev.mynalab.registry.resident.Resident;
import dev.mynalab.verifier.LocalAuthorityVerifier;
import dev.mynalab.world.ReferenceWorld;
import dev.mynalab.world.authority.CardApplication;
import dev.mynalab.world.authority.IssuedCard;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * A reference world (registry + 機構 + real cards on jcardsim + CA) with the コンビニ交付 centre wired to
 * it the way {@code world up} does: the real verifier over the CA's OCSP, the 機構's ledger as {@link
 * CertificateHolders}, the registry as {@link Residents}, the card issuer's channel as {@link
 * PinWriter}.
 */
public final class TestWorldAccess implements AutoCloseable {

  public static final Pins PINS = new Pins("1234", "ABC123", "5678", "2468");
  public static final String CHIYODA = "131016";

  final WorldClock clock =
      WorldClock.frozenAt(LocalDateTime.of(2026, 4, 1, 10, 0).atZone(WorldClock.JST).toInstant());
  final Journal journal = new Journal(clock);
  final ReferenceWorld world = ReferenceWorld.create(clock, WorldSeed.of(7), journal);
  final LocalAuthorityVerifier verifier =
      LocalAuthorityVerifier.start(
          world.ca(),
          "konbini-test",
          VerifierRole.AUTHENTICATION_VERIFIER,
          world.seed(),
          clock,
          journal);
  final CertificateHolders holders = world.ca().store()::holderOf;
  final Residents residents = id -> world.registry().store().byPersonId(id);
  final ServiceHours hours = new ServiceHours();
  final IssuanceCenter center =
      new IssuanceCenter(
          verifier.service(),
          holders,
          residents,
          new DocumentRules(MunicipalOfferings.fromFixture()),
          hours,
          clock,
          journal);
  final ResetBookings bookings = new ResetBookings(clock, journal);
  final PinWriter writer =
      (card, which, value) -> world.cardIssuer().open(card).resetPin(which, value);
  final StorePinReset pinReset =
      new StorePinReset(bookings, holders, writer, hours, clock, journal);

  public static TestWorldAccess create() {
    return new TestWorldAccess();
  }

  public WorldClock clock() {
    return clock;
  }

  public Journal journal() {
    return journal;
  }

  public ReferenceWorld world() {
    return world;
  }

  public IssuanceCenter center() {
    return center;
  }

  public ResetBookings bookings() {
    return bookings;
  }

  public StorePinReset pinReset() {
    return pinReset;
  }

  public CertificateHolders holders() {
    return holders;
  }

  public Resident born(String name, String municipality) {
    return world
        .registry()
        .birth(
            new Requests.Birth(
                municipality,
                PersonName.of(name),
                LocalDate.of(1980, 5, 1),
                Sex.FEMALE,
                Nationality.JAPANESE,
                new Honseki(municipality, "本籍1番地"),
                "東京都千代田区1-1",
                null));
  }

  public IssuedCard card(Resident r, boolean face) {
    return world
        .authority()
        .issueCard(new CardApplication(r.residentCode(), PINS, clock.today(), face));
  }

  public static InProcessTransport reader(IssuedCard card) {
    card.card().reset();
    return new InProcessTransport(card.card());
  }

  public Optional<Resident> now(Resident r) {
    return world.registry().store().byPersonId(r.personId());
  }

  public void at(LocalDateTime t) {
    clock.set(t);
  }

  @Override
  public void close() {
    verifier.close();
  }
}
