package dev.mynalab.ca.crl;

import dev.mynalab.ca.hierarchy.CaGeneration;
import dev.mynalab.ca.hierarchy.JpkiNames;
import dev.mynalab.ca.profile.Municipality;
import org.bouncycastle.asn1.x500.X500Name;

/**
 * The scope of one CRL: the certificates of one issuer generation in one municipality (a partition
 * whose issuingDistributionPoint equals the CRLDP DirName of those certificates), or — when {@code
 * municipality} is null — the generation's ARL, whose distribution point is the CA DN (the CRLDP of
 * the CA certificate) and which covers CA certificates only.
 */
public record CrlPartition(CaGeneration issuer, Municipality municipality) {

  public boolean isArl() {
    return municipality == null;
  }

  /** The distribution point name (the IDP's and the certificates' DirName). */
  public X500Name distributionPoint() {
    return isArl()
        ? issuer.name()
        : JpkiNames.partition(issuer.purpose(), municipality.prefecture(), municipality.name());
  }

  /**
   * A stable id used in URLs and file names, e.g. {@code auth-g03-01106} or {@code auth-g03-arl}.
   */
  public String id() {
    return issuer.purpose().code()
        + "-g"
        + String.format("%02d", issuer.number())
        + "-"
        + (isArl() ? "arl" : municipality.code());
  }
}
