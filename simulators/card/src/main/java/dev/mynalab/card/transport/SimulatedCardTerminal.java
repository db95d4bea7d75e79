package dev.mynalab.card.transport;

import dev.mynalab.card.sim.MynaCard;
import java.nio.ByteBuffer;
import java.util.List;
import javax.smartcardio.ATR;
import javax.smartcardio.Card;
import javax.smartcardio.CardChannel;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CardTerminals;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.ResponseAPDU;

/**
 * A javax.smartcardio {@link CardTerminal} holding a simulated card, for client code written
 * against the standard API. Unlike jcardsim's {@code CardTerminalSimulator} it goes through the
 * card's own boundary ({@link MynaCard#transmit(byte[])}): 6A82 for unknown AIDs, the journal, and
 * no jcardsim-proprietary {@code 80 B8} applet installation reachable from the reader.
 */
public final class SimulatedCardTerminal extends CardTerminal {

  private final String name;
  private final MynaCard card;
  private volatile boolean connected;

  public SimulatedCardTerminal(String name, MynaCard card) {
    this.name = name;
    this.card = card;
  }

  /** A {@link CardTerminals} listing just this terminal. */
  public CardTerminals asTerminals() {
    SimulatedCardTerminal self = this;
    return new CardTerminals() {
      @Override
      public List<CardTerminal> list(State state) {
        return state == State.CARD_ABSENT ? List.of() : List.of(self);
      }

      @Override
      public boolean waitForChange(long timeout) {
        return true;
      }
    };
  }

  @Override
  public String getName() {
    return name;
  }

  @Override
  public Card connect(String protocol) throws CardException {
    if (!"*".equals(protocol) && !"T=1".equals(protocol)) {
      throw new CardException("the simulated card speaks T=1 only, not " + protocol);
    }
    card.reset();
    connected = true;
    return new SimulatedCard();
  }

  @Override
  public boolean isCardPresent() {
    return true;
  }

  @Override
  public boolean waitForCardPresent(long timeout) {
    return true;
  }

  @Override
  public boolean waitForCardAbsent(long timeout) {
    return false;
  }

  private final class SimulatedCard extends Card {
    private final CardChannel basic = new Channel(this);

    @Override
    public ATR getATR() {
      return new ATR(card.atr());
    }

    @Override
    public String getProtocol() {
      return "T=1";
    }

    @Override
    public CardChannel getBasicChannel() {
      return basic;
    }

    @Override
    public CardChannel openLogicalChannel() throws CardException {
      throw new CardException("logical channels are not supported (card-interface.md §1)");
    }

    @Override
    public void beginExclusive() {}

    @Override
    public void endExclusive() {}

    @Override
    public byte[] transmitControlCommand(int controlCode, byte[] command) throws CardException {
      throw new CardException("no reader control commands on a simulated terminal");
    }

    @Override
    public void disconnect(boolean reset) {
      if (reset) {
        card.reset();
      }
      connected = false;
    }
  }

  private final class Channel extends CardChannel {
    private final Card owner;

    Channel(Card owner) {
      this.owner = owner;
    }

    @Override
    public Card getCard() {
      return owner;
    }

    @Override
    public int getChannelNumber() {
      return 0;
    }

    @Override
    public ResponseAPDU transmit(CommandAPDU command) throws CardException {
      if (!connected) {
        throw new IllegalStateException("card disconnected");
      }
      return card.transmit(command);
    }

    @Override
    public int transmit(ByteBuffer command, ByteBuffer response) throws CardException {
      byte[] c = new byte[command.remaining()];
      command.get(c);
      byte[] r = card.transmit(c);
      response.put(r);
      return r.length;
    }

    @Override
    public void close() throws CardException {
      throw new IllegalStateException("the basic channel cannot be closed");
    }
  }
}
