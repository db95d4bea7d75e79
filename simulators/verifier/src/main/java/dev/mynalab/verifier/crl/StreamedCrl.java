package dev.mynalab.verifier.crl;

import java.math.BigInteger;
import java.time.Instant;
import org.bouncycastle.asn1.x500.X500Name;

/**
 * A CRL read by {@link StreamingCrlReader}: its header facts and the compact index of its entries —
 * never the entries as objects.
 *
 * @param signatureValid whether the signature verified against the key given to the reader
 * @param issuer the issuer name
 * @param distributionPoint the DirName of the issuingDistributionPoint, null when absent
 * @param crlNumber the cRLNumber, null when absent
 * @param deltaBase the deltaCRLIndicator (base cRLNumber) of a delta CRL, null for a full CRL
 * @param authorityKeyId the AKI keyIdentifier, null when absent
 * @param nextUpdate null when absent (then the CRL is never fresh, RFC 5280 §5.1.2.5)
 */
public record StreamedCrl(
    boolean signatureValid,
    X500Name issuer,
    Instant thisUpdate,
    Instant nextUpdate,
    X500Name distributionPoint,
    BigInteger crlNumber,
    BigInteger deltaBase,
    byte[] authorityKeyId,
    SerialIndex index) {

  public boolean isDelta() {
    return deltaBase != null;
  }
}
