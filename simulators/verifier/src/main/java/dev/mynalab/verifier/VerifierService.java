package dev.mynalab.verifier;

import dev.mynalab.ca.access.RegisteredVerifier;
import dev.mynalab.ca.access.TlsContexts;
import dev.mynalab.ca.access.VerifierRole;
import dev.mynalab.ca.hierarchy.CaGeneration;
import dev.mynalab.ca.server.CaWorld;
import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.kit.journal.Journal;
import dev.mynalab.kit.random.WorldSeed;
import dev.mynalab.verifier.document.SignedDocumentValidator;
import dev.mynalab.verifier.login.LoginService;
import dev.mynalab.verifier.revocation.CrlClient;
import dev.mynalab.verifier.revocation.HttpFetcher;
import dev.mynalab.verifier.revocation.OcspClient;
import dev.mynalab.verifier.revocation.RevocationChecker;
import dev.mynalab.verifier.trust.Anchor;
import dev.mynalab.verifier.trust.TrustAnchors;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import javax.net.ssl.SSLContext;

/**
 * The verifier as a library, wired: certificate validation, signed documents and logins over one
 * revocation checker and one set of anchors. {@link #connectedTo} registers the verifier with the
 * simulated CAs (プラットフォーム事業者, TLS client certificate from their infrastructure CA) and trusts every
 * generation of their roots.
 */
public final class VerifierService {

  private final CertificateValidator certificates;
  private final SignedDocumentValidator documents;
  private final LoginService logins;
  private final RegisteredVerifier registration;

  private VerifierService(
      CertificateValidator certificates,
      SignedDocumentValidator documents,
      LoginService logins,
      RegisteredVerifier registration) {
    this.certificates = certificates;
    this.documents = documents;
    this.logins = logins;
    this.registration = registration;
  }

  /**
   * A verifier talking to {@code ca}'s OCSP and CRL endpoints over HTTPS with its own registered
   * client certificate.
   *
   * @param name the name registered at the CA (unique per CA)
   */
  public static VerifierService connectedTo(
      CaWorld ca,
      String name,
      VerifierSettings settings,
      WorldSeed seed,
      WorldClock clock,
      Journal journal) {
    RegisteredVerifier reg =
        ca.verifiers()
            .byName(name)
            .orElseGet(() -> ca.verifiers().register(name, VerifierRole.PLATFORM_OPERATOR));
    SSLContext tls = TlsContexts.client(reg.credential(), ca.infrastructure().certificate());
    TrustAnchors anchors = new TrustAnchors();
    if (settings.simulatedAnchors()) {
      for (CaGeneration g : ca.authority().hierarchy().all()) {
        anchors.add(Anchor.of(g.label(), g.certificate()));
      }
    }
    for (Path p : settings.extraAnchors()) {
      anchors.addFile(p);
    }
    URI crlIndex =
        settings.crlIndexOverride() != null
            ? settings.crlIndexOverride()
            : URI.create(ca.uri() + "/crl/");
    return build(anchors, tls, settings, crlIndex, seed, clock, journal, reg);
  }

  /** A verifier with explicit anchors and sources (no CA in-process), e.g. for real roots. */
  public static VerifierService standalone(
      TrustAnchors anchors,
      SSLContext tls,
      VerifierSettings settings,
      WorldSeed seed,
      WorldClock clock,
      Journal journal) {
    return build(anchors, tls, settings, settings.crlIndexOverride(), seed, clock, journal, null);
  }

  private static VerifierService build(
      TrustAnchors anchors,
      SSLContext tls,
      VerifierSettings settings,
      URI crlIndex,
      WorldSeed seed,
      WorldClock clock,
      Journal journal,
      RegisteredVerifier reg) {
    HttpFetcher fetcher = new HttpFetcher(tls, settings.timeout());
    OcspClient ocsp =
        new OcspClient(
            fetcher,
            seed.secureRandom("verifier.ocsp.nonce"),
            settings.requireNonce(),
            settings.ocspMaxAge(),
            Duration.ofMinutes(5),
            settings.ocspOverride());
    CrlClient crl = new CrlClient(fetcher, crlIndex, Duration.ofMinutes(5));
    RevocationChecker revocation = new RevocationChecker(ocsp, crl, journal);
    CertificateValidator certificates =
        new CertificateValidator(anchors, revocation, clock, journal);
    return new VerifierService(
        certificates,
        new SignedDocumentValidator(certificates),
        new LoginService(
            certificates, clock, seed.secureRandom("verifier.login"), settings.challengeTtl()),
        reg);
  }

  public CertificateValidator certificates() {
    return certificates;
  }

  public SignedDocumentValidator documents() {
    return documents;
  }

  public LoginService logins() {
    return logins;
  }

  /** The verifier's registration at the CA (null for a standalone verifier). */
  public RegisteredVerifier registration() {
    return registration;
  }
}
