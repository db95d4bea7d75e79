package dev.mynalab.verifier.revocation;

import dev.mynalab.verifier.RevocationInfo;
import dev.mynalab.verifier.trust.Anchor;
import java.io.IOException;
import java.net.URI;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.SingleResp;
import org.bouncycastle.cert.ocsp.UnknownStatus;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * The OCSP client (RFC 6960) of the verifier. Every answer is checked before it is believed:
 *
 * <ul>
 *   <li>responseStatus successful, a BasicOCSPResponse, signed by the issuing root generation
 *       itself (chosen by key id, not name) or by a delegated responder certificate that this
 *       generation issued with id-kp-OCSPSigning (§4.2.2.2);
 *   <li>the nonce: a response nonce must equal the request's; an absent one is accepted only when
 *       {@code requireNonce} is off (the simulated responder pre-signs and ignores nonces, RFC 8954
 *       §2.1) — replay is then bounded by the freshness checks;
 *   <li>a SingleResponse for exactly our CertID; thisUpdate not in the future (clock skew allowed)
 *       and not older than {@code maxAge}; nextUpdate present and not passed.
 * </ul>
 *
 * Any failure makes the answer UNAVAILABLE (the caller then falls back to the CRL); an {@code
 * unknown} status is a definite UNKNOWN.
 */
public final class OcspClient {

  private final HttpFetcher fetcher;
  private final SecureRandom nonces;
  private final boolean requireNonce;
  private final Duration maxAge;
  private final Duration skew;
  private final URI override;
  private final DigestCalculatorProvider digests;

  /**
   * @param override when non-null, every request goes here instead of the certificate's AIA (a
   *     verifier pinned to one responder, or a test proxy)
   */
  public OcspClient(
      HttpFetcher fetcher,
      SecureRandom nonces,
      boolean requireNonce,
      Duration maxAge,
      Duration skew,
      URI override) {
    this.fetcher = fetcher;
    this.nonces = nonces;
    this.requireNonce = requireNonce;
    this.maxAge = maxAge;
    this.skew = skew;
    this.override = override;
    try {
      this.digests = new JcaDigestCalculatorProviderBuilder().build();
    } catch (OperatorCreationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Asks about {@code cert} issued by {@code issuer}, judging freshness at {@code now}. */
  public RevocationOutcome check(X509Certificate cert, Anchor issuer, Instant now) {
    Optional<URI> url = override != null ? Optional.of(override) : aiaOcsp(cert);
    if (url.isEmpty()) {
      return RevocationOutcome.unavailable("OCSP: the certificate names no responder (AIA)");
    }
    CertificateID id;
    byte[] nonce = new byte[16];
    byte[] requestDer;
    try {
      id =
          new CertificateID(
              digests.get(CertificateID.HASH_SHA1),
              new X509CertificateHolder(issuer.certificate().getEncoded()),
              cert.getSerialNumber());
      synchronized (nonces) {
        nonces.nextBytes(nonce);
      }
      OCSPReq req =
          new OCSPReqBuilder()
              .addRequest(id)
              .setRequestExtensions(
                  new Extensions(
                      new Extension(
                          OCSPObjectIdentifiers.id_pkix_ocsp_nonce,
                          false,
                          new DEROctetString(nonce))))
              .build();
      requestDer = req.getEncoded();
    } catch (Exception e) {
      return RevocationOutcome.unavailable("OCSP: cannot build the request: " + e.getMessage());
    }
    byte[] body;
    try {
      body = fetcher.post(url.get(), "application/ocsp-request", requestDer);
    } catch (FetchFailed e) {
      return RevocationOutcome.unavailable("OCSP: " + e.getMessage());
    }
    return judge(body, id, nonce, issuer, now);
  }

  RevocationOutcome judge(byte[] body, CertificateID id, byte[] nonce, Anchor issuer, Instant now) {
    OCSPResp resp;
    try {
      resp = new OCSPResp(body);
    } catch (IOException | RuntimeException e) {
      return RevocationOutcome.unavailable("OCSP: the response is not DER OCSPResponse");
    }
    if (resp.getStatus() != OCSPResp.SUCCESSFUL) {
      return RevocationOutcome.unavailable(
          "OCSP: responseStatus " + resp.getStatus() + " (not successful)");
    }
    BasicOCSPResp basic;
    try {
      Object o = resp.getResponseObject();
      if (!(o instanceof BasicOCSPResp b)) {
        return RevocationOutcome.unavailable("OCSP: not a BasicOCSPResponse");
      }
      basic = b;
    } catch (OCSPException | RuntimeException e) {
      return RevocationOutcome.unavailable("OCSP: unreadable BasicOCSPResponse");
    }
    if (!signedBy(basic, issuer, now)) {
      return RevocationOutcome.unavailable(
          "OCSP: the response signature does not verify against "
              + issuer.label()
              + " or a responder it authorised");
    }
    Extension n = basic.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
    if (n != null) {
      byte[] echoed = nonceValue(n);
      if (!Arrays.equals(echoed, nonce)) {
        return RevocationOutcome.unavailable("OCSP: nonce mismatch (a replayed or foreign answer)");
      }
    } else if (requireNonce) {
      return RevocationOutcome.unavailable("OCSP: the response carries no nonce (required)");
    }
    SingleResp single = null;
    for (SingleResp s : basic.getResponses()) {
      if (s.getCertID().equals(id)) {
        single = s;
      }
    }
    if (single == null) {
      return RevocationOutcome.unavailable("OCSP: no answer for this certificate in the response");
    }
    Instant thisUpdate = single.getThisUpdate().toInstant();
    Instant nextUpdate = single.getNextUpdate() == null ? null : single.getNextUpdate().toInstant();
    if (thisUpdate.isAfter(now.plus(skew))) {
      return RevocationOutcome.unavailable("OCSP: thisUpdate " + thisUpdate + " is in the future");
    }
    if (thisUpdate.isBefore(now.minus(maxAge))) {
      return RevocationOutcome.unavailable(
          "OCSP: stale answer (thisUpdate " + thisUpdate + " older than " + maxAge + ")");
    }
    if (nextUpdate == null) {
      return RevocationOutcome.unavailable("OCSP: no nextUpdate, freshness cannot be bounded");
    }
    if (!now.isBefore(nextUpdate)) {
      return RevocationOutcome.unavailable("OCSP: nextUpdate " + nextUpdate + " has passed");
    }
    CertificateStatus status = single.getCertStatus();
    if (status == CertificateStatus.GOOD) {
      return new RevocationOutcome(
          RevocationOutcome.State.GOOD,
          new RevocationInfo("ocsp", now, thisUpdate, nextUpdate, null, null, false),
          null);
    }
    if (status instanceof RevokedStatus r) {
      String reason = r.hasRevocationReason() ? reasonName(r.getRevocationReason()) : "unspecified";
      Instant at = r.getRevocationTime().toInstant();
      return new RevocationOutcome(
          RevocationOutcome.State.REVOKED,
          new RevocationInfo("ocsp", now, thisUpdate, nextUpdate, at, reason, false),
          "revoked at " + at + " (" + reason + ")");
    }
    if (status instanceof UnknownStatus) {
      return new RevocationOutcome(
          RevocationOutcome.State.UNKNOWN,
          new RevocationInfo("ocsp", now, thisUpdate, nextUpdate, null, null, false),
          "OCSP: the responder does not know this certificate (status unknown)");
    }
    return RevocationOutcome.unavailable("OCSP: unrecognised certificate status");
  }

  private boolean signedBy(BasicOCSPResp basic, Anchor issuer, Instant now) {
    try {
      if (basic.isSignatureValid(
          new JcaContentVerifierProviderBuilder().build(issuer.publicKey()))) {
        return true;
      }
      for (X509CertificateHolder responder : basic.getCerts()) {
        boolean issuedByAnchor =
            responder.isSignatureValid(
                new JcaContentVerifierProviderBuilder().build(issuer.publicKey()));
        boolean ocspSigning =
            responder.getExtensions() != null
                && org.bouncycastle.asn1.x509.ExtendedKeyUsage.fromExtensions(
                        responder.getExtensions())
                    != null
                && org.bouncycastle.asn1.x509.ExtendedKeyUsage.fromExtensions(
                        responder.getExtensions())
                    .hasKeyPurposeId(KeyPurposeId.id_kp_OCSPSigning);
        if (issuedByAnchor
            && ocspSigning
            && responder.isValidOn(java.util.Date.from(now))
            && basic.isSignatureValid(new JcaContentVerifierProviderBuilder().build(responder))) {
          return true;
        }
      }
      return false;
    } catch (Exception e) {
      return false;
    }
  }

  private static byte[] nonceValue(Extension n) {
    byte[] v = n.getExtnValue().getOctets();
    try {
      // RFC 8954: the extnValue holds an OCTET STRING; tolerate the raw form of older responders
      return ASN1OctetString.getInstance(v).getOctets();
    } catch (RuntimeException e) {
      return v;
    }
  }

  static String reasonName(int code) {
    return switch (code) {
      case CRLReason.keyCompromise -> "keyCompromise";
      case CRLReason.cACompromise -> "cACompromise";
      case CRLReason.affiliationChanged -> "affiliationChanged";
      case CRLReason.superseded -> "superseded";
      case CRLReason.cessationOfOperation -> "cessationOfOperation";
      case CRLReason.certificateHold -> "certificateHold";
      case CRLReason.removeFromCRL -> "removeFromCRL";
      case CRLReason.privilegeWithdrawn -> "privilegeWithdrawn";
      case CRLReason.aACompromise -> "aACompromise";
      default -> "unspecified";
    };
  }

  private static Optional<URI> aiaOcsp(X509Certificate cert) {
    byte[] ext = cert.getExtensionValue(Extension.authorityInfoAccess.getId());
    if (ext == null) {
      return Optional.empty();
    }
    try {
      AuthorityInformationAccess aia =
          AuthorityInformationAccess.getInstance(ASN1OctetString.getInstance(ext).getOctets());
      for (AccessDescription d : aia.getAccessDescriptions()) {
        if (d.getAccessMethod().equals(AccessDescription.id_ad_ocsp)
            && d.getAccessLocation().getTagNo() == GeneralName.uniformResourceIdentifier) {
          return Optional.of(URI.create(d.getAccessLocation().getName().toString()));
        }
      }
    } catch (RuntimeException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }
}
