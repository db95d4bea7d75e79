package dev.mynalab.card.transport;

import javax.smartcardio.CardException;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.ResponseAPDU;

/**
 * Where host software sends APDUs: the in-process simulated card, a javax.smartcardio channel
 * (jcardsim's terminal or a real PC/SC reader, including the vpcd reader that serves a simulated
 * card). The issuer API and the tests are written against this, so the same code personalises a
 * card in-process or in a reader.
 */
public interface ApduTransport {

  ResponseAPDU transmit(CommandAPDU command) throws CardException;

  /** A short human label (journal, error messages). */
  String name();
}
