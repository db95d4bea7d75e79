package dev.mynalab.card.journal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mynalab.card.CardFixtures;
import dev.mynalab.card.applet.Aids;
import dev.mynalab.card.client.CardClient;
import dev.mynalab.card.sim.MynaCard;
import dev.mynalab.card.transport.InProcessTransport;
import dev.mynalab.kit.journal.Journal;
import dev.mynalab.kit.journal.JournalEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every APDU is journalled with decoded names; PIN values never appear in clear. */
class ApduJournalTest {

  @Test
  void journalsNamesAndMasksSecrets() {
    Journal journal = CardFixtures.journal();
    MynaCard card =
        CardFixtures.cards()
            .issuer()
            .manufacture("MYNA000000000102", new ApduJournal(journal, "in-process"));
    CardClient c = new CardClient(new InProcessTransport(card));
    c.selectAp(Aids.JPKI);
    c.verify(0x0018, "1234");
    c.selectEf(0x0099);
    List<JournalEntry> entries = journal.channel(ApduJournal.CHANNEL);
    assertThat(entries)
        .extracting(JournalEntry::summary)
        .containsExactly(
            "SELECT JPKI AP → 9000 OK",
            "SELECT EF 0018 → 9000 OK",
            "VERIFY P2=80 → 6984 reference data not usable (blocked)",
            "SELECT EF 0099 → 6A82 file or application not found");
    JournalEntry verify = entries.get(2);
    assertThat(verify.details().get("command")).isEqualTo("002000800" + "42A2A2A2A");
    assertThat(verify.details())
        .containsEntry("sw", "6984")
        .containsEntry("transport", "in-process");
    assertThat(entries)
        .allSatisfy(e -> assertThat(e.details().get("command")).doesNotContain("31323334"));
  }

  @Test
  void namesStatusWords() {
    assertThat(ApduNames.statusWord(0x63C2)).isEqualTo("wrong or queried: 2 tries left");
    assertThat(ApduNames.statusWord(0x63C0)).isEqualTo("blocked (0 tries left)");
    assertThat(ApduNames.statusWord(0x610D)).isEqualTo("more data: GET RESPONSE");
    assertThat(ApduNames.instruction(new byte[] {0x00, 0x20, 0x00, (byte) 0x80}))
        .isEqualTo("VERIFY (retry counter) P2=80");
    assertThat(ApduNames.mask(new byte[] {(byte) 0x84, 0x24, 0, 0x18, 2, 7, 8}))
        .containsExactly(0x84, 0x24, 0, 0x18, 2, '*', '*');
  }
}
