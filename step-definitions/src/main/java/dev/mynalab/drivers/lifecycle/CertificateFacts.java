package dev.mynalab.drivers.lifecycle;

import dev.mynalab.ca.profile.EndEntityProfile;
import java.security.cert.X509Certificate;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;

/**
 * What a relying party reads from a 署名用電子証明書: the 基本4情報 carried as otherNames of the subjectAltName
 * ({@code 1.2.392.200149.8.5.5.1–.6}, ca README); here the address ({@code .5}).
 */
public final class CertificateFacts {

  private CertificateFacts() {}

  /** The 住所 otherName of a signing certificate, if any. */
  public static Optional<String> address(X509Certificate certificate) {
    return otherName(certificate, EndEntityProfile.SAN_ARC + ".5");
  }

  private static Optional<String> otherName(X509Certificate certificate, String oid) {
    byte[] ext = certificate.getExtensionValue(Extension.subjectAlternativeName.getId());
    if (ext == null) {
      return Optional.empty();
    }
    try {
      GeneralNames names = GeneralNames.getInstance(ASN1OctetString.getInstance(ext).getOctets());
      for (GeneralName n : names.getNames()) {
        if (n.getTagNo() != GeneralName.otherName) {
          continue;
        }
        ASN1Sequence seq = ASN1Sequence.getInstance(n.getName());
        if (ASN1ObjectIdentifier.getInstance(seq.getObjectAt(0)).getId().equals(oid)) {
          var value = ASN1TaggedObject.getInstance(seq.getObjectAt(1)).getExplicitBaseObject();
          return Optional.of(((ASN1String) value).getString());
        }
      }
      return Optional.empty();
    } catch (IllegalArgumentException | ClassCastException e) {
      throw new IllegalStateException("unreadable subjectAltName: " + e.getMessage(), e);
    }
  }
}
