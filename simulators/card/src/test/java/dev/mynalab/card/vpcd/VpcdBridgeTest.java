package dev.mynalab.card.vpcd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mynalab.card.CardFixtures;
import dev.mynalab.card.applet.Aids;
import dev.mynalab.card.journal.ApduJournal;
import dev.mynalab.card.sim.MynaCard;
import java.io.DataInputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import javax.smartcardio.CommandAPDU;
import org.junit.jupiter.api.Test;

/**
 * The vpcd wire protocol against a stand-in for vpcd (a loopback server speaking as vpcd 3.3 does,
 * length and payload in two segments): control codes, APDUs, and a clean end when vpcd goes away.
 */
class VpcdBridgeTest {

  private final MynaCard card =
      CardFixtures.cards().issuer().manufacture("MYNA000000000101", ApduJournal.NONE);

  @Test
  void answersAtrAndApdusAndEndsCleanlyWhenVpcdCloses() throws Exception {
    try (ServerSocket vpcd = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      VpcdBridge bridge = new VpcdBridge(card, "127.0.0.1", vpcd.getLocalPort(), false);
      Thread t = bridge.start(Duration.ofSeconds(5));
      try (Socket s = vpcd.accept()) {
        DataInputStream in = new DataInputStream(s.getInputStream());
        OutputStream out = s.getOutputStream();
        assertThat(bridge.awaitConnected(Duration.ofSeconds(5))).isTrue();
        send(out, new byte[] {0x01}); // power on: no answer
        send(out, new byte[] {0x04}); // get ATR
        assertThat(receive(in)).isEqualTo(MynaCard.ATR);
        send(out, new CommandAPDU(0x00, 0xA4, 0x04, 0x0C, Aids.JPKI).getBytes());
        assertThat(receive(in)).containsExactly(0x90, 0x00);
        send(out, new CommandAPDU(0x00, 0xA4, 0x04, 0x0C, new byte[] {1, 2, 3, 4, 5}).getBytes());
        assertThat(receive(in)).containsExactly(0x6A, 0x82);
        send(out, new CommandAPDU(0x00, 0xA4, 0x02, 0x0C, new byte[] {0x00, 0x06}).getBytes());
        assertThat(receive(in)).containsExactly(0x90, 0x00);
        send(out, new CommandAPDU(0x00, 0xB0, 0x00, 0x00, 0x20).getBytes());
        byte[] token = receive(in);
        assertThat(new String(token, 0, 15, "US-ASCII")).isEqualTo("JPKIAPICCTOKEN2");
        send(out, new byte[] {0x02}); // reset: the AP is deselected
        send(out, new CommandAPDU(0x00, 0xB0, 0x00, 0x00, 0x20).getBytes());
        assertThat(receive(in)).containsExactly(0x69, 0x86);
        assertThat(bridge.apduCount()).isEqualTo(5);
      }
      // vpcd (pcscd) went away: the bridge ends by itself instead of spinning
      t.join(5_000);
      assertThat(t.isAlive()).isFalse();
    }
  }

  @Test
  void givesUpWithAClearMessageWhenNothingListens() throws Exception {
    int port;
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = probe.getLocalPort();
    }
    VpcdBridge bridge = new VpcdBridge(card, "127.0.0.1", port, false);
    assertThatThrownBy(() -> bridge.serve(Duration.ofMillis(300)))
        .isInstanceOf(ConnectException.class)
        .hasMessageContaining("is pcscd with the vpcd reader running?");
  }

  @Test
  void closeStopsAWaitingBridge() throws Exception {
    try (ServerSocket vpcd = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      VpcdBridge bridge = new VpcdBridge(card, "127.0.0.1", vpcd.getLocalPort(), true);
      Thread t = bridge.start(Duration.ofSeconds(5));
      try (Socket s = vpcd.accept()) {
        assertThat(bridge.awaitConnected(Duration.ofSeconds(5))).isTrue();
        bridge.close();
        t.join(5_000);
        assertThat(t.isAlive()).isFalse();
      }
    }
  }

  @Test
  void reconnectsWhenVpcdComesBack() throws Exception {
    try (ServerSocket vpcd = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      VpcdBridge bridge = new VpcdBridge(card, "127.0.0.1", vpcd.getLocalPort(), true);
      Thread t = bridge.start(Duration.ofSeconds(5));
      vpcd.accept().close(); // pcscd restarts: the first connection goes away
      try (Socket again = vpcd.accept()) {
        DataInputStream in = new DataInputStream(again.getInputStream());
        send(again.getOutputStream(), new byte[] {0x04});
        assertThat(receive(in)).isEqualTo(MynaCard.ATR);
      } finally {
        bridge.close();
      }
      t.join(5_000);
      assertThat(t.isAlive()).isFalse();
    }
  }

  /** As vpcd 3.3 does: the 2-byte length and the payload in two separate writes. */
  private static void send(OutputStream out, byte[] payload) throws Exception {
    out.write(new byte[] {(byte) (payload.length >> 8), (byte) payload.length});
    out.flush();
    out.write(payload);
    out.flush();
  }

  private static byte[] receive(DataInputStream in) throws Exception {
    byte[] b = new byte[in.readUnsignedShort()];
    in.readFully(b);
    return b;
  }
}
