package dev.mynalab.medical;

import dev.mynalab.ca.access.VerifierRole;
import dev.mynalab.card.personalisation.Pins;
import dev.mynalab.card.personalisation.SyntheticImages;
import dev.mynalab.card.transport.InProcessTransport;
import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.kit.journal.Journal;
import dev.mynalab.kit.person.Sex;
import dev.mynalab.kit.random.WorldSeed;
import dev.mynalab.medical.eligibility.OnlineEligibilityService;
import dev.mynalab.medical.insurance.InsuranceRegistry;
import dev.mynalab.medical.reader.FaceCardReader;
import dev.mynalab.medical.reader.FaceMatcher;
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

/**
 * A reference world with real cards and the eligibility service wired as {@code world up} does: the
 * real verifier over the CA's OCSP (started lazily, at the date of the first check), the CA's
 * ledger as {@link CertificateHolders}.
 */
public final class MedicalTestWorld implements AutoCloseable {

  public static final Pins PINS = new Pins("1234", "ABC123", "5678", "2468");
  public static final String CHIYODA = "131016";

  private final WorldClock clock;
  private final Journal journal;
  private final ReferenceWorld world;
  private final InsuranceRegistry insurance = InsuranceRegistry.fromFixture();
  private final FaceCardReader reader;
  private LocalAuthorityVerifier verifier;
  private OnlineEligibilityService service;

  public MedicalTestWorld(LocalDate start) {
    clock = WorldClock.frozenAt(start);
    clock.set(start.atTime(10, 0));
    journal = new Journal(clock);
    world = ReferenceWorld.create(clock, WorldSeed.of(11), journal);
    reader = new FaceCardReader(new FaceMatcher(world.seed(), FaceMatcher.DEFAULT_THRESHOLD));
  }

  public CertificateHolders holders() {
    return world.ca().store()::holderOf;
  }

  public OnlineEligibilityService service() {
    if (service == null) {
      verifier =
          LocalAuthorityVerifier.start(
              world.ca(),
              "medical-test",
              VerifierRole.AUTHENTICATION_VERIFIER,
              world.seed(),
              clock,
              journal);
      service =
          new OnlineEligibilityService(
              verifier.service(),
              holders(),
              insurance,
              FaceMatcher.DEFAULT_THRESHOLD,
              clock,
              journal);
    }
    return service;
  }

  public WorldClock clock() {
    return clock;
  }

  public ReferenceWorld world() {
    return world;
  }

  public InsuranceRegistry insurance() {
    return insurance;
  }

  public FaceCardReader reader() {
    return reader;
  }

  public Resident born(String name, LocalDate birth) {
    return world
        .registry()
        .birth(
            new Requests.Birth(
                CHIYODA,
                PersonName.of(name),
                birth,
                Sex.MALE,
                Nationality.JAPANESE,
                new Honseki(CHIYODA, "千代田区1番地"),
                "東京都千代田区1-1",
                null));
  }

  public IssuedCard card(Resident r, boolean face) {
    return world
        .authority()
        .issueCard(new CardApplication(r.residentCode(), PINS, clock.today(), face));
  }

  /** The live face of the card's holder, as the reader's camera captures it. */
  public static byte[] faceOf(IssuedCard card) {
    return SyntheticImages.face(card.holder().name() + card.holder().birthYyyymmdd());
  }

  public static InProcessTransport slot(IssuedCard card) {
    card.card().reset();
    return new InProcessTransport(card.card());
  }

  /** Moves the world to {@code date} 10:00. */
  public void to(LocalDate date) {
    world.advanceTo(date);
    clock.set(date.atTime(10, 0));
  }

  @Override
  public void close() {
    if (verifier != null) {
      verifier.close();
    }
  }
}
