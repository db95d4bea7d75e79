package dev.mynalab.ca.crl;

import dev.mynalab.ca.hierarchy.CaGeneration;
import dev.mynalab.ca.store.RevocationReason;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuingDistributionPoint;
import org.bouncycastle.cert.X509v2CRLBuilder;

/**
 * Encodes and signs one CRL with Bouncy Castle's builder (RFC 5280 §5): issuer = the generation's
 * DN; extensions AKI (keyid, so the right generation is found among same-named roots), cRLNumber,
 * issuingDistributionPoint (critical; the partition's DirName; onlyContainsUserCerts, or
 * onlyContainsCACerts for an ARL) and, for a delta, deltaCRLIndicator (critical). Entries carry a
 * reasonCode unless the reason is unspecified (RFC 5280 §5.3.1: then it is absent).
 */
public final class CrlEncoder {

  private CrlEncoder() {}

  public static byte[] encode(
      CrlPartition partition,
      BigInteger number,
      BigInteger baseNumber,
      Instant thisUpdate,
      Instant nextUpdate,
      List<CrlEntry> entries) {
    CaGeneration issuer = partition.issuer();
    X509v2CRLBuilder builder = new X509v2CRLBuilder(issuer.name(), Date.from(thisUpdate));
    builder.setNextUpdate(Date.from(nextUpdate));
    for (CrlEntry e : entries) {
      int reason = e.reason() == RevocationReason.UNSPECIFIED ? 0 : e.reason().code();
      if (e.invalidFrom() == null) {
        builder.addCRLEntry(e.serial(), Date.from(e.revokedAt()), reason);
      } else {
        builder.addCRLEntry(
            e.serial(), Date.from(e.revokedAt()), reason, Date.from(e.invalidFrom()));
      }
    }
    try {
      builder.addExtension(
          Extension.authorityKeyIdentifier, false, new AuthorityKeyIdentifier(issuer.keyId()));
      builder.addExtension(Extension.cRLNumber, false, new CRLNumber(number));
      builder.addExtension(Extension.issuingDistributionPoint, true, idp(partition));
      if (baseNumber != null) {
        builder.addExtension(Extension.deltaCRLIndicator, true, new CRLNumber(baseNumber));
      }
      return builder.build(issuer.contentSigner()).getEncoded();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The issuingDistributionPoint of {@code partition}. */
  public static IssuingDistributionPoint idp(CrlPartition partition) {
    DistributionPointName name =
        new DistributionPointName(
            new GeneralNames(
                new GeneralName(GeneralName.directoryName, partition.distributionPoint())));
    return new IssuingDistributionPoint(
        name, !partition.isArl(), partition.isArl(), null, false, false);
  }
}
