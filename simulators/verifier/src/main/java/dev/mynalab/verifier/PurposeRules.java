package dev.mynalab.verifier;

import dev.mynalab.verifier.trust.Anchor;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.List;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.PolicyInformation;

/**
 * Whether a certificate fits the purpose a relying party claims (card-interface.md §5, JPKI法 第17条:
 * a 署名検証者 verifies signatures with 署名用, a 利用者証明検証者 logins with 利用者証明用).
 */
final class PurposeRules {

  private static final String CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";

  private PurposeRules() {}

  /** Null when the certificate fits, else why not. */
  static String mismatch(X509Certificate cert, Anchor anchor, Purpose purpose) {
    if (cert.getBasicConstraints() >= 0) {
      return "a CA certificate is not an end-entity certificate";
    }
    boolean rootFits = false;
    for (RDN rdn : anchor.name().getRDNs(BCStyle.OU)) {
      if (purpose.caUnit().equals(IETFUtils.valueToString(rdn.getFirst().getValue()))) {
        rootFits = true;
      }
    }
    if (!rootFits) {
      return "issued under " + anchor.label() + ", which is not the " + purpose.code() + " root";
    }
    boolean[] ku = cert.getKeyUsage();
    if (ku == null || !cert.getCriticalExtensionOIDs().contains(Extension.keyUsage.getId())) {
      return "keyUsage missing or not critical";
    }
    boolean digitalSignature = ku[0];
    boolean nonRepudiation = ku.length > 1 && ku[1];
    if (purpose == Purpose.AUTH && (!digitalSignature || nonRepudiation)) {
      return "keyUsage is not digitalSignature alone, as a 利用者証明用 certificate's is";
    }
    if (purpose == Purpose.SIGN && (!digitalSignature || !nonRepudiation)) {
      return "keyUsage lacks digitalSignature + nonRepudiation of a 署名用 certificate";
    }
    List<String> eku;
    try {
      eku = cert.getExtendedKeyUsage();
    } catch (CertificateParsingException e) {
      return "unreadable extendedKeyUsage";
    }
    if (purpose == Purpose.AUTH && (eku == null || !eku.contains(CLIENT_AUTH))) {
      return "extendedKeyUsage lacks clientAuth";
    }
    if (purpose == Purpose.SIGN && eku != null && eku.size() == 1 && eku.contains(CLIENT_AUTH)) {
      return "extendedKeyUsage is clientAuth only: an authentication certificate";
    }
    byte[] ext = cert.getExtensionValue(Extension.certificatePolicies.getId());
    if (ext == null) {
      return "no certificatePolicies";
    }
    try {
      CertificatePolicies policies =
          CertificatePolicies.getInstance(ASN1OctetString.getInstance(ext).getOctets());
      for (PolicyInformation p : policies.getPolicyInformation()) {
        if (p.getPolicyIdentifier().getId().equals(purpose.policyOid())) {
          return null;
        }
      }
    } catch (RuntimeException e) {
      return "unreadable certificatePolicies";
    }
    return "certificatePolicies lack " + purpose.policyOid() + " (" + purpose.code() + ")";
  }
}
