package dev.mynalab.drivers.card;

import dev.mynalab.card.personalisation.HolderData;
import dev.mynalab.card.personalisation.IssuerSession;
import dev.mynalab.card.personalisation.Pins;
import dev.mynalab.card.transport.ApduTransport;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;

/**
 * The seam between the card features and a card: one issued My Number Card as the harness reaches
 * it. The scenarios speak only through {@link #channel()} (transmit an APDU, card-interface.md
 * §1–§4) and {@link #powerCycle()}, so the same scenarios run on the in-process reference card, on
 * vendor applets in jcardsim and on any card in a PC/SC reader. What the harness knows beside the
 * card (holder data, PINs, the certificates as issued) comes from the issuer — the harness itself,
 * or the vendor's profile.
 */
public interface CardUnderTest {

  /** Where APDUs go; every exchange is journalled (channel {@code card}). */
  ApduTransport channel();

  /** Power cycle (a new reader session): deselects the AP, clears verified PINs. */
  void powerCycle();

  /** What was written on the card about its holder. */
  HolderData holder();

  /** The PINs as set on the card. */
  Pins pins();

  X509Certificate authenticationCertificate();

  X509Certificate signingCertificate();

  /**
   * The card's private-key material (p, q, dp, dq, qinv of both keys) when the harness can look
   * inside the card (the reference applets); empty for a black box, where leaks are searched for as
   * factors of the certified moduli instead.
   */
  default Optional<List<byte[]>> privateKeyMaterialForLeakTests() {
    return Optional.empty();
  }

  /**
   * An issuer session over {@link #channel()} when the harness holds this card's issuer key
   * (capability {@code card.issuer}); empty otherwise.
   */
  Optional<IssuerSession> issuerSession();
}
