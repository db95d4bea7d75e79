package dev.mynalab.drivers.sut;

import dev.mynalab.drivers.card.CardSource;
import dev.mynalab.drivers.card.ReferenceCardSource;
import dev.mynalab.drivers.verifier.ReferenceVerifierAdapter;
import dev.mynalab.drivers.verifier.VerifierAdapter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The systems under test of the current run: which card source and which verifier the drivers talk
 * to, what they identify as, and which capabilities they offer. Run-wide (like the seed), set by
 * the conformance runner before Cucumber starts and reset afterwards; without anything set it is
 * the embedded reference world, so {@code ./mvnw verify} and {@code mynalab conformance} without a
 * profile run exactly as before.
 */
public final class SystemsUnderTest implements AutoCloseable {

  /** One system's identity for the report: the fields of the report's {@code systemUnderTest}. */
  public record Identity(
      String id,
      String kind,
      String name,
      String version,
      String hashAlgorithm,
      String hash,
      String hashedOver,
      Map<String, String> properties) {}

  /** A scenario left out because a capability was missing (for the report's N/A list). */
  public record Skipped(String uri, int line, String capability, String reason) {}

  private static volatile SystemsUnderTest current;

  private final CardSource card;
  private final VerifierAdapter verifier;
  private final List<Identity> identities;
  private final Set<String> capabilities;
  private final List<Skipped> skipped = Collections.synchronizedList(new ArrayList<>());

  public SystemsUnderTest(CardSource card, VerifierAdapter verifier, List<Identity> identities) {
    this.card = card;
    this.verifier = verifier;
    this.identities = List.copyOf(identities);
    Set<String> caps = new HashSet<>(card.capabilities());
    if (card.worldApplets().isEmpty()) {
      caps.remove(Capabilities.CARD_WORLD);
    }
    caps.addAll(verifier.capabilities());
    this.capabilities = Set.copyOf(caps);
  }

  /** The embedded reference world. */
  public static SystemsUnderTest reference() {
    return new SystemsUnderTest(
        new ReferenceCardSource(), new ReferenceVerifierAdapter(), List.of());
  }

  /** The run's systems (the reference world unless a run installed others). */
  public static SystemsUnderTest current() {
    SystemsUnderTest s = current;
    if (s == null) {
      synchronized (SystemsUnderTest.class) {
        if (current == null) {
          current = reference();
        }
        s = current;
      }
    }
    return s;
  }

  /** Makes {@code systems} the run's; {@link #close()} puts the reference world back. */
  public static synchronized void install(SystemsUnderTest systems) {
    current = systems;
  }

  public CardSource card() {
    return card;
  }

  public VerifierAdapter verifier() {
    return verifier;
  }

  /** The identities of the systems other than the embedded reference (empty for it). */
  public List<Identity> identities() {
    return identities;
  }

  public Set<String> capabilities() {
    return capabilities;
  }

  /**
   * Which capability a scenario at {@code uri} with {@code tags} needs and this run lacks, with the
   * reason; empty map when it can run.
   */
  public Map<String, String> missingFor(String uri, Iterable<String> tags) {
    Map<String, String> missing = new LinkedHashMap<>();
    Set<String> tagSet = new HashSet<>();
    tags.forEach(tagSet::add);
    for (String cap :
        List.of(
            Capabilities.CARD_ISSUER,
            Capabilities.CARD_BLANK,
            Capabilities.VERIFIER_WORLD_CLOCK,
            Capabilities.VERIFIER_OUTAGE)) {
      if (tagSet.contains(Capabilities.tagOf(cap)) && !capabilities.contains(cap)) {
        missing.put(cap, "the system under test does not offer " + cap);
      }
    }
    if (uri.contains("features/lifecycle/") && !capabilities.contains(Capabilities.CARD_WORLD)) {
      missing.put(
          Capabilities.CARD_WORLD,
          "the lifecycle features have the world's 機構 issue, re-issue and revoke cards; the card"
              + " under test is one fixed card in a reader");
    }
    return missing;
  }

  /** Notes a scenario left out (called by the capability gate). */
  public void skipped(Skipped s) {
    skipped.add(s);
  }

  public List<Skipped> skippedScenarios() {
    synchronized (skipped) {
      return List.copyOf(skipped);
    }
  }

  @Override
  public void close() {
    try {
      card.close();
    } finally {
      verifier.close();
      synchronized (SystemsUnderTest.class) {
        if (current == this) {
          current = null;
        }
      }
    }
  }
}
