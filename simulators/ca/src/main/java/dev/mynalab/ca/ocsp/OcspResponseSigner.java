package dev.mynalab.ca.ocsp;

import dev.mynalab.ca.store.CertificateRecord;
import dev.mynalab.ca.store.Revocation;
import dev.mynalab.ca.store.RevocationReason;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.RespID;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.UnknownStatus;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Signs OCSP responses (RFC 6960 §4.2) with the delegated responder of the issuing generation
 * ({@link ResponderIdentity}), responderID byKey, the responder certificate included so clients
 * chain it to the right root. Times come from the caller (the world clock), never from the host.
 */
final class OcspResponseSigner {

  /** One SingleResponse to be signed. */
  record Single(CertificateID id, CertificateRecord record) {}

  private OcspResponseSigner() {}

  static CertificateStatus status(CertificateRecord record) {
    if (record == null) {
      return new UnknownStatus();
    }
    if (record.revocation().isEmpty()) {
      return CertificateStatus.GOOD;
    }
    Revocation r = record.revocation().get();
    return r.reason() == RevocationReason.UNSPECIFIED
        ? new RevokedStatus(Date.from(r.at()))
        : new RevokedStatus(Date.from(r.at()), r.reason().code());
  }

  /**
   * The invalidityDate of a revocation recorded after the event (RFC 6960 §4.4: CRL entry
   * extensions may be used as singleExtensions), or null.
   */
  static Extensions singleExtensions(CertificateRecord record) {
    if (record == null) {
      return null;
    }
    Instant invalid = record.revocation().map(Revocation::invalidFrom).orElse(null);
    if (invalid == null) {
      return null;
    }
    try {
      return new Extensions(
          new Extension(
              Extension.invalidityDate,
              false,
              new org.bouncycastle.asn1.ASN1GeneralizedTime(Date.from(invalid)).getEncoded()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] sign(
      ResponderIdentity responder,
      List<Single> singles,
      Instant thisUpdate,
      Instant nextUpdate,
      Extension nonce) {
    try {
      DigestCalculator sha1 =
          new JcaDigestCalculatorProviderBuilder().build().get(CertificateID.HASH_SHA1);
      BasicOCSPRespBuilder builder =
          new BasicOCSPRespBuilder(
              new RespID(responder.certificate().getSubjectPublicKeyInfo(), sha1));
      for (Single s : singles) {
        // unknown serials get no nextUpdate: newer information may appear at any time
        builder.addResponse(
            s.id(),
            status(s.record()),
            Date.from(thisUpdate),
            s.record() == null ? null : Date.from(nextUpdate),
            singleExtensions(s.record()));
      }
      if (nonce != null) {
        builder.setResponseExtensions(new Extensions(nonce));
      }
      BasicOCSPResp basic =
          builder.build(
              responder.contentSigner(),
              new X509CertificateHolder[] {responder.certificate()},
              Date.from(thisUpdate));
      return new OCSPRespBuilder().build(OCSPRespBuilder.SUCCESSFUL, basic).getEncoded();
    } catch (OCSPException | OperatorCreationException e) {
      dev.mynalab.ca.hierarchy.SignerFailure.rethrowIfCause(e);
      throw new IllegalStateException("cannot build an OCSP response", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An OCSPResponse with an error status and no body (malformedRequest, unauthorized …). */
  static byte[] error(int status) {
    try {
      return new OCSPRespBuilder().build(status, null).getEncoded();
    } catch (OCSPException | IOException e) {
      throw new IllegalStateException("cannot encode an OCSP error status", e);
    }
  }

  /** For tests and journal lines: the status name of an encoded response. */
  static String statusName(OCSPResp resp) {
    return switch (resp.getStatus()) {
      case OCSPRespBuilder.SUCCESSFUL -> "successful";
      case OCSPRespBuilder.MALFORMED_REQUEST -> "malformedRequest";
      case OCSPRespBuilder.INTERNAL_ERROR -> "internalError";
      case OCSPRespBuilder.TRY_LATER -> "tryLater";
      case OCSPRespBuilder.SIG_REQUIRED -> "sigRequired";
      case OCSPRespBuilder.UNAUTHORIZED -> "unauthorized";
      default -> "status " + resp.getStatus();
    };
  }
}
