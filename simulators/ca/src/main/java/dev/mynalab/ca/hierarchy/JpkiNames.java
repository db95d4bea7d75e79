package dev.mynalab.ca.hierarchy;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;

/**
 * The distinguished names of the JPKI hierarchy, in the real shape (card-interface.md §5) but
 * marked TEST: {@code C=JP} as PrintableString, every other attribute as UTF8String (BCStyle does
 * exactly that), RDNs in the order written.
 */
public final class JpkiNames {

  /** Marks every simulated CA as a test CA, as J-LIS's own test hierarchy does. */
  public static final String ORGANISATION = "JPKI-TEST";

  public static final String AGENCY = "Japan Agency for Local Authority Information Systems";
  public static final String ORGANISATION_JA = "公的個人認証サービス(TEST)";
  public static final String AGENCY_JA = "地方公共団体情報システム機構";

  private JpkiNames() {}

  /** The CA DN shared by every generation of one purpose. */
  public static X500Name ca(CaPurpose purpose) {
    return new X500NameBuilder(BCStyle.INSTANCE)
        .addRDN(BCStyle.C, "JP")
        .addRDN(BCStyle.O, ORGANISATION)
        .addRDN(BCStyle.OU, purpose.organisationalUnit())
        .addRDN(BCStyle.OU, AGENCY)
        .build();
  }

  /** The Japanese DirName of the CA's subjectAltName and of end-entity issuerAltName. */
  public static X500Name caAlternative(CaPurpose purpose) {
    return new X500NameBuilder(BCStyle.INSTANCE)
        .addRDN(BCStyle.C, "JP")
        .addRDN(BCStyle.O, ORGANISATION_JA)
        .addRDN(BCStyle.OU, purpose.organisationalUnitJa())
        .addRDN(BCStyle.OU, AGENCY_JA)
        .build();
  }

  /**
   * The CRL distribution point DirName of a municipal partition, e.g. {@code C=JP, O=JPKI-TEST,
   * OU=JPKI for user authentication, OU=CRL Distribution Points, OU=Hokkaido,
   * CN=Sapporo-shi-Minami-ku CRLDP} (the real sample's shape).
   */
  public static X500Name partition(CaPurpose purpose, String prefecture, String municipality) {
    return new X500NameBuilder(BCStyle.INSTANCE)
        .addRDN(BCStyle.C, "JP")
        .addRDN(BCStyle.O, ORGANISATION)
        .addRDN(BCStyle.OU, purpose.organisationalUnit())
        .addRDN(BCStyle.OU, "CRL Distribution Points")
        .addRDN(BCStyle.OU, prefecture)
        .addRDN(BCStyle.CN, municipality + " CRLDP")
        .build();
  }
}
