package dev.mynalab.card.transport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mynalab.card.CardFixtures;
import dev.mynalab.card.applet.Aids;
import dev.mynalab.card.journal.ApduJournal;
import dev.mynalab.card.sim.MynaCard;
import javax.smartcardio.Card;
import javax.smartcardio.CardChannel;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CardTerminals;
import javax.smartcardio.CommandAPDU;
import org.junit.jupiter.api.Test;

/** Client code written against javax.smartcardio talks to the simulated card in-process. */
class SimulatedCardTerminalTest {

  @Test
  void standardApiReachesTheCardBoundary() throws Exception {
    MynaCard myna = CardFixtures.cards().issuer().manufacture("MYNA000000000103", ApduJournal.NONE);
    CardTerminal terminal =
        new SimulatedCardTerminal("mynalab in-process", myna)
            .asTerminals()
            .list(CardTerminals.State.CARD_PRESENT)
            .get(0);
    Card card = terminal.connect("*");
    assertThat(card.getATR().getBytes()).isEqualTo(MynaCard.ATR);
    assertThat(card.getProtocol()).isEqualTo("T=1");
    CardChannel ch = card.getBasicChannel();
    assertThat(ch.transmit(new CommandAPDU(0x00, 0xA4, 0x04, 0x0C, Aids.JPKI)).getSW())
        .isEqualTo(0x9000);
    // jcardsim's proprietary applet installation is not reachable from a reader
    assertThat(
            ch.transmit(new CommandAPDU(0x80, 0xB8, 0, 0, new byte[] {5, 1, 2, 3, 4, 5, 0}))
                .getSW())
        .isEqualTo(0x6D00);
    assertThat(
            ch.transmit(new CommandAPDU(0x00, 0xA4, 0x04, 0x0C, new byte[] {1, 2, 3, 4, 5}))
                .getSW())
        .isEqualTo(0x6A82);
    card.disconnect(true);
  }
}
