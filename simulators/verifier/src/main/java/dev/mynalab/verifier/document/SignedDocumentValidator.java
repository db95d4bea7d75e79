package dev.mynalab.verifier.document;

import dev.mynalab.verifier.CertificateValidator;
import dev.mynalab.verifier.Purpose;
import dev.mynalab.verifier.Status;
import dev.mynalab.verifier.Verdict;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.ASN1UTCTime;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.util.Store;

/**
 * Validates a CMS/PKCS#7 SignedData document (RFC 5652) the way an e-Tax receiving system does:
 * exactly one signer; the signer certificate must be in the CMS; the CMS signature (signed
 * attributes with the message digest) must verify with it; and the certificate must be a VALID 署名用
 * certificate ({@code sign} purpose) at the signing time — the signed signingTime attribute when
 * present (what the signer claims; a timestamp token would be stronger and is out of scope), else
 * the request's instant.
 */
public final class SignedDocumentValidator {

  private final CertificateValidator certificates;

  public SignedDocumentValidator(CertificateValidator certificates) {
    this.certificates = certificates;
  }

  /**
   * @param cms the DER SignedData (ContentInfo)
   * @param detachedContent the content when the CMS is detached, else null
   * @param at the instant to judge at when the CMS has no signingTime; null for now
   * @throws IllegalArgumentException when the bytes are not a CMS SignedData (a 4xx, not a verdict)
   */
  public DocumentVerdict validate(byte[] cms, byte[] detachedContent, Instant at) {
    CMSSignedData signed;
    try {
      signed =
          detachedContent == null
              ? new CMSSignedData(cms)
              : new CMSSignedData(new CMSProcessableByteArray(detachedContent), cms);
    } catch (CMSException | RuntimeException e) {
      throw new IllegalArgumentException("not a CMS SignedData");
    }
    if (signed.getSignedContent() == null) {
      throw new IllegalArgumentException("detached CMS: the signed content must be given");
    }
    byte[] content = (byte[]) signed.getSignedContent().getContent();
    String digest = sha256(content);
    Collection<SignerInformation> signers = signed.getSignerInfos().getSigners();
    if (signers.size() != 1) {
      return new DocumentVerdict(
          Status.INVALID_SIGNATURE,
          List.of("expected exactly one signer, found " + signers.size()),
          null,
          digest,
          null);
    }
    SignerInformation signer = signers.iterator().next();
    @SuppressWarnings("unchecked")
    Store<X509CertificateHolder> store = signed.getCertificates();
    @SuppressWarnings("unchecked")
    Collection<X509CertificateHolder> matches = store.getMatches(signer.getSID());
    if (matches.isEmpty()) {
      return new DocumentVerdict(
          Status.UNTRUSTED,
          List.of("the signer certificate is not in the document"),
          null,
          digest,
          null);
    }
    X509Certificate cert;
    try {
      cert = new JcaX509CertificateConverter().getCertificate(matches.iterator().next());
    } catch (Exception e) {
      throw new IllegalArgumentException("the signer certificate in the CMS cannot be read");
    }
    Instant signingTime = signingTime(signer);
    boolean signatureOk;
    try {
      // with the public key, not the certificate: Bouncy Castle would otherwise refuse a
      // signingTime
      // outside the certificate's validity as a failed signature, and an expired certificate would
      // read as a tampered document; validity is the certificate verdict's to judge (EXPIRED)
      signatureOk =
          signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(cert.getPublicKey()));
    } catch (Exception e) {
      signatureOk = false;
    }
    Instant when =
        signingTime != null ? signingTime : at != null ? at : certificates.clock().instant();
    Verdict verdict = certificates.validate(cert, Purpose.SIGN, when);
    List<String> reasons = new ArrayList<>();
    if (!signatureOk) {
      reasons.add("the CMS signature does not verify with the signer certificate");
      reasons.addAll(verdict.reasons());
      return new DocumentVerdict(Status.INVALID_SIGNATURE, reasons, signingTime, digest, verdict);
    }
    reasons.addAll(verdict.reasons());
    if (verdict.isValid()) {
      Map<String, String> four = CertificateValidator.basicFour(cert);
      verdict = verdict.withBasicFour(four.isEmpty() ? null : four);
    }
    return new DocumentVerdict(verdict.status(), reasons, signingTime, digest, verdict);
  }

  private static Instant signingTime(SignerInformation signer) {
    AttributeTable attrs = signer.getSignedAttributes();
    if (attrs == null) {
      return null;
    }
    Attribute a = attrs.get(CMSAttributes.signingTime);
    if (a == null || a.getAttrValues().size() != 1) {
      return null;
    }
    try {
      return Time.getInstance(a.getAttrValues().getObjectAt(0)).getDate().toInstant();
    } catch (RuntimeException e) {
      try {
        return ASN1UTCTime.getInstance(a.getAttrValues().getObjectAt(0))
            .getAdjustedDate()
            .toInstant();
      } catch (Exception e2) {
        return null;
      }
    }
  }

  private static String sha256(byte[] b) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
