package dev.mynalab.ca.profile;

import dev.mynalab.ca.hierarchy.CaGeneration;
import dev.mynalab.ca.hierarchy.CaPurpose;
import dev.mynalab.ca.hierarchy.JpkiNames;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERIA5String;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERTaggedObject;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.PolicyInformation;
import org.bouncycastle.asn1.x509.PolicyQualifierId;
import org.bouncycastle.asn1.x509.PolicyQualifierInfo;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;

/**
 * The extensions of JPKI end-entity certificates, in the order and with the criticality of the real
 * card certificates (card-interface.md §5). The authentication list is checked against the real
 * sample {@code auth_ee_sample.der} by a test.
 *
 * <ul>
 *   <li>利用者証明用: keyUsage digitalSignature (critical); EKU clientAuth; certificatePolicies
 *       1.2.392.200149.8.5.1.3.30 + CPS (critical); issuerAltName; CRLDP DirName of the holder's
 *       municipal partition; AIA OCSP; AKI keyid + issuer + serial; SKI.
 *   <li>署名用: keyUsage digitalSignature + nonRepudiation (critical); certificatePolicies
 *       1.2.392.200149.8.5.1.1.20 + CPS (critical); subjectAltName with six otherNames
 *       1.2.392.200149.8.5.5.1–.6 (UTF8String, in the order of the real dump .1 .4 .3 .5 .2 .6);
 *       then issuerAltName, CRLDP, AIA, AKI, SKI as above. No EKU (none is documented).
 * </ul>
 */
public final class EndEntityProfile {

  /** The CPS qualifier of both policies. */
  public static final String CPS = "http://www.jpki.go.jp/cps.html";

  /** The arc of the signing certificate's SAN otherNames. */
  public static final String SAN_ARC = "1.2.392.200149.8.5.5";

  private EndEntityProfile() {}

  /**
   * The subject: {@code C=JP, CN=<id>} (auth) or {@code C=JP, L=<pref>, L=<city>, CN=<id>} (sign).
   */
  public static X500Name subject(CaPurpose purpose, String subjectId, Municipality municipality) {
    X500NameBuilder builder = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "JP");
    if (purpose == CaPurpose.SIGNATURE) {
      // the signing subject names the holder's locality (MC test: contains Kiyose-shi); the exact
      // RDN list is a documented gap (card-interface.md §8 item 7)
      builder.addRDN(BCStyle.L, municipality.prefecture()).addRDN(BCStyle.L, municipality.name());
    }
    return builder.addRDN(BCStyle.CN, subjectId).build();
  }

  /** The extensions for an end-entity certificate of {@code purpose}, in card order. */
  public static List<Extension> extensions(
      CaPurpose purpose,
      CaGeneration issuer,
      SubjectPublicKeyInfo subjectKey,
      Municipality municipality,
      URI ocspUrl,
      BasicFour basicFour) {
    return extensions(
        purpose, issuer, subjectKey, municipality, ocspUrl, basicFour, subjectKeyId(subjectKey));
  }

  /**
   * The same, with the subjectKeyIdentifier given (its derivation varies by seed, {@code
   * issuance.SubjectKeyIds}; position and criticality do not).
   */
  public static List<Extension> extensions(
      CaPurpose purpose,
      CaGeneration issuer,
      SubjectPublicKeyInfo subjectKey,
      Municipality municipality,
      URI ocspUrl,
      BasicFour basicFour,
      SubjectKeyIdentifier keyId) {
    try {
      List<Extension> list = new ArrayList<>();
      if (purpose == CaPurpose.AUTHENTICATION) {
        list.add(ext(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature)));
        list.add(
            ext(
                Extension.extendedKeyUsage,
                false,
                new ExtendedKeyUsage(KeyPurposeId.id_kp_clientAuth)));
        list.add(ext(Extension.certificatePolicies, true, policies(purpose)));
      } else {
        if (basicFour == null) {
          throw new IllegalArgumentException("a signing certificate needs the 基本4情報");
        }
        list.add(
            ext(
                Extension.keyUsage,
                true,
                new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation)));
        list.add(ext(Extension.certificatePolicies, true, policies(purpose)));
        list.add(ext(Extension.subjectAlternativeName, false, basicFourNames(basicFour)));
      }
      list.add(
          ext(
              Extension.issuerAlternativeName,
              false,
              new GeneralNames(
                  new GeneralName(GeneralName.directoryName, JpkiNames.caAlternative(purpose)))));
      list.add(
          ext(
              Extension.cRLDistributionPoints,
              false,
              distributionPoint(
                  JpkiNames.partition(purpose, municipality.prefecture(), municipality.name()))));
      list.add(
          ext(
              Extension.authorityInfoAccess,
              false,
              new AuthorityInformationAccess(
                  AccessDescription.id_ad_ocsp,
                  new GeneralName(GeneralName.uniformResourceIdentifier, ocspUrl.toString()))));
      list.add(
          ext(
              Extension.authorityKeyIdentifier,
              false,
              new AuthorityKeyIdentifier(
                  issuer.keyId(),
                  new GeneralNames(new GeneralName(GeneralName.directoryName, issuer.name())),
                  issuer.serial())));
      list.add(ext(Extension.subjectKeyIdentifier, false, keyId));
      return list;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A CRLDP with one DirName full name (the real partition form). */
  public static CRLDistPoint distributionPoint(X500Name partition) {
    return new CRLDistPoint(
        new DistributionPoint[] {
          new DistributionPoint(
              new DistributionPointName(
                  new GeneralNames(new GeneralName(GeneralName.directoryName, partition))),
              null,
              null)
        });
  }

  private static CertificatePolicies policies(CaPurpose purpose) {
    return new CertificatePolicies(
        new PolicyInformation(
            new ASN1ObjectIdentifier(purpose.policyOid()),
            new DERSequence(
                new PolicyQualifierInfo(PolicyQualifierId.id_qt_cps, new DERIA5String(CPS)))));
  }

  /** The six otherNames, in the order of the real openssl dump: .1 .4 .3 .5 .2 .6. */
  static GeneralNames basicFourNames(BasicFour four) {
    return new GeneralNames(
        new GeneralName[] {
          otherName(1, four.name()),
          otherName(4, JapaneseEra.sanValue(four.dateOfBirth())),
          otherName(3, four.sex().jpkiCode()),
          otherName(5, four.address()),
          otherName(2, four.nameSubstitutes()),
          otherName(6, four.addressSubstitutes())
        });
  }

  private static GeneralName otherName(int arc, String value) {
    ASN1EncodableVector v = new ASN1EncodableVector();
    v.add(new ASN1ObjectIdentifier(SAN_ARC + "." + arc));
    v.add(new DERTaggedObject(true, 0, new DERUTF8String(value)));
    return new GeneralName(GeneralName.otherName, new DERSequence(v));
  }

  private static SubjectKeyIdentifier subjectKeyId(SubjectPublicKeyInfo key) {
    try {
      return new SubjectKeyIdentifier(
          MessageDigest.getInstance("SHA-1").digest(key.getPublicKeyData().getBytes()));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is required by the Java platform", e);
    }
  }

  private static Extension ext(
      ASN1ObjectIdentifier oid, boolean critical, org.bouncycastle.asn1.ASN1Encodable value)
      throws IOException {
    return new Extension(oid, critical, value.toASN1Primitive().getEncoded("DER"));
  }
}
