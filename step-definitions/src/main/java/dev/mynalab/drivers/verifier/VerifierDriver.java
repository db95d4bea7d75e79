package dev.mynalab.drivers.verifier;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mynalab.ca.access.TlsContexts;
import dev.mynalab.ca.hierarchy.CaPurpose;
import dev.mynalab.ca.hierarchy.TestKeys;
import dev.mynalab.ca.server.CaWorld;
import dev.mynalab.ca.store.CertificateRecord;
import dev.mynalab.drivers.World;
import dev.mynalab.drivers.sut.SystemsUnderTest;
import dev.mynalab.kit.fixtures.Json;
import dev.mynalab.verifier.VerifierSettings;
import dev.mynalab.verifier.server.VerifierWorld;
import java.net.URI;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.net.ssl.SSLContext;

/**
 * 検証者 — the relying party's view of the JPKI, speaking the domain: holders from the fixture get
 * certificates from the simulated CAs, life happens to them (転居, 一時停止), and the verifier is asked
 * over its real HTTPS contract with a registered relying party's client certificate. Also the setup
 * of the load tests, which feed on the same holders.
 *
 * <p>The CAs and the verifier start lazily, on this scenario's {@link World} (seed, clock,
 * journal); {@link #close()} stops them.
 */
public final class VerifierDriver implements AutoCloseable {

  /** A port nothing listens on (discard): an OCSP responder or CRL server that is down. */
  static final URI DOWN_OCSP = URI.create("http://127.0.0.1:9/ocsp");

  static final URI DOWN_CRL = URI.create("http://127.0.0.1:9/crl/");

  private final World world;
  private final Map<String, HolderFixture> holders = new LinkedHashMap<>();
  private final Map<String, CertificateRecord> issued = new HashMap<>();
  private final VerifierAdapter adapter;
  private CaWorld ca;
  private Verifier underTest;
  private boolean ocspDown;
  private boolean crlDown;

  public VerifierDriver(World world) {
    this.world = world;
    this.adapter = SystemsUnderTest.current().verifier();
    for (HolderFixture h : HolderFixture.all()) {
      holders.put(h.reference(), h);
    }
  }

  public World world() {
    return world;
  }

  public Map<String, HolderFixture> holders() {
    return holders;
  }

  /**
   * The simulated CAs (started on first use): the scenario's own, or the run's one CA when the
   * verifier under test is a fixed endpoint ({@link HttpVerifierAdapter#sharedCa()}).
   */
  public CaWorld ca() {
    if (ca == null) {
      ca =
          adapter instanceof HttpVerifierAdapter http
              ? http.sharedCa()
              : CaWorld.start(
                  CaWorld.Options.defaults(world.seed(), world.clock(), world.journal()));
    }
    return ca;
  }

  /**
   * The verifier under test (started on first use, with the sources as configured so far): the
   * reference verifier unless the run's profile names another ({@code SystemsUnderTest}).
   */
  public Verifier underTest() {
    if (underTest == null) {
      VerifierSettings settings =
          VerifierSettings.defaults()
              .withTimeout(Duration.ofSeconds(5))
              .withSources(ocspDown ? DOWN_OCSP : null, crlDown ? DOWN_CRL : null);
      underTest =
          adapter.start(
              new VerifierContext(ca(), settings, world.seed(), world.clock(), world.journal()));
    }
    return underTest;
  }

  /** The reference verifier service (load tests; only when it is the verifier under test). */
  public VerifierWorld verifier() {
    if (underTest() instanceof ReferenceVerifierAdapter.Running running) {
      return running.world();
    }
    throw new IllegalStateException("the verifier under test is not the reference verifier");
  }

  /** The OCSP responder is out of reach from the verifier (set before the first question). */
  public void ocspUnavailable() {
    requireNotStarted();
    ocspDown = true;
  }

  /** The CRL distribution is out of reach too. */
  public void crlUnavailable() {
    requireNotStarted();
    crlDown = true;
  }

  private void requireNotStarted() {
    if (underTest != null) {
      throw new IllegalStateException("the verifier already runs; set outages before asking it");
    }
  }

  public HolderFixture holder(String reference) {
    HolderFixture h = holders.get(reference);
    if (h == null) {
      throw new IllegalArgumentException("no holder " + reference + " in " + HolderFixture.PATH);
    }
    return h;
  }

  /** The card's TEST key pair for {@code purpose} (derived from the world seed). */
  public KeyPair cardKey(String reference, CaPurpose purpose) {
    return TestKeys.rsa2048(world.seed(), "card." + reference + "." + purpose.code());
  }

  /** 発行: the CA certifies the card's key for {@code purpose}. */
  public CertificateRecord issue(String reference, CaPurpose purpose) {
    HolderFixture h = holder(reference);
    CertificateRecord r =
        ca().authority()
            .issue(
                purpose,
                cardKey(reference, purpose).getPublic(),
                h.holder(),
                world.clock().today().plusYears(10));
    issued.put(reference + "/" + purpose.code(), r);
    return r;
  }

  public CertificateRecord certificate(String reference, CaPurpose purpose) {
    CertificateRecord r = issued.get(reference + "/" + purpose.code());
    if (r == null) {
      throw new IllegalStateException(reference + " has no " + purpose.code() + " certificate yet");
    }
    return r;
  }

  /**
   * Moves the world clock to {@code instant}. The servers start first: their TLS certificates are
   * dated by the world clock but checked by the JDK against the host's clock, so they must be
   * issued before the world travels in time.
   */
  public void setClock(Instant instant) {
    underTest();
    world.clock().set(instant);
  }

  /** 住所変更 (転居届): the signing certificate is revoked, the user certificate stays (EC-04). */
  public void changeOfAddress(String reference) {
    ca().authority().revocations().basicFourChanged(reference);
  }

  /** 一時停止 after a loss: both certificates are revoked (EC-05). */
  public void suspend(String reference) {
    ca().authority().revocations().suspendAfterLoss(reference);
  }

  /** Asks the verifier about a holder's certificate now. */
  public JsonNode validate(String reference, CaPurpose purpose) {
    return validate(certificate(reference, purpose).certificate(), purpose, null);
  }

  /** Asks the verifier about a holder's certificate at {@code at}. */
  public JsonNode validateAt(String reference, CaPurpose purpose, Instant at) {
    return validate(certificate(reference, purpose).certificate(), purpose, at);
  }

  /** One {@code POST /v1/certificates/validate} over HTTPS; the answer's JSON. */
  public JsonNode validate(X509Certificate cert, CaPurpose purpose, Instant at) {
    Map<String, Object> body = new LinkedHashMap<>();
    try {
      body.put("certificate", Base64.getEncoder().encodeToString(cert.getEncoded()));
    } catch (java.security.cert.CertificateEncodingException e) {
      throw new IllegalStateException(e);
    }
    body.put("purpose", purpose.code());
    if (at != null) {
      body.put("at", at.toString());
    }
    return post("/v1/certificates/validate", body);
  }

  private JsonNode post(String path, Object body) {
    return underTest().call(path, Json.mapper().valueToTree(body));
  }

  /** TLS of the registered relying party {@code rp-client}, trusting the verifier's server. */
  public SSLContext relyingPartyTls() {
    return TlsContexts.client(
        verifier().exportedRelyingParty().credential(), verifier().relyingPartyCa().certificate());
  }

  /** TLS of the verifier's registration at the CA (for talking to the OCSP responder directly). */
  public SSLContext caClientTls() {
    return TlsContexts.client(
        ca().exportedVerifier().credential(), ca().infrastructure().certificate());
  }

  @Override
  public void close() {
    if (underTest != null) {
      underTest.close();
      underTest = null;
    }
    if (ca != null && !(adapter instanceof HttpVerifierAdapter)) {
      ca.close();
    }
    ca = null;
  }
}
