package dev.mynalab.drivers.lifecycle;

import dev.mynalab.ca.hierarchy.CaPurpose;
import dev.mynalab.ca.store.CertificateRecord;
import dev.mynalab.card.sim.CardApplets;
import dev.mynalab.drivers.World;
import dev.mynalab.drivers.sut.SystemsUnderTest;
import dev.mynalab.kit.problem.ProblemException;
import dev.mynalab.registry.Views;
import dev.mynalab.registry.resident.Resident;
import dev.mynalab.registry.store.InMemoryRegistryStore;
import dev.mynalab.rulebook.RuleBook;
import dev.mynalab.world.OcspCheck;
import dev.mynalab.world.ReferenceWorld;
import dev.mynalab.world.authority.IssuanceFailure;
import dev.mynalab.world.authority.IssuedCard;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The reference world of one lifecycle scenario (registry + 機構 + card + CA on the scenario's clock,
 * seed and journal), the people it knows by the names the scenario gives them, their cards in order
 * of issue, and the last refusal. The actors' drivers ({@link MunicipalCounter}, {@link
 * IssuingAuthorityDesk}, {@link Cardholder}) act on it; Then-steps observe through it. Knows
 * nothing of Cucumber.
 */
public final class LifecycleWorld {

  private final World world;
  private ReferenceWorld reference;
  private final Map<String, String> personIds = new HashMap<>();
  private final Map<String, List<IssuedCard>> cards = new HashMap<>();
  private String lastRefusal;
  private String lastRefusalRule;
  private Views.RemovedRecordCertificate lastCertificate;
  private final Map<String, Cardholder.Signed> signatures = new HashMap<>();

  public LifecycleWorld(World world) {
    this.world = world;
  }

  /**
   * The reference world, created on first use (after the scenario set its date), its 機構 making
   * cards with the run's applets (the reference ones, or a vendor's under test).
   */
  public ReferenceWorld reference() {
    if (reference == null) {
      reference =
          ReferenceWorld.create(
              world.clock(),
              world.seed(),
              world.journal(),
              RuleBook.fromSystemProperties(),
              new InMemoryRegistryStore(),
              SystemsUnderTest.current().card().worldApplets().orElse(CardApplets.REFERENCE));
    }
    return reference;
  }

  // ------------------------------------------------------------------ time

  /** Sets today's date; once the world exists it only moves forward, applying what falls due. */
  public void today(LocalDate date) {
    if (reference == null) {
      world.clock().set(date);
    } else {
      reference.advanceTo(date);
    }
  }

  public LocalDate today() {
    return world.clock().today();
  }

  // ------------------------------------------------------------------ people and cards

  void remember(String name, Resident r) {
    personIds.put(name, r.personId());
  }

  /** The current record of the person the scenario calls {@code name}. */
  public Resident resident(String name) {
    String id = personIds.get(name);
    if (id == null) {
      throw new IllegalArgumentException("no person called " + name + " in this scenario");
    }
    return reference().registry().store().byPersonId(id).orElseThrow();
  }

  public String code(String name) {
    return resident(name).residentCode();
  }

  void issued(String name, IssuedCard card) {
    cards.computeIfAbsent(name, n -> new ArrayList<>()).add(card);
  }

  /** The person's newest card. */
  public IssuedCard card(String name) {
    List<IssuedCard> list = cards.get(name);
    if (list == null || list.isEmpty()) {
      throw new IllegalStateException(name + " has no card in this scenario");
    }
    return list.get(list.size() - 1);
  }

  /** The card issued before the newest one. */
  public IssuedCard previousCard(String name) {
    List<IssuedCard> list = cards.get(name);
    if (list == null || list.size() < 2) {
      throw new IllegalStateException(name + " has no earlier card in this scenario");
    }
    return list.get(list.size() - 2);
  }

  public boolean hasCard(String name) {
    return cards.containsKey(name) && !cards.get(name).isEmpty();
  }

  // ------------------------------------------------------------------ documents

  void answered(Views.RemovedRecordCertificate certificate) {
    lastCertificate = certificate;
  }

  /** The last 除票の写し or 廃棄証明 a counter handed over, or null. */
  public Views.RemovedRecordCertificate lastCertificate() {
    return lastCertificate;
  }

  /** Keeps what {@code name} signed today, to be verified later. */
  public void signed(String name, Cardholder.Signed signed) {
    signatures.put(name + "@" + today(), signed);
  }

  /** What {@code name} signed on {@code day}, or null when the card refused to sign. */
  public Cardholder.Signed signature(String name, LocalDate day) {
    String key = name + "@" + day;
    if (!signatures.containsKey(key)) {
      throw new IllegalStateException(name + " did not try to sign on " + day);
    }
    return signatures.get(key);
  }

  // ------------------------------------------------------------------ refusals

  /** Runs {@code action}; a refusal by the registry or the 機構 is remembered, not thrown. */
  <T> Optional<T> attempt(Supplier<T> action) {
    lastRefusal = null;
    lastRefusalRule = null;
    try {
      return Optional.ofNullable(action.get());
    } catch (ProblemException e) {
      lastRefusal = e.problem().detail();
      lastRefusalRule = e.problem().pointer();
    } catch (IssuanceFailure e) {
      lastRefusal = e.getMessage();
      lastRefusalRule = e.rule();
    }
    return Optional.empty();
  }

  /** The last refusal's message, or null when the last action was accepted. */
  public String lastRefusal() {
    return lastRefusal;
  }

  /** The rule (or, for a registry problem, the JSON pointer) of the last refusal. */
  public String lastRefusalRule() {
    return lastRefusalRule;
  }

  // ------------------------------------------------------------------ observations

  /** What the CA's OCSP responder says about {@code certificate}. */
  public OcspCheck.Status ocsp(X509Certificate certificate) {
    return reference().ocsp().statusOf(certificate);
  }

  /** The CA's ledger entry of {@code certificate}. */
  public CertificateRecord record(X509Certificate certificate) {
    return reference()
        .ca()
        .store()
        .byCertificate(certificate)
        .orElseThrow(() -> new IllegalStateException("the CA did not issue this certificate"));
  }

  /** The holder's certificates of {@code purpose} in the CA's ledger, oldest first. */
  public List<CertificateRecord> certificates(String name, CaPurpose purpose) {
    return reference().ca().store().byHolder(resident(name).personId()).stream()
        .filter(r -> r.purpose() == purpose)
        .toList();
  }

  /** Whether the person's newest card is valid today (registry, ledger, 一時停止). */
  public boolean cardValid(String name) {
    return reference().authority().valid(card(name));
  }
}
