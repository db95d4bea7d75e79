package dev.mynalab.drivers.use;

import dev.mynalab.card.transport.ApduTransport;
import dev.mynalab.card.transport.InProcessTransport;
import dev.mynalab.drivers.lifecycle.LifecycleWorld;
import dev.mynalab.kit.journal.JournalEntry;
import dev.mynalab.relyingparty.etax.ETaxReception;
import dev.mynalab.relyingparty.platform.Businesses;
import dev.mynalab.relyingparty.platform.PlatformOperator;
import dev.mynalab.relyingparty.verification.AttachedVerifier;
import dev.mynalab.verifier.VerifierService;
import dev.mynalab.world.ReferenceWorld;
import dev.mynalab.world.authority.IssuedCard;
import java.util.function.Predicate;

/**
 * The 利用 stage of one scenario: the lifecycle's reference world (the person's card issued by the 機構
 * on jcardsim, the real CA) with the relying parties of {@code simulators/relyingparty} on it — the
 * e-Tax 受付システム and the プラットフォーム事業者, both asking a real verifier that reaches the CA's OCSP/CRL over
 * HTTPS as a registered platform operator. Created lazily, closed after the scenario.
 */
public final class UseWorld implements AutoCloseable {

  private final LifecycleWorld lifecycle;
  private AttachedVerifier attached;
  private ETaxReception etax;
  private PlatformOperator platform;

  public UseWorld(LifecycleWorld lifecycle) {
    this.lifecycle = lifecycle;
  }

  public LifecycleWorld lifecycle() {
    return lifecycle;
  }

  ReferenceWorld reference() {
    return lifecycle.reference();
  }

  /** The verifier, attached to the reference world's CA on first use. */
  public VerifierService verifier() {
    if (attached == null) {
      ReferenceWorld w = reference();
      attached =
          AttachedVerifier.attach(w.ca(), "mynalab-platform", w.seed(), w.clock(), w.journal());
    }
    return attached.verifier();
  }

  public ETaxReception etax() {
    if (etax == null) {
      ReferenceWorld w = reference();
      etax = new ETaxReception(verifier(), w.clock(), w.seed(), w.journal());
    }
    return etax;
  }

  public PlatformOperator platform() {
    if (platform == null) {
      platform = new PlatformOperator(verifier(), Businesses.fromFixture(), reference().journal());
    }
    return platform;
  }

  /** The person's newest card in a reader (a power cycle first: no PIN state carries over). */
  public ApduTransport cardOf(String name) {
    IssuedCard card = lifecycle.card(name);
    card.card().reset();
    return new InProcessTransport(card.card());
  }

  /** The journal's position now, to count what happens after it. */
  public long mark() {
    return reference().journal().lastSequence();
  }

  /** Journal entries after {@code mark} matching {@code filter}. */
  public long countSince(long mark, Predicate<JournalEntry> filter) {
    return reference().journal().since(mark).stream().filter(filter).count();
  }

  /**
   * APDUs of instruction {@code ins} (e.g. COMPUTE DIGITAL SIGNATURE) cards answered after mark.
   */
  public long apdusSince(long mark, String ins, String sw) {
    return countSince(
        mark,
        e ->
            e.channel().equals("card")
                && e.type().equals("apdu")
                && e.details().getOrDefault("ins", "").startsWith(ins)
                && (sw == null || sw.equals(e.details().get("sw"))));
  }

  /** Every APDU sent to any card after mark. */
  public long apdusSince(long mark) {
    return countSince(mark, e -> e.channel().equals("card") && e.type().equals("apdu"));
  }

  @Override
  public void close() {
    if (attached != null) {
      attached.close();
      attached = null;
    }
  }
}
