package dev.mynalab.world;

import dev.mynalab.ca.CaSettings;
import dev.mynalab.ca.JpkiCertificateAuthority;
import dev.mynalab.card.personalisation.CardDataSigner;
import dev.mynalab.card.personalisation.CardIssuer;
import dev.mynalab.card.personalisation.IssuerKeys;
import dev.mynalab.card.sim.CardApplets;
import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.kit.journal.Journal;
import dev.mynalab.kit.random.WorldSeed;
import dev.mynalab.registry.ResidentRegistry;
import dev.mynalab.registry.municipality.Municipalities;
import dev.mynalab.registry.store.InMemoryRegistryStore;
import dev.mynalab.registry.store.RegistryStore;
import dev.mynalab.rulebook.RuleBook;
import dev.mynalab.world.authority.IssuingAuthority;
import dev.mynalab.world.revocation.RevocationBridge;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The reference world: the simulated parties joined, on one {@link WorldClock}, one {@link
 * WorldSeed} and one {@link Journal} — the rule book, the resident registry (住民基本台帳, in-memory by
 * default), the JPKI CAs, the card issuer and the 機構 ({@link IssuingAuthority}) that joins card and
 * CA, with the registry's notifications driving the CA's revocations ({@link RevocationBridge}).
 *
 * <p><b>Cost.</b> Cheap to create per scenario. The CAs are created on first use, so that a
 * scenario can first set the world's date (the CA roots start a month before the present, and a
 * scenario in 2022 needs roots valid in 2022). Their RSA keys are memoised per seed by the CA
 * module ({@code ca.hierarchy.TestKeys}): the same seed always yields the same keys, so sharing
 * them across the scenarios of one run changes no behaviour; everything else (certificates, store,
 * CRLs, OCSP) is per world. The card's own RSA keys are generated on the card, per issued card.
 */
public final class ReferenceWorld {

  // immutable fixtures, read once per run
  private static final Municipalities MUNICIPALITIES = Municipalities.fromFixture();
  private static final dev.mynalab.ca.profile.Municipalities PARTITIONS =
      CrlPartitions.forRegistry(MUNICIPALITIES);

  /** The card issuer's keys of one seed: deterministic, immutable, costly (an RSA-2048 key). */
  private record IssuerMaterial(IssuerKeys keys, CardDataSigner signer) {
    static IssuerMaterial of(WorldSeed seed) {
      return new IssuerMaterial(IssuerKeys.fromSeed(seed), CardDataSigner.fromSeed(seed));
    }
  }

  private static final Map<Long, IssuerMaterial> ISSUER_MATERIAL = new ConcurrentHashMap<>();

  private final WorldClock clock;
  private final WorldSeed seed;
  private final Journal journal;
  private final RuleBook rules;
  private final ResidentRegistry registry;
  private final CardIssuer cardIssuer;
  private final CaSettings caSettings;
  private final dev.mynalab.ca.profile.Municipalities partitions;
  private volatile JpkiCertificateAuthority ca;
  private final RevocationBridge revocations;
  private final IssuingAuthority authority;

  private ReferenceWorld(
      WorldClock clock,
      WorldSeed seed,
      Journal journal,
      RuleBook rules,
      RegistryStore store,
      CaSettings caSettings,
      CardApplets applets) {
    this.clock = clock;
    this.seed = seed;
    this.journal = journal;
    this.rules = rules;
    Municipalities municipalities = MUNICIPALITIES;
    this.registry = new ResidentRegistry(store, municipalities, rules, clock, seed, journal);
    this.partitions = PARTITIONS;
    this.caSettings = caSettings;
    IssuerMaterial m = ISSUER_MATERIAL.computeIfAbsent(seed.value(), v -> IssuerMaterial.of(seed));
    this.cardIssuer =
        new CardIssuer(m.keys(), m.signer(), seed.secureRandom("card.issuer-challenges"))
            .withApplets(applets);
    this.revocations = new RevocationBridge(() -> ca().revocations(), clock, journal);
    registry.subscribe(revocations);
    this.authority = new IssuingAuthority(registry, this::ca, cardIssuer, clock, seed, journal);
  }

  /** A world with the default rule book, an in-memory registry and default CA settings. */
  public static ReferenceWorld create(WorldClock clock, WorldSeed seed, Journal journal) {
    return create(clock, seed, journal, RuleBook.withDefaults(), new InMemoryRegistryStore());
  }

  /**
   * A world with the given rule book (e.g. {@link RuleBook#fromSystemProperties()}) and store; the
   * CAs ask the same rule book as the register (one {@code mynalab.rule.leapDayBirthday}).
   */
  public static ReferenceWorld create(
      WorldClock clock, WorldSeed seed, Journal journal, RuleBook rules, RegistryStore store) {
    return create(clock, seed, journal, rules, store, CardApplets.REFERENCE);
  }

  /**
   * A world whose 機構 has its cards made with {@code applets} — a vendor's applets under conformance
   * test go through the whole lifecycle (申請 … 除票) exactly as the reference card does.
   */
  public static ReferenceWorld create(
      WorldClock clock,
      WorldSeed seed,
      Journal journal,
      RuleBook rules,
      RegistryStore store,
      CardApplets applets) {
    return create(clock, seed, journal, rules, store, CaSettings.defaults(), applets);
  }

  /**
   * A world whose CAs run with {@code caSettings} (e.g. {@code world up -Dca.ocsp.nonce=…}) and
   * whose cards are made with {@code applets}; the rule book's parameters replace the settings'
   * own, so CAs and register ask the same rules.
   */
  public static ReferenceWorld create(
      WorldClock clock,
      WorldSeed seed,
      Journal journal,
      RuleBook rules,
      RegistryStore store,
      CaSettings caSettings,
      CardApplets applets) {
    return new ReferenceWorld(
        clock, seed, journal, rules, store, caSettings.withRules(rules.parameters()), applets);
  }

  public WorldClock clock() {
    return clock;
  }

  public WorldSeed seed() {
    return seed;
  }

  public Journal journal() {
    return journal;
  }

  public RuleBook rules() {
    return rules;
  }

  public ResidentRegistry registry() {
    return registry;
  }

  public CardIssuer cardIssuer() {
    return cardIssuer;
  }

  /** 機構 (J-LIS). */
  public IssuingAuthority authority() {
    return authority;
  }

  public RevocationBridge revocations() {
    return revocations;
  }

  /** The JPKI CAs, created on first use at the world's present (see the class comment). */
  public JpkiCertificateAuthority ca() {
    JpkiCertificateAuthority c = ca;
    if (c == null) {
      synchronized (this) {
        c = ca;
        if (c == null) {
          c = JpkiCertificateAuthority.create(clock, seed, journal, caSettings, partitions);
          ca = c;
        }
      }
    }
    return c;
  }

  /** Asks the CA's OCSP responder about certificates (a real DER request and response). */
  public OcspCheck ocsp() {
    return new OcspCheck(ca());
  }

  /**
   * Moves the world to {@code date} (00:00 JST), then lets time-driven things happen: revocations
   * held for their effective date (OS-02) and the registry's deadlines (MV-03, MV-04, LV-01).
   */
  public void advanceTo(LocalDate date) {
    if (date.isBefore(clock.today())) {
      throw new IllegalArgumentException(
          "the world does not go back: today is " + clock.today() + ", asked " + date);
    }
    clock.set(date);
    settle();
  }

  /** Moves the world on by {@code days} days (see {@link #advanceTo}). */
  public void advanceDays(long days) {
    clock.advance(Duration.ofDays(days));
    settle();
  }

  /** Applies what is due today: held revocations, then the registry's deadlines. */
  public void settle() {
    revocations.applyDue();
    registry.sweepDeadlines();
  }
}
