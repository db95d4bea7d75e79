package dev.mynalab.smartphone.se;

import dev.mynalab.card.journal.ApduJournal;
import dev.mynalab.card.personalisation.CardIssuer;
import dev.mynalab.card.personalisation.IssuerSession;
import dev.mynalab.card.sim.MynaCard;
import dev.mynalab.card.transport.InProcessTransport;
import dev.mynalab.kit.journal.Journal;

/**
 * The phone's secure element (SE / eSE): another instance of the reference JPKI applets (the same
 * {@link MynaCard} build) on its own jcardsim simulator. Keys are generated inside it and never
 * leave it; it has its own PINs and retry counters. The 機構 personalises it through the issuer
 * channel (in the real service a TSM does this over the air); the holder's phone talks to it with
 * {@link ChipSession}, its APDUs journalled on transport {@code smartphone-se}.
 *
 * <p>A fresh element is manufactured for every loading, and the phone adopts it only when the
 * loading succeeded, so that a refused loading leaves nothing half-written on the phone.
 */
public final class SecureElement {

  /** The APDU journal's transport name for every secure element. */
  public static final String TRANSPORT = "smartphone-se";

  private final MynaCard chip;
  private final CardIssuer issuer;

  private SecureElement(MynaCard chip, CardIssuer issuer) {
    this.chip = chip;
    this.issuer = issuer;
  }

  /**
   * A blank element (applets installed, no keys, no PINs).
   *
   * @param serial 16 ASCII characters
   */
  public static SecureElement manufacture(CardIssuer issuer, String serial, Journal journal) {
    return new SecureElement(
        issuer.manufacture(serial, new ApduJournal(journal, TRANSPORT)), issuer);
  }

  public String serial() {
    return chip.serial();
  }

  /** The issuer channel, for personalisation by the 機構. */
  public IssuerSession personalise() {
    chip.reset();
    return issuer.open(new InProcessTransport(chip));
  }

  /** A holder-side session. */
  public ChipSession session() {
    return ChipSession.open(chip);
  }
}
