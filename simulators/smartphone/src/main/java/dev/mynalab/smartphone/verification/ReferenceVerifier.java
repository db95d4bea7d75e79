package dev.mynalab.smartphone.verification;

import dev.mynalab.ca.JpkiCertificateAuthority;
import dev.mynalab.ca.access.InfrastructureCa;
import dev.mynalab.ca.access.RegisteredVerifier;
import dev.mynalab.ca.access.TlsContexts;
import dev.mynalab.ca.access.VerifierRegistry;
import dev.mynalab.ca.access.VerifierRole;
import dev.mynalab.ca.hierarchy.CaGeneration;
import dev.mynalab.ca.server.RevocationHttpApi;
import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.kit.http.HttpEndpoint;
import dev.mynalab.kit.journal.Journal;
import dev.mynalab.kit.random.WorldSeed;
import dev.mynalab.verifier.Purpose;
import dev.mynalab.verifier.Status;
import dev.mynalab.verifier.Verdict;
import dev.mynalab.verifier.VerifierService;
import dev.mynalab.verifier.VerifierSettings;
import dev.mynalab.verifier.trust.Anchor;
import dev.mynalab.verifier.trust.TrustAnchors;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;

/**
 * A relying party's verifier ({@link VerifierService}) over the reference world's own CAs: the CA's
 * revocation plane (OCSP, CRL) served on loopback HTTPS with a registered client certificate
 * (JPKI法: revocation information only for registered verifiers), and the CA roots as trust anchors.
 * The 機構 uses it to check the card's signature before loading phone certificates (SP-01, SP-02);
 * relying parties use its {@link #logins()} for the phone's user certificate.
 *
 * <p><b>Transport clock.</b> The TLS certificates of this loopback transport are dated by the host
 * clock ({@link WorldClock#running()}), because the JDK checks them against the host clock, not the
 * world's: a scenario in 2023 must still be able to talk HTTPS. The simulated world (certificates,
 * OCSP answers, verdicts) runs on the world clock only.
 *
 * <p>Revocation answers are not cached, so a revocation is seen by the next question.
 */
public final class ReferenceVerifier implements AutoCloseable {

  /** The name this verifier registers at the CA. */
  public static final String NAME = "smartphone-verifier";

  private final HttpEndpoint endpoint;
  private final VerifierService service;

  private ReferenceVerifier(HttpEndpoint endpoint, VerifierService service) {
    this.endpoint = endpoint;
    this.service = service;
  }

  /** Serves {@code ca}'s revocation plane on loopback and connects a verifier to it. */
  public static ReferenceVerifier start(
      JpkiCertificateAuthority ca, WorldSeed seed, WorldClock clock, Journal journal) {
    InfrastructureCa infrastructure = new InfrastructureCa(seed, WorldClock.running().instant());
    VerifierRegistry registry = new VerifierRegistry(infrastructure);
    RegisteredVerifier registration = registry.register(NAME, VerifierRole.PLATFORM_OPERATOR);
    HttpEndpoint endpoint =
        new RevocationHttpApi(ca, registry)
            .routes(
                HttpEndpoint.builder("reference-ca")
                    .host("127.0.0.1")
                    .port(0)
                    .threads(2)
                    .journal(journal)
                    .tls(
                        TlsContexts.server(
                            infrastructure.issueServer("127.0.0.1"), infrastructure.certificate()),
                        true))
            .start();
    TrustAnchors anchors = new TrustAnchors();
    for (CaGeneration g : ca.hierarchy().all()) {
      anchors.add(Anchor.of(g.label(), g.certificate()));
    }
    VerifierSettings settings =
        VerifierSettings.defaults()
            .withTimeout(Duration.ofSeconds(10))
            .withSources(
                URI.create(endpoint.uri() + "/ocsp"), URI.create(endpoint.uri() + "/crl/"));
    VerifierService service =
        VerifierService.standalone(
            anchors,
            TlsContexts.client(registration.credential(), infrastructure.certificate()),
            settings,
            seed,
            clock,
            journal);
    service.certificates().revocation().setCaching(false);
    return new ReferenceVerifier(endpoint, service);
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
    endpoint.close();
  }
}
