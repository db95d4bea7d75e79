package dev.mynalab.ca.profile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.cert.X509Certificate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1UTF8String;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.x509.Extension;

/**
 * The TEST marker of スマホ用電子証明書 (domain-rules.md SP-01, SP-02): a non-critical private extension
 * {@code SEQUENCE { UTF8String platform, UTF8String "JPKI-TEST smartphone" }} under a UUID OID
 * (ITU-T X.667 arc {@code 2.25}, no registration needed), added after the card profile's
 * extensions.
 *
 * <p><b>Why a private extension.</b> The real smartphone certificates' profile (whether they differ
 * from the card's in issuer, policy OID or an extension) was not found in public sources. The
 * simulated world still needs relying parties to be able to tell a phone from a card (SP-03: only
 * facilities with the added reader accept phones), so it marks phone certificates in a way no real
 * certificate can carry: verifiers that ignore unknown non-critical extensions (RFC 5280 §4.2)
 * accept them exactly like card certificates.
 */
public final class SmartphoneProfile {

  /** The marker's OID (a UUID under 2.25; TEST only). */
  public static final String MARKER_OID = "2.25.34221836418120294774490034727197901706";

  /** What the marker's second string says. */
  public static final String MARKER_TEXT = "JPKI-TEST smartphone";

  /** The platforms a marker may name. */
  public static final Set<String> PLATFORMS = Set.of("android", "iphone");

  private SmartphoneProfile() {}

  /** The marker extension for {@code platform} ({@code android} or {@code iphone}). */
  public static Extension marker(String platform) {
    String p = platform == null ? "" : platform.toLowerCase(Locale.ROOT);
    if (!PLATFORMS.contains(p)) {
      throw new IllegalArgumentException(
          "platform must be one of " + PLATFORMS + ", got " + platform);
    }
    try {
      return new Extension(
          new ASN1ObjectIdentifier(MARKER_OID),
          false,
          new DERSequence(
                  new org.bouncycastle.asn1.ASN1Encodable[] {
                    new DERUTF8String(p), new DERUTF8String(MARKER_TEXT)
                  })
              .getEncoded("DER"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The platform named by the marker of {@code certificate}; empty for a card certificate (no
   * marker) or a malformed marker.
   */
  public static Optional<String> platformOf(X509Certificate certificate) {
    byte[] raw = certificate.getExtensionValue(MARKER_OID);
    if (raw == null) {
      return Optional.empty();
    }
    try {
      ASN1Primitive inner =
          ASN1Primitive.fromByteArray(ASN1OctetString.getInstance(raw).getOctets());
      ASN1Sequence seq = ASN1Sequence.getInstance(inner);
      String platform = ASN1UTF8String.getInstance(seq.getObjectAt(0)).getString();
      return PLATFORMS.contains(platform) ? Optional.of(platform) : Optional.empty();
    } catch (IOException | IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
      return Optional.empty();
    }
  }
}
