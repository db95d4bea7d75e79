package dev.mynalab.world;

import dev.mynalab.ca.JpkiCertificateAuthority;
import dev.mynalab.ca.hierarchy.CaGeneration;
import java.io.IOException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.SingleResp;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * What a relying party would learn from the CA's OCSP responder about a certificate taken from a
 * card: builds a DER OCSPRequest (SHA-1 CertID), has the responder answer it, verifies the signed
 * response with the issuing generation's key and reads the certificate's status from it.
 */
public final class OcspCheck {

  /** The status a response gives for one certificate. */
  public enum Status {
    GOOD,
    REVOKED,
    UNKNOWN
  }

  /**
   * One certificate's answer as a verifier reads it.
   *
   * @param revokedAt revocationTime (when the CA processed the revocation), or null
   * @param invalidFrom the invalidityDate singleExtension (a revocation recorded after the event),
   *     or null
   */
  public record Answer(Status status, Instant revokedAt, Instant invalidFrom) {

    /**
     * How a verifier judges a signature made at {@code signedAt} (RFC 5280 §5.3.2: the certificate
     * is to be treated as invalid from the invalidityDate, else from the revocation time).
     */
    public Status forSignatureMadeAt(Instant signedAt) {
      if (status != Status.REVOKED) {
        return status;
      }
      Instant from = invalidFrom != null ? invalidFrom : revokedAt;
      return signedAt.isBefore(from) ? Status.GOOD : Status.REVOKED;
    }
  }

  private final JpkiCertificateAuthority ca;

  OcspCheck(JpkiCertificateAuthority ca) {
    this.ca = ca;
  }

  /** The OCSP status of {@code certificate}; fails when the response is not a valid signed one. */
  public Status statusOf(X509Certificate certificate) {
    return answerFor(certificate).status();
  }

  /** The OCSP answer about {@code certificate}: status, revocation time, invalidityDate. */
  public Answer answerFor(X509Certificate certificate) {
    CaGeneration issuer = issuerOf(certificate);
    try {
      CertificateID id =
          new CertificateID(
              new JcaDigestCalculatorProviderBuilder().build().get(CertificateID.HASH_SHA1),
              issuer.holder(),
              certificate.getSerialNumber());
      byte[] request = new OCSPReqBuilder().addRequest(id).build().getEncoded();
      byte[] der = ca.ocsp().respond(request, purpose -> true).der();
      OCSPResp resp = new OCSPResp(der);
      if (resp.getStatus() != OCSPResp.SUCCESSFUL) {
        throw new IllegalStateException("the OCSP responder answered status " + resp.getStatus());
      }
      BasicOCSPResp basic = (BasicOCSPResp) resp.getResponseObject();
      if (!verifies(basic, issuer)) {
        throw new IllegalStateException("the OCSP response's signature does not verify");
      }
      for (SingleResp single : basic.getResponses()) {
        if (single.getCertID().getSerialNumber().equals(certificate.getSerialNumber())) {
          CertificateStatus s = single.getCertStatus();
          if (s == CertificateStatus.GOOD) {
            return new Answer(Status.GOOD, null, null);
          }
          if (!(s instanceof RevokedStatus revoked)) {
            return new Answer(Status.UNKNOWN, null, null);
          }
          Extension invalidity = single.getExtension(Extension.invalidityDate);
          return new Answer(
              Status.REVOKED,
              revoked.getRevocationTime().toInstant(),
              invalidity == null
                  ? null
                  : ASN1GeneralizedTime.getInstance(invalidity.getParsedValue())
                      .getDate()
                      .toInstant());
        }
      }
      throw new IllegalStateException("the OCSP response does not name the certificate");
    } catch (OCSPException | OperatorCreationException | IOException | java.text.ParseException e) {
      throw new IllegalStateException("OCSP exchange failed: " + e.getMessage(), e);
    }
  }

  private static boolean verifies(BasicOCSPResp basic, CaGeneration issuer) {
    try {
      var provider = new JcaContentVerifierProviderBuilder();
      if (basic.isSignatureValid(provider.build(issuer.publicKey()))) {
        return true;
      }
      for (var cert : basic.getCerts()) {
        if (cert.isSignatureValid(provider.build(issuer.publicKey()))
            && basic.isSignatureValid(provider.build(cert))) {
          return true;
        }
      }
      return false;
    } catch (Exception e) {
      return false;
    }
  }

  private CaGeneration issuerOf(X509Certificate certificate) {
    for (CaGeneration g : ca.hierarchy().all()) {
      try {
        if (g.certificate()
            .getSubjectX500Principal()
            .equals(certificate.getIssuerX500Principal())) {
          certificate.verify(g.publicKey());
          return g;
        }
      } catch (java.security.GeneralSecurityException e) {
        // another generation with the same DN: try the next
      }
    }
    throw new IllegalArgumentException(
        "no JPKI TEST CA of this world issued " + certificate.getSubjectX500Principal());
  }
}
