package dev.mynalab.relyingparty;

import dev.mynalab.ca.access.VerifierRole;
import dev.mynalab.card.personalisation.Pins;
import dev.mynalab.card.transport.InProcessTransport;
import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.kit.journal.Journal;
import dev.mynalab.kit.person.Sex;
import dev.mynalab.kit.random.WorldSeed;
import dev.mynalab.registry.api.Requests;
import dev.mynalab.registry.resident.Honseki;
import dev.mynalab.registry.resident.Nationality;
import dev.mynalab.registry.resident.PersonName;
import dev.mynalab.registry.resident.Resident;
import dev.mynalab.verifier.LocalAuthorityVerifier;
import dev.mynalab.verifier.VerifierService;
import dev.mynalab.world.ReferenceWorld;
import dev.mynalab.world.authority.IssuedCard;
import java.time.LocalDate;

/**
 * The reference world for this module's tests: registry + 機構 + card on jcardsim + CA, and a real
 * verifier attached to that CA over HTTPS.
 */
public final class TestWorld implements AutoCloseable {

  public static final Pins PINS = new Pins("1234", "ABC123", "5678", "2468");
  public static final String CHIYODA = "131016";

  public final WorldClock clock = WorldClock.frozenAt(LocalDate.of(2026, 4, 1));
  public final Journal journal = new Journal(clock);
  public final WorldSeed seed = WorldSeed.of(7);
  public final ReferenceWorld world = ReferenceWorld.create(clock, seed, journal);
  private LocalAuthorityVerifier attached;

  public VerifierService verifier() {
    if (attached == null) {
      attached =
          LocalAuthorityVerifier.start(
              world.ca(), "test-platform", VerifierRole.PLATFORM_OPERATOR, seed, clock, journal);
    }
    return attached.service();
  }

  public Resident resident(String name, LocalDate birth) {
    return world
        .registry()
        .birth(
            new Requests.Birth(
                CHIYODA,
                PersonName.of(name),
                birth,
                Sex.FEMALE,
                Nationality.JAPANESE,
                new Honseki(CHIYODA, "千代田区1番地"),
                "東京都千代田区1-1",
                null));
  }

  public IssuedCard issue(Resident r) {
    return world.authority().issueCard(r.residentCode(), PINS, clock.today());
  }

  public static InProcessTransport transport(IssuedCard card) {
    card.card().reset();
    return new InProcessTransport(card.card());
  }

  public void moveWithin(Resident r, String address) {
    world
        .registry()
        .moveWithin(new Requests.MoveWithin(r.residentCode(), clock.today(), address, null));
  }

  @Override
  public void close() {
    if (attached != null) {
      attached.close();
    }
  }
}
