package dev.mynalab.relyingparty.verification;

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
import dev.mynalab.verifier.VerifierService;
import dev.mynalab.verifier.VerifierSettings;
import dev.mynalab.verifier.trust.Anchor;
import dev.mynalab.verifier.trust.TrustAnchors;
import java.net.URI;
import java.time.Duration;

/**
 * A real {@link VerifierService} for a CA that already exists in-process — the reference world's 機構
 * CA, which has no server of its own: serves that CA's OCSP and CRLs over HTTPS on loopback, for
 * one registered プラットフォーム事業者 only (RV-03: J-LIS gives revocation data to registered verifiers), and
 * builds the verifier on it with every root generation of the CA as anchors. The validation itself
 * is entirely the verifier module's; this class only joins the two (the same routes as {@code
 * CaWorld}, around a CA it did not create).
 */
public final class AttachedVerifier implements AutoCloseable {

  private final HttpEndpoint revocation;
  private final VerifierService verifier;
  private final RegisteredVerifier registration;

  private AttachedVerifier(
      HttpEndpoint revocation, VerifierService verifier, RegisteredVerifier registration) {
    this.revocation = revocation;
    this.verifier = verifier;
    this.registration = registration;
  }

  /**
   * Serves {@code ca}'s revocation data and returns a verifier registered as {@code name}.
   *
   * @param name the platform operator's registered name at the CA
   */
  public static AttachedVerifier attach(
      JpkiCertificateAuthority ca, String name, WorldSeed seed, WorldClock clock, Journal journal) {
    InfrastructureCa infrastructure = new InfrastructureCa(seed, clock.instant());
    VerifierRegistry registry = new VerifierRegistry(infrastructure);
    RegisteredVerifier registered = registry.register(name, VerifierRole.PLATFORM_OPERATOR);
    System.setProperty("sun.net.httpserver.nodelay", "true");
    HttpEndpoint endpoint =
        new RevocationHttpApi(ca, registry)
            .routes(
                HttpEndpoint.builder("ca")
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
            .withTimeout(Duration.ofSeconds(5))
            .withSources(
                URI.create(endpoint.uri() + "/ocsp"), URI.create(endpoint.uri() + "/crl/"));
    VerifierService verifier =
        VerifierService.standalone(
            anchors,
            TlsContexts.client(registered.credential(), infrastructure.certificate()),
            settings,
            seed,
            clock,
            journal);
    return new AttachedVerifier(endpoint, verifier, registered);
  }

  public VerifierService verifier() {
    return verifier;
  }

  /** The platform operator's registration at the CA (role プラットフォーム事業者). */
  public RegisteredVerifier registration() {
    return registration;
  }

  /** The HTTPS base URI of the CA's OCSP / CRL service. */
  public URI revocationUri() {
    return revocation.uri();
  }

  @Override
  public void close() {
    revocation.close();
  }
}
