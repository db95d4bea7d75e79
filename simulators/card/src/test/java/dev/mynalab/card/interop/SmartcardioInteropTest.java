package dev.mynalab.card.interop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mynalab.card.CardFixtures;
import dev.mynalab.card.applet.Aids;
import dev.mynalab.card.client.CardClient;
import dev.mynalab.card.transport.SmartcardioTransport;
import javax.smartcardio.Card;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.TerminalFactory;
import org.junit.jupiter.api.Test;

/** javax.smartcardio through pcscd reads the 個人番号 from the 入力補助AP after the PIN. */
class SmartcardioInteropTest {

  @Test
  void readsTheMyNumberThroughTheRealPcscStackAfterThePin() throws Exception {
    Pcsc.require(); // before TerminalFactory: pcscd must already run (vpcd-pipeline.md §7)
    try (ServedCard served = new ServedCard()) {
      TerminalFactory factory = TerminalFactory.getInstance("PC/SC", null);
      CardTerminal terminal = factory.terminals().getTerminal(Pcsc.READER);
      assertThat(terminal).as("terminal " + Pcsc.READER).isNotNull();
      Card card = terminal.connect("*");
      try {
        assertThat(card.getATR().getBytes()).isEqualTo(served.issued.card().atr());
        CardClient client =
            new CardClient(new SmartcardioTransport(card.getBasicChannel(), "pcsc"));
        assertThat(client.selectAp(Aids.NYURYOKU_HOJO)).isEqualTo(0x9000);
        assertThat(client.readAll(0x0001).sw()).isEqualTo(0x6982);
        assertThat(client.verify(0x0011, CardFixtures.TEXT_PIN)).isEqualTo(0x9000);
        CardClient.Read r = client.readAll(0x0001);
        assertThat(r.sw()).isEqualTo(0x9000);
        assertThat(CardClient.myNumberOf(r.data())).isEqualTo(served.issued.holder().myNumber());
        // extended length through pcscd and vpcd: a whole certificate in one READ BINARY
        byte[] cert = served.issued.authenticationCertificate().getEncoded();
        assertThat(client.selectJpki()).isEqualTo(0x9000);
        assertThat(client.selectEf(0x000A)).isEqualTo(0x9000);
        javax.smartcardio.ResponseAPDU whole =
            client.send(new javax.smartcardio.CommandAPDU(0x00, 0xB0, 0x00, 0x00, cert.length));
        assertThat(whole.getSW()).isEqualTo(0x9000);
        assertThat(whole.getData()).isEqualTo(cert);
      } finally {
        card.disconnect(true);
      }
    }
  }
}
