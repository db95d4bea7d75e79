package dev.mynalab.konbini.pinreset;

import dev.mynalab.card.personalisation.SecretRef;
import dev.mynalab.card.transport.ApduTransport;

/**
 * Port: the 機構's secure channel that rewrites a PIN on the card and restores its counter (the same
 * channel the municipal counter uses, PN-02). The world implements it with the card issuer's
 * session ({@code CardIssuer.open(transport).resetPin(which, value)}).
 */
@FunctionalInterface
public interface PinWriter {

  void reset(ApduTransport card, SecretRef which, String newValue);
}
