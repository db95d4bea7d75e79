package dev.mynalab.card.transport;

import javax.smartcardio.CardChannel;
import javax.smartcardio.CardException;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.ResponseAPDU;

/**
 * A javax.smartcardio channel: {@link SimulatedCardTerminal}'s, or a real PC/SC reader's (for the
 * vpcd reader of {@code card serve}, or a vendor's physical card).
 */
public final class SmartcardioTransport implements ApduTransport {

  private final CardChannel channel;
  private final String name;

  public SmartcardioTransport(CardChannel channel, String name) {
    this.channel = channel;
    this.name = name;
  }

  @Override
  public ResponseAPDU transmit(CommandAPDU command) throws CardException {
    return channel.transmit(command);
  }

  @Override
  public String name() {
    return name;
  }
}
