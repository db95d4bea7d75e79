package dev.mynalab.relyingparty.mynumber;

import dev.mynalab.card.applet.Aids;
import dev.mynalab.card.client.CardClient;
import dev.mynalab.card.transport.ApduTransport;
import dev.mynalab.kit.journal.Journal;
import dev.mynalab.relyingparty.signing.CardRefused;
import java.util.Map;

/**
 * A relying party's My Number reader: asks {@link MyNumberUsePolicy} first, and only when the law
 * allows reads the number from the 券面事項入力補助AP (EF 0001, opened by its PIN 0011: CI-01). When the
 * law does not allow it the card is not touched at all — not one APDU.
 */
public final class MyNumberReader {

  /**
   * One attempt.
   *
   * @param myNumber the 12 digits read, null when refused
   */
  public record Reading(MyNumberUsePolicy.Decision decision, String myNumber) {

    public boolean allowed() {
      return decision.allowed();
    }
  }

  private final MyNumberUsePolicy policy;
  private final Journal journal;

  public MyNumberReader(MyNumberUsePolicy policy, Journal journal) {
    this.policy = policy;
    this.journal = journal;
  }

  /**
   * Reads the My Number for {@code purpose} if {@code entity} may.
   *
   * @param textPin the 券面事項入力補助用暗証番号 the holder enters
   * @throws CardRefused when allowed but the card refuses the PIN or the file
   */
  public Reading read(String entity, String purpose, ApduTransport card, String textPin) {
    MyNumberUsePolicy.Decision d = policy.decide(entity, purpose);
    journal.record(
        "mynumber",
        d.allowed() ? "allowed" : "refused",
        entity
            + " / "
            + purpose
            + ": "
            + (d.allowed() ? "may read" : "refused")
            + " — "
            + d.basis(),
        Map.of("entity", entity, "purpose", purpose, "allowed", Boolean.toString(d.allowed())));
    if (!d.allowed()) {
      return new Reading(d, null);
    }
    CardClient client = new CardClient(card);
    int sw = client.selectAp(Aids.NYURYOKU_HOJO);
    if (sw != 0x9000) {
      throw new CardRefused("the card has no 券面事項入力補助AP", sw);
    }
    sw = client.verify(0x0011, textPin);
    if (sw != 0x9000) {
      throw new CardRefused("the card refused the 券面事項入力補助用暗証番号", sw);
    }
    CardClient.Read r = client.readAll(0x0001);
    if (!r.ok()) {
      throw new CardRefused("the card refused the My Number file", r.sw());
    }
    return new Reading(d, CardClient.myNumberOf(r.data()));
  }
}
