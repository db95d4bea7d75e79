package dev.mynalab.smartphone.verification;

import dev.mynalab.ca.JpkiCertificateAuthority;
import dev.mynalab.ca.access.VerifierRole;
import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.kit.journal.Journal;
import dev.mynalab.kit.random.WorldSeed;
import dev.mynalab.verifier.LocalAuthorityVerifier;
import dev.mynalab.verifier.Purpose;
import dev.mynalab.verifier.Status;
import dev.mynalab.verifier.Verdict;
import dev.mynalab.verifier.VerifierService;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * A relying party's verifier ({@link VerifierService}) over the reference world's own CAs, as the
 * verifier module's {@link LocalAuthorityVerifier} serves them (the CA's revocation plane on
 * loopback HTTPS for registered verifiers only, TLS dated by the host clock, the CA roots as
 * anchors). The 機構 uses it to check the card's signature before loading phone certificates (SP-01,
 * SP-02); relying parties use its {@link #logins()} for the phone's user certificate.
 *
 * <p>Revocation answers are not cached, so a revocation is seen by the next question.
 */
public final class ReferenceVerifier implements AutoCloseable {

  /** The name this verifier registers at the CA. */
  public static final String NAME = "smartphone-verifier";

  private final LocalAuthorityVerifier attached;
  private final VerifierService service;

  private ReferenceVerifier(LocalAuthorityVerifier attached) {
    this.attached = attached;
    this.service = attached.service();
  }

  /** Serves {@code ca}'s revocation plane on loopback and connects a verifier to it. */
  public static ReferenceVerifier start(
      JpkiCertificateAuthority ca, WorldSeed seed, WorldClock clock, Journal journal) {
    LocalAuthorityVerifier attached =
        LocalAuthorityVerifier.start(
            ca, NAME, VerifierRole.PLATFORM_OPERATOR, seed, clock, journal);
    attached.service().certificates().revocation().setCaching(false);
    return new ReferenceVerifier(attached);
  }

  public VerifierService service() {
    return service;
  }

  /** The login service of a relying party (利用者証明検証者) using this verifier. */
  public dev.mynalab.verifier.login.LoginService logins() {
    return service.logins();
  }

  /** Validates {@code certificate} for {@code purpose} now (chain, validity, OCSP). */
  public Verdict validate(X509Certificate certificate, Purpose purpose) {
    return service.certificates().validate(certificate, purpose);
  }

  /**
   * Checks a signature over {@code data} (SHA256withRSA) and the signer's certificate for {@code
   * purpose}: a bad signature is {@link Status#INVALID_SIGNATURE} whatever the certificate.
   */
  public Verdict verifySignature(
      byte[] data, byte[] signature, X509Certificate certificate, Purpose purpose) {
    Verdict v = validate(certificate, purpose);
    boolean ok;
    try {
      Signature s = Signature.getInstance("SHA256withRSA");
      s.initVerify(certificate.getPublicKey());
      s.update(data);
      ok = s.verify(signature);
    } catch (GeneralSecurityException e) {
      ok = false;
    }
    if (ok) {
      return v;
    }
    return new Verdict(
        Status.INVALID_SIGNATURE,
        List.of("the signature does not verify with the certificate's key"),
        v.revocation(),
        purpose,
        v.at(),
        v.serial(),
        v.subject(),
        v.issuer(),
        v.notBefore(),
        v.notAfter(),
        null);
  }

  @Override
  public void close() {
    attached.close();
  }
}
