package dev.mynalab.card.transport;

import dev.mynalab.card.sim.MynaCard;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.ResponseAPDU;

/** The simulated card called directly in this JVM (~µs per APDU, except RSA). */
public final class InProcessTransport implements ApduTransport {

  private final MynaCard card;

  public InProcessTransport(MynaCard card) {
    this.card = card;
  }

  @Override
  public ResponseAPDU transmit(CommandAPDU command) {
    return card.transmit(command);
  }

  @Override
  public String name() {
    return "in-process";
  }
}
