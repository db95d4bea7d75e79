package dev.mynalab.verifier.profile;

import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.x509.OtherName;

/**
 * Reads the 基本4情報 from a signing certificate's subjectAltName (card-interface.md §5): six
 * otherNames 1.2.392.200149.8.5.5.1–.6, each {@code [0] EXPLICIT UTF8String} (OCTET STRING is
 * tolerated, as HITACHI's reader does). Returned keys: name, nameSubstitutes, sex, dateOfBirth
 * (EYYYYMMDD), address, addressSubstitutes — in OID order.
 */
public final class BasicFourReader {

  public static final String ARC = "1.2.392.200149.8.5.5.";

  private static final List<String> KEYS =
      List.of("name", "nameSubstitutes", "sex", "dateOfBirth", "address", "addressSubstitutes");

  private BasicFourReader() {}

  /** The six values, or an empty map when the SAN does not carry them. */
  public static Map<String, String> read(X509Certificate cert) {
    Map<Integer, String> byArc = new java.util.TreeMap<>();
    try {
      Collection<List<?>> names = cert.getSubjectAlternativeNames();
      if (names == null) {
        return Map.of();
      }
      for (List<?> n : names) {
        if (!Integer.valueOf(0).equals(n.get(0)) || !(n.get(1) instanceof byte[] der)) {
          continue;
        }
        // JDK: the DER of the untagged OtherName SEQUENCE (stack.md P9)
        OtherName other = OtherName.getInstance(ASN1Primitive.fromByteArray(der));
        String oid = other.getTypeID().getId();
        if (!oid.startsWith(ARC)) {
          continue;
        }
        int arc = Integer.parseInt(oid.substring(ARC.length()));
        ASN1Encodable value = other.getValue();
        if (value instanceof ASN1TaggedObject t) {
          value = t.getExplicitBaseObject();
        }
        String text =
            value instanceof ASN1String s
                ? s.getString()
                : value instanceof org.bouncycastle.asn1.ASN1OctetString o
                    ? new String(o.getOctets(), java.nio.charset.StandardCharsets.UTF_8)
                    : null;
        if (arc >= 1 && arc <= 6 && text != null) {
          byArc.put(arc, text);
        }
      }
    } catch (CertificateParsingException | java.io.IOException | RuntimeException e) {
      return Map.of();
    }
    if (byArc.size() != 6) {
      return Map.of();
    }
    Map<String, String> out = new LinkedHashMap<>();
    byArc.forEach((arc, v) -> out.put(KEYS.get(arc - 1), v));
    return out;
  }
}
