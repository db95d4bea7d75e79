package dev.mynalab.verifier.revocation;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import dev.mynalab.ca.crl.CrlPartition;
import dev.mynalab.ca.hierarchy.CaGeneration;
import dev.mynalab.ca.hierarchy.CaPurpose;
import dev.mynalab.ca.server.CaWorld;
import dev.mynalab.ca.store.CertificateRecord;
import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.kit.fixtures.Json;
import dev.mynalab.verifier.Purpose;
import dev.mynalab.verifier.Status;
import dev.mynalab.verifier.TestWorlds;
import dev.mynalab.verifier.Verdict;
import dev.mynalab.verifier.VerifierService;
import dev.mynalab.verifier.VerifierSettings;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.RespID;
import org.bouncycastle.cert.ocsp.UnknownStatus;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * WireMock in place of the CA's OCSP responder and CRL distribution (plain HTTP on loopback),
 * replaying genuine answers of the real CA simulator or answers broken on purpose. The rule under
 * test: whatever goes wrong, the verdict is never VALID; with a fresh, genuine CRL the fallback
 * gives the right answer.
 */
class RevocationFaultTest {

  static CaWorld ca;
  static WireMockServer wm;
  static CertificateRecord good;
  static CertificateRecord revoked;
  static CertificateRecord third;

  @BeforeAll
  static void start() {
    ca = TestWorlds.ca(71);
    good = ca.samples().authGood();
    revoked = ca.samples().authRevoked();
    wm = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    wm.start();
    third =
        TestWorlds.issue(
            ca,
            CaPurpose.AUTHENTICATION,
            "third-holder",
            "01106",
            java.time.LocalDate.of(1985, 5, 5),
            dev.mynalab.ca.hierarchy.TestKeys.rsa2048(
                dev.mynalab.kit.random.WorldSeed.of(71), "third"));
    // warm up: the first exchange of a cold JVM is slow on a shared machine
    wm.stubFor(get(urlEqualTo("/warm")).willReturn(aResponse().withBody("ok")));
    try {
      java.net.http.HttpClient.newHttpClient()
          .send(
              java.net.http.HttpRequest.newBuilder(URI.create(wm.baseUrl() + "/warm")).build(),
              java.net.http.HttpResponse.BodyHandlers.discarding());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    verifier().certificates().validate(good.certificate(), Purpose.AUTH);
  }

  @AfterAll
  static void stop() {
    wm.stop();
    ca.close();
  }

  @AfterEach
  void reset() {
    wm.resetAll();
  }

  private static VerifierService verifier() {
    return TestWorlds.verifier(
        ca,
        72,
        VerifierSettings.defaults()
            .withTimeout(Duration.ofMillis(1500))
            .withSources(URI.create(wm.baseUrl() + "/ocsp"), URI.create(wm.baseUrl() + "/crl/")));
  }

  private static Instant now() {
    return ca.authority().clock().instant();
  }

  // ---- genuine and forged material

  static CertificateID id(CertificateRecord r) {
    try {
      return new CertificateID(
          new JcaDigestCalculatorProviderBuilder().build().get(CertificateID.HASH_SHA1),
          r.issuer().holder(),
          r.serial());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The CA simulator's own answer for {@code r}. */
  static byte[] genuineOcsp(CertificateRecord r) {
    try {
      byte[] req = new OCSPReqBuilder().addRequest(id(r)).build().getEncoded();
      return ca.authority().ocsp().respond(req, p -> true).der();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] forgedOcsp(
      CaGeneration signer,
      CertificateRecord r,
      CertificateStatus status,
      Instant thisUpdate,
      Instant nextUpdate,
      byte[] nonce) {
    try {
      BasicOCSPRespBuilder b =
          new BasicOCSPRespBuilder(
              new RespID(
                  signer.holder().getSubjectPublicKeyInfo(),
                  new JcaDigestCalculatorProviderBuilder().build().get(CertificateID.HASH_SHA1)));
      b.addResponse(id(r), status, Date.from(thisUpdate), Date.from(nextUpdate), null);
      if (nonce != null) {
        b.setResponseExtensions(
            new Extensions(
                new Extension(
                    OCSPObjectIdentifiers.id_pkix_ocsp_nonce, false, new DEROctetString(nonce))));
      }
      BasicOCSPResp basic =
          b.build(signer.contentSigner(), new X509CertificateHolder[0], Date.from(thisUpdate));
      return new OCSPRespBuilder().build(OCSPRespBuilder.SUCCESSFUL, basic).getEncoded();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static CaGeneration gen(int n) {
    return ca.authority().hierarchy().generation(CaPurpose.AUTHENTICATION, n).orElseThrow();
  }

  static ResponseDefinitionBuilder ocspBytes(byte[] der) {
    return aResponse()
        .withStatus(200)
        .withHeader("Content-Type", "application/ocsp-response")
        .withBody(der);
  }

  /** Serves the genuine CRL index and every partition's genuine full and delta CRL. */
  static void serveGenuineCrls() {
    serveCrls(Function.identity());
  }

  /** Serves the index, and under each partition's path the CRL of {@code swap(partition)}. */
  static void serveCrls(Function<CrlPartition, CrlPartition> swap) {
    List<Map<String, Object>> index = new ArrayList<>();
    for (CrlPartition p : ca.authority().crls().partitions()) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("id", p.id());
      e.put("distributionPoint", p.distributionPoint().toString());
      e.put("issuerKeyId", p.issuer().keyIdHex());
      e.put("full", "/crl/" + p.id() + ".crl");
      e.put("delta", p.isArl() ? null : "/crl/" + p.id() + "-delta.crl");
      index.add(e);
      CrlPartition served = swap.apply(p);
      wm.stubFor(
          get(urlEqualTo("/crl/" + p.id() + ".crl"))
              .willReturn(aResponse().withBody(ca.authority().crls().full(served).der())));
      if (!p.isArl()) {
        wm.stubFor(
            get(urlEqualTo("/crl/" + p.id() + "-delta.crl"))
                .willReturn(aResponse().withBody(ca.authority().crls().delta(served).der())));
      }
    }
    try {
      wm.stubFor(
          get(urlEqualTo("/crl/"))
              .willReturn(aResponse().withBody(Json.mapper().writeValueAsBytes(index))));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  // ---- OCSP faults with no CRL to fall back on: INDETERMINATE, never VALID

  static Stream<Arguments> ocspFaults() {
    Instant now = now();
    return Stream.of(
        Arguments.of(
            "delay beyond the timeout",
            aResponse().withFixedDelay(3_000).withBody(genuineOcsp(good))),
        Arguments.of("connection reset", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)),
        Arguments.of("empty response", aResponse().withStatus(200)),
        Arguments.of("malformed response", ocspBytes("not an OCSP response".getBytes())),
        Arguments.of("HTTP 500", aResponse().withStatus(500).withBody(genuineOcsp(good))),
        Arguments.of(
            "tryLater",
            ocspBytes(
                uncheck(
                    () ->
                        new OCSPRespBuilder()
                            .build(OCSPRespBuilder.TRY_LATER, null)
                            .getEncoded()))),
        Arguments.of(
            "signed by another generation's key (same DN)",
            ocspBytes(
                forgedOcsp(
                    gen(1),
                    good,
                    CertificateStatus.GOOD,
                    now,
                    now.plus(Duration.ofHours(6)),
                    null))),
        Arguments.of(
            "stale thisUpdate",
            ocspBytes(
                forgedOcsp(
                    gen(3),
                    good,
                    CertificateStatus.GOOD,
                    now.minus(Duration.ofDays(3)),
                    now.plus(Duration.ofHours(1)),
                    null))),
        Arguments.of(
            "nextUpdate passed",
            ocspBytes(
                forgedOcsp(
                    gen(3),
                    good,
                    CertificateStatus.GOOD,
                    now.minus(Duration.ofHours(2)),
                    now.minus(Duration.ofHours(1)),
                    null))),
        Arguments.of(
            "nonce mismatch",
            ocspBytes(
                forgedOcsp(
                    gen(3),
                    good,
                    CertificateStatus.GOOD,
                    now,
                    now.plus(Duration.ofHours(6)),
                    new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16}))),
        Arguments.of("an answer about another certificate", ocspBytes(genuineOcsp(third))));
  }

  interface Bytes {
    byte[] get() throws Exception;
  }

  static byte[] uncheck(Bytes b) {
    try {
      return b.get();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ocspFaults")
  void ocspFaultWithoutCrlIsIndeterminate(String fault, ResponseDefinitionBuilder response) {
    wm.stubFor(post(urlEqualTo("/ocsp")).willReturn(response));
    Verdict v = verifier().certificates().validate(good.certificate(), Purpose.AUTH);
    assertThat(v.status()).as(fault + ": " + v.reasons()).isEqualTo(Status.INDETERMINATE);
    assertThat(v.reasons()).anyMatch(r -> r.startsWith("OCSP:"));
  }

  @ParameterizedTest(name = "{0} — with a fresh CRL the fallback answers")
  @MethodSource("ocspFaults")
  void ocspFaultWithFreshCrlFallsBackCorrectly(String fault, ResponseDefinitionBuilder response) {
    wm.stubFor(post(urlEqualTo("/ocsp")).willReturn(response));
    serveGenuineCrls();
    VerifierService v = verifier();
    Verdict okVerdict = v.certificates().validate(good.certificate(), Purpose.AUTH);
    assertThat(okVerdict.status()).as(fault + ": " + okVerdict.reasons()).isEqualTo(Status.VALID);
    assertThat(okVerdict.revocation().source()).isEqualTo("crl");
    Verdict bad = v.certificates().validate(revoked.certificate(), Purpose.AUTH);
    assertThat(bad.status()).isEqualTo(Status.REVOKED);
    assertThat(bad.revocation().source()).isEqualTo("crl");
    assertThat(bad.revocation().reason()).isEqualTo("keyCompromise");
  }

  @Test
  void genuineOcspReplayedThroughWireMockIsBelieved() {
    wm.stubFor(post(urlEqualTo("/ocsp")).willReturn(ocspBytes(genuineOcsp(good))));
    Verdict v = verifier().certificates().validate(good.certificate(), Purpose.AUTH);
    assertThat(v.status()).isEqualTo(Status.VALID);
    assertThat(v.revocation().source()).isEqualTo("ocsp");
  }

  @Test
  void unknownStatusIsIndeterminateEvenWithAFreshCrl() {
    Instant now = now();
    wm.stubFor(
        post(urlEqualTo("/ocsp"))
            .willReturn(
                ocspBytes(
                    forgedOcsp(
                        gen(3),
                        good,
                        new UnknownStatus(),
                        now,
                        now.plus(Duration.ofHours(6)),
                        null))));
    serveGenuineCrls();
    Verdict v = verifier().certificates().validate(good.certificate(), Purpose.AUTH);
    assertThat(v.status()).isEqualTo(Status.INDETERMINATE);
    assertThat(v.reasons().get(0)).contains("unknown");
  }

  @Test
  void aCrlOfTheWrongPartitionIsNotBelieved() {
    wm.stubFor(
        post(urlEqualTo("/ocsp"))
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    // every partition path serves the CRL of another municipality of the same generation
    List<CrlPartition> all = ca.authority().crls().partitions();
    serveCrls(
        p ->
            all.stream()
                .filter(q -> q.issuer() == p.issuer() && !q.isArl() && !p.isArl())
                .filter(q -> !q.municipality().code().equals(p.municipality().code()))
                .findFirst()
                .orElse(p));
    Verdict v = verifier().certificates().validate(revoked.certificate(), Purpose.AUTH);
    assertThat(v.status()).as(v.reasons().toString()).isEqualTo(Status.INDETERMINATE);
    assertThat(String.join(" ", v.reasons())).contains("is for partition");
  }

  @Test
  void aStaleCrlIsNotBelieved() {
    wm.stubFor(
        post(urlEqualTo("/ocsp"))
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    serveGenuineCrls();
    VerifierService v = verifier();
    ((WorldClock) v.certificates().clock()).advance(Duration.ofDays(3));
    Verdict verdict = v.certificates().validate(good.certificate(), Purpose.AUTH);
    assertThat(verdict.status()).isEqualTo(Status.INDETERMINATE);
    assertThat(String.join(" ", verdict.reasons())).contains("stale");
  }

  @Test
  void aTamperedCrlIsNotBelieved() {
    wm.stubFor(
        post(urlEqualTo("/ocsp"))
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    serveGenuineCrls();
    CrlPartition p = ca.authority().crls().partitionOf(good);
    byte[] der = ca.authority().crls().full(p).der().clone();
    der[der.length - 10] ^= 0x40; // inside the signature
    wm.stubFor(get(urlEqualTo("/crl/" + p.id() + ".crl")).willReturn(aResponse().withBody(der)));
    Verdict v = verifier().certificates().validate(good.certificate(), Purpose.AUTH);
    assertThat(v.status()).isEqualTo(Status.INDETERMINATE);
    assertThat(String.join(" ", v.reasons())).contains("not signed by");
  }

  @Test
  void aSlowCrlIsUnavailableToo() {
    wm.stubFor(post(urlEqualTo("/ocsp")).willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));
    wm.stubFor(
        get(urlEqualTo("/crl/")).willReturn(aResponse().withFixedDelay(3_000).withBody("[]")));
    Verdict v = verifier().certificates().validate(good.certificate(), Purpose.AUTH);
    assertThat(v.status()).isEqualTo(Status.INDETERMINATE);
  }
}
