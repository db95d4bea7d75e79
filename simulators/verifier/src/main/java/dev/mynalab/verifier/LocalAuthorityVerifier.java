package dev.mynalab.verifier;

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
import dev.mynalab.verifier.trust.Anchor;
import dev.mynalab.verifier.trust.TrustAnchors;
import java.net.URI;
import java.time.Duration;

/**
 * A {@link VerifierService} for a CA that lives in-process (the reference world's {@code
 * JpkiCertificateAuthority}, which has no server of its own): the CA's revocation plane ({@code
 * RevocationHttpApi}: OCSP and the partitioned CRLs) is served on a loopback HTTPS endpoint that
 * requires registered client certificates, exactly as {@code CaWorld} serves it, and the verifier
 * is registered there and trusts every generation of the CA's roots. So a relying party built on a
 * reference world (コンビニ交付, オンライン資格確認) validates with the real verifier over real OCSP — no second
 * implementation of validation.
 */
public final class LocalAuthorityVerifier implements AutoCloseable {

  private final HttpEndpoint revocation;
  private final VerifierService service;

  private LocalAuthorityVerifier(HttpEndpoint revocation, VerifierService service) {
    this.revocation = revocation;
    this.service = service;
  }

  /**
   * Serves {@code ca}'s revocation plane and builds a verifier registered as {@code name}.
   *
   * @param role what the relying party may ask (利用者証明検証者 for コンビニ交付 and 資格確認)
   */
  public static LocalAuthorityVerifier start(
      JpkiCertificateAuthority ca,
      String name,
      VerifierRole role,
      WorldSeed seed,
      WorldClock clock,
      Journal journal) {
    // The TLS plane is checked by the JDK's trust managers against the host clock, not the world
    // clock: its certificates must be valid at the host's present, or a scenario set in 2021 or in
    // a later December could not reach its own CA.
    InfrastructureCa infrastructure = new InfrastructureCa(seed, WorldClock.running().instant());
    VerifierRegistry registry = new VerifierRegistry(infrastructure);
    RegisteredVerifier registered = registry.register(name, role);
    HttpEndpoint endpoint =
        new RevocationHttpApi(ca, registry)
            .routes(
                HttpEndpoint.builder("ca-" + name)
                    .host("127.0.0.1")
                    .port(0)
                    .threads(2)
                    .journal(journal)
                    .tls(
                        TlsContexts.server(
                            infrastructure.issueServer("127.0.0.1"), infrastructure.certificate()),
                        true))
            .start();
    try {
      TrustAnchors anchors = new TrustAnchors();
      for (CaGeneration g : ca.hierarchy().all()) {
        anchors.add(Anchor.of(g.label(), g.certificate()));
      }
      ca.crls().publishAll();
      VerifierSettings settings =
          VerifierSettings.defaults()
              .withTimeout(Duration.ofSeconds(5))
              .withSources(
                  URI.create(endpoint.uri() + "/ocsp"), URI.create(endpoint.uri() + "/crl/"));
      VerifierService service =
          VerifierService.standalone(
              anchors,
              TlsContexts.client(registered.credential(), infrastructure.certificate()),
              settings,
              seed,
              clock,
              journal);
      return new LocalAuthorityVerifier(endpoint, service);
    } catch (RuntimeException e) {
      endpoint.close();
      throw e;
    }
  }

  public VerifierService service() {
    return service;
  }

  /** The HTTPS base URI of the served revocation plane. */
  public URI revocationUri() {
    return revocation.uri();
  }

  @Override
  public void close() {
    revocation.close();
  }
}
