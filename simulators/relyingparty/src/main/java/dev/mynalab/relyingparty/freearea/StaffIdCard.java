package dev.mynalab.relyingparty.freearea;

import dev.mynalab.card.client.CardClient;
import dev.mynalab.card.sim.MynaCard;
import dev.mynalab.card.transport.ApduTransport;
import dev.mynalab.kit.journal.Journal;
import java.util.Map;
import java.util.Optional;

/**
 * The staff-ID use of the 空き領域 (seed: マイナンバーカードについて② ③空き領域): the issuing agency loads {@link
 * StaffIdApplet} onto an issued card ({@link #install}) and a 職員証 reader at a gate reads it ({@link
 * #read}). Both sides use only the staff AP's own AID and EF.
 */
public final class StaffIdCard {

  /** The staff AP's AID: a proprietary (F-category) AID, apart from the D392… My Number APs. */
  public static final byte[] AID = {
    (byte) 0xF0, 0x4D, 0x59, 0x4E, 0x41, 0x53, 0x54, 0x41, 0x46, 0x46 // F0 "MYNASTAFF"
  };

  private final Journal journal;

  public StaffIdCard(Journal journal) {
    this.journal = journal;
  }

  /**
   * The issuing agency (e.g. a ministry for its 国家公務員身分証) loads the staff AP with {@code record}.
   */
  public void install(MynaCard card, StaffRecord record) {
    card.installFreeAreaApplication(AID, StaffIdApplet.class, record.encode());
    journal.record(
        "freearea",
        "installed",
        "職員証 application of " + record.issuer() + " installed on card " + card.serial(),
        Map.of("card", card.serial(), "issuer", record.issuer()));
  }

  /** A 職員証 reader: selects the staff AP and reads its record; empty when the card has none. */
  public Optional<StaffRecord> read(ApduTransport card) {
    CardClient c = new CardClient(card);
    if (c.selectAp(AID) != 0x9000) {
      return Optional.empty();
    }
    CardClient.Read r = c.readAll(StaffIdApplet.RECORD_FID);
    if (!r.ok()) {
      return Optional.empty();
    }
    return Optional.of(StaffRecord.decode(r.data()));
  }
}
