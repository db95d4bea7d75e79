package dev.mynalab.drivers.lifecycle;

import dev.mynalab.world.OcspCheck;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Instant;

/**
 * 検証者 (a relying party: e-Tax for signatures, a portal for authentication) as the lifecycle
 * scenarios use it: checks a signature the card made against the certificate the card handed over,
 * the certificate's validity at the time of signing, and the CA's OCSP answer — judged for the
 * instant the signature was made (RFC 5280 §5.3.2 invalidityDate: a revocation recorded late still
 * covers signatures made after the event).
 */
public final class Verifier {

  /** What the verifier concludes. */
  public enum Verdict {
    /** 受け付ける */
    ACCEPTED,
    /** 失効: the CA says the certificate was revoked at or before the signing. */
    REVOKED,
    /** 期限切れ: the certificate was not valid at the time of signing. */
    EXPIRED,
    /** 署名不一致: the signature does not verify with the certificate. */
    BAD_SIGNATURE,
    /** 署名なし: the card refused to sign (PIN, no certificate). */
    NO_SIGNATURE
  }

  private final LifecycleWorld world;

  public Verifier(LifecycleWorld world) {
    this.world = world;
  }

  /** Judges {@code signed} now, asking the CA's OCSP responder. */
  public Verdict judge(Cardholder.Signed signed) {
    if (signed == null) {
      return Verdict.NO_SIGNATURE;
    }
    try {
      Signature v = Signature.getInstance("SHA256withRSA");
      v.initVerify(signed.certificate().getPublicKey());
      v.update(signed.message());
      if (!v.verify(signed.signature())) {
        return Verdict.BAD_SIGNATURE;
      }
    } catch (GeneralSecurityException e) {
      return Verdict.BAD_SIGNATURE;
    }
    Instant at = signed.at();
    if (at.isBefore(signed.certificate().getNotBefore().toInstant())
        || at.isAfter(signed.certificate().getNotAfter().toInstant())) {
      return Verdict.EXPIRED;
    }
    OcspCheck.Answer answer = world.reference().ocsp().answerFor(signed.certificate());
    return switch (answer.forSignatureMadeAt(at)) {
      case GOOD -> Verdict.ACCEPTED;
      case REVOKED -> Verdict.REVOKED;
      case UNKNOWN -> Verdict.BAD_SIGNATURE;
    };
  }

  /** The OCSP answer about a certificate (revocation time, invalidityDate). */
  public OcspCheck.Answer answer(java.security.cert.X509Certificate certificate) {
    return world.reference().ocsp().answerFor(certificate);
  }
}
