package dev.mynalab.ca.issuance;

import dev.mynalab.ca.hierarchy.CaPurpose;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.LocalDate;

/**
 * The port through which the 機構 certifies a key generated on the card (the world joins card and CA
 * with it: the card generates the key pair, this port certifies the public key, the certificate is
 * written back to the card).
 */
public interface CertificationPort {

  /**
   * Certifies {@code cardPublicKey} for {@code holder} with the profile of {@code purpose}.
   *
   * @param cardExpiry the card's last valid day (the certificate never outlives it)
   * @throws IssuanceRefused when a rule forbids it (e.g. EC-03) or the request is incomplete
   */
  X509Certificate certify(
      CaPurpose purpose, PublicKey cardPublicKey, Holder holder, LocalDate cardExpiry);
}
