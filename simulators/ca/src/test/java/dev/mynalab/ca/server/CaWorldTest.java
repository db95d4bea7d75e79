package dev.mynalab.ca.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mynalab.ca.CaSettings;
import dev.mynalab.ca.JpkiCertificateAuthority;
import dev.mynalab.ca.access.RegisteredVerifier;
import dev.mynalab.ca.access.VerifierRole;
import dev.mynalab.ca.hierarchy.CaPurpose;
import dev.mynalab.ca.hierarchy.TestKeys;
import dev.mynalab.ca.issuance.Holder;
import dev.mynalab.ca.ocsp.OcspTestSupport;
import dev.mynalab.ca.store.CertificateRecord;
import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.kit.fixtures.Json;
import dev.mynalab.kit.journal.Journal;
import dev.mynalab.kit.random.WorldSeed;
import dev.mynalab.kit.testing.AdminCalls;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaWorldTest {

  static CaWorld world;
  static HttpClient platform;

  @BeforeAll
  static void start() {
    WorldClock clock = WorldClock.running();
    world = CaWorld.start(CaWorld.Options.defaults(WorldSeed.of(5), clock, new Journal(clock)));
    platform =
        HttpsClients.client(
            world.exportedVerifier().credential(), world.infrastructure().certificate());
  }

  @AfterAll
  static void stop() {
    world.close();
  }

  private URI ocsp() {
    return URI.create(world.endpoints().get("ocsp"));
  }

  @Test
  void registeredVerifierGetsGoodAndRevokedOverHttpsPost() throws Exception {
    HttpResponse<byte[]> good =
        HttpsClients.postOcsp(
            platform, ocsp(), OcspTestSupport.request(world.samples().authGood(), null));
    assertThat(good.statusCode()).isEqualTo(200);
    assertThat(good.headers().firstValue("Content-Type")).contains("application/ocsp-response");
    assertThat(OcspTestSupport.basic(good.body()).getResponses()[0].getCertStatus())
        .isEqualTo(CertificateStatus.GOOD);
    HttpResponse<byte[]> revoked =
        HttpsClients.postOcsp(
            platform, ocsp(), OcspTestSupport.request(world.samples().signRevoked(), null));
    RevokedStatus status =
        (RevokedStatus) OcspTestSupport.basic(revoked.body()).getResponses()[0].getCertStatus();
    assertThat(status.getRevocationReason()).isEqualTo(3); // affiliationChanged
  }

  @Test
  void aroundAnExistingCaServesItsLedgerAndPointsItsNewCertificatesHere() throws Exception {
    WorldClock clock = WorldClock.running();
    Journal journal = new Journal(clock);
    JpkiCertificateAuthority existing =
        JpkiCertificateAuthority.create(clock, WorldSeed.of(6), journal, CaSettings.defaults());
    CertificateRecord before =
        existing.issue(
            CaPurpose.AUTHENTICATION,
            TestKeys.rsa2048(WorldSeed.of(6), "around.before").getPublic(),
            new Holder("before", java.time.LocalDate.of(1980, 1, 1), "13221", null, null),
            clock.today().plusYears(5));
    try (CaWorld around =
        CaWorld.around(existing, CaWorld.Options.defaults(WorldSeed.of(6), clock, journal))) {
      assertThat(around.authority()).isSameAs(existing);
      assertThat(existing.store().holderOf(around.samples().authGood().certificate()))
          .contains("sample-good");
      HttpClient client =
          HttpsClients.client(
              around.exportedVerifier().credential(), around.infrastructure().certificate());
      URI ocsp = URI.create(around.endpoints().get("ocsp"));
      HttpResponse<byte[]> answer =
          HttpsClients.postOcsp(client, ocsp, OcspTestSupport.request(before, null));
      assertThat(OcspTestSupport.basic(answer.body()).getResponses()[0].getCertStatus())
          .isEqualTo(CertificateStatus.GOOD);
      assertThat(
              new String(
                  around.samples().authGood().certificate().getEncoded(),
                  StandardCharsets.ISO_8859_1))
          .as("the AIA of a certificate issued after the join names this world's OCSP")
          .contains(ocsp.toString());
    }
  }

  @Test
  void getWithUrlEncodedBase64IsAnsweredAndCacheable() throws Exception {
    byte[] req = OcspTestSupport.request(world.samples().authRevoked(), null);
    String encoded =
        URLEncoder.encode(Base64.getEncoder().encodeToString(req), StandardCharsets.US_ASCII);
    HttpResponse<byte[]> r = HttpsClients.get(platform, URI.create(ocsp() + "/" + encoded));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Cache-Control").orElseThrow()).startsWith("max-age=");
    assertThat(OcspTestSupport.basic(r.body()).getResponses()[0].getCertStatus())
        .isInstanceOf(RevokedStatus.class);
  }

  @Test
  void garbageIsMalformedRequestWithHttp200NeverA500() throws Exception {
    HttpResponse<byte[]> post = HttpsClients.postOcsp(platform, ocsp(), "not der".getBytes());
    assertThat(post.statusCode()).isEqualTo(200);
    assertThat(new OCSPResp(post.body()).getStatus()).isEqualTo(1);
    HttpResponse<byte[]> get = HttpsClients.get(platform, URI.create(ocsp() + "/%21%21not-base64"));
    assertThat(get.statusCode()).isEqualTo(200);
    assertThat(new OCSPResp(get.body()).getStatus()).isEqualTo(1);
    HttpResponse<byte[]> big = HttpsClients.postOcsp(platform, ocsp(), new byte[100_000]);
    assertThat(new OCSPResp(big.body()).getStatus()).isEqualTo(1);
  }

  @Test
  void clientsWithoutACertificateAreRefusedAtTheHandshake() {
    HttpClient anonymous = HttpsClients.client(null, world.infrastructure().certificate());
    assertThatThrownBy(
            () ->
                HttpsClients.postOcsp(
                    anonymous, ocsp(), OcspTestSupport.request(world.samples().authGood(), null)))
        .isInstanceOf(java.io.IOException.class);
  }

  @Test
  void verifiersSeeOnlyTheirPurposeAndDeregisteredOnesNothing() throws Exception {
    RegisteredVerifier signOnly =
        world.verifiers().register("sign-only", VerifierRole.SIGNATURE_VERIFIER);
    HttpClient client =
        HttpsClients.client(signOnly.credential(), world.infrastructure().certificate());
    HttpResponse<byte[]> auth =
        HttpsClients.postOcsp(
            client, ocsp(), OcspTestSupport.request(world.samples().authGood(), null));
    assertThat(new OCSPResp(auth.body()).getStatus()).isEqualTo(6); // unauthorized
    HttpResponse<byte[]> sign =
        HttpsClients.postOcsp(
            client, ocsp(), OcspTestSupport.request(world.samples().signGood(), null));
    assertThat(new OCSPResp(sign.body()).getStatus()).isZero();
    String authCrl =
        world.endpoints().get("crl")
            + world.authority().crls().partitionOf(world.samples().authGood()).id()
            + ".crl";
    assertThat(HttpsClients.get(client, URI.create(authCrl)).statusCode()).isEqualTo(403);
    JsonNode index =
        Json.mapper()
            .readTree(HttpsClients.get(client, URI.create(world.endpoints().get("crl"))).body());
    assertThat(index).allSatisfy(n -> assertThat(n.get("purpose").asText()).isEqualTo("sign"));

    world.verifiers().deregister("sign-only");
    HttpResponse<byte[]> after =
        HttpsClients.postOcsp(
            client, ocsp(), OcspTestSupport.request(world.samples().signGood(), null));
    assertThat(new OCSPResp(after.body()).getStatus()).isEqualTo(6);
    assertThat(HttpsClients.get(client, URI.create(world.endpoints().get("crl"))).statusCode())
        .isEqualTo(403);
  }

  @Test
  void crlDownloadForTheRegisteredPlatformOperator() throws Exception {
    String id = world.authority().crls().partitionOf(world.samples().authRevoked()).id();
    HttpResponse<byte[]> full =
        HttpsClients.get(platform, URI.create(world.endpoints().get("crl") + id + ".crl"));
    assertThat(full.statusCode()).isEqualTo(200);
    assertThat(full.headers().firstValue("Content-Type")).contains("application/pkix-crl");
    var crl =
        (java.security.cert.X509CRL)
            java.security.cert.CertificateFactory.getInstance("X.509")
                .generateCRL(new java.io.ByteArrayInputStream(full.body()));
    assertThat(crl.isRevoked(world.samples().authRevoked().certificate())).isTrue();
    assertThat(
            HttpsClients.get(platform, URI.create(world.endpoints().get("crl") + id + "-delta.crl"))
                .statusCode())
        .isEqualTo(200);
    assertThat(
            HttpsClients.get(platform, URI.create(world.endpoints().get("crl") + "nope.crl"))
                .statusCode())
        .isEqualTo(404);
  }

  @Test
  void aBrokenCaSignerIsA503ForCrlsAndInternalErrorForOcspNeverA500() throws Exception {
    var record =
        world
            .authority()
            .issue(
                dev.mynalab.ca.hierarchy.CaPurpose.AUTHENTICATION,
                world.samples().authGood().certificate().getPublicKey(),
                dev.mynalab.ca.issuance.Holder.of(
                    "broken-hsm",
                    "47201",
                    dev.mynalab.ca.profile.BasicFour.of(
                        "故障　試験",
                        dev.mynalab.kit.person.Sex.UNKNOWN,
                        java.time.LocalDate.of(1990, 1, 1),
                        "沖縄県那覇市泉崎１－１")),
                world.authority().clock().today().plusYears(5));
    var g = record.issuer();
    var responder = world.authority().ocsp().responder(g);
    dev.mynalab.ca.hierarchy.CaSigner broken =
        new dev.mynalab.ca.hierarchy.CaSigner() {
          @Override
          public java.security.PublicKey publicKey() {
            return g.publicKey();
          }

          @Override
          public byte[] signSha256Digest(byte[] digest) {
            throw new dev.mynalab.ca.hierarchy.SignerFailure("HSM offline (TEST fault)");
          }
        };
    var goodCa = g.injectSigner(broken);
    var goodResponder = responder.injectSigner(broken);
    try {
      var p = world.authority().crls().partitionOf(record);
      world.authority().revocations().died(record.holderReference()); // makes the delta stale
      HttpResponse<byte[]> crl =
          HttpsClients.get(
              platform, URI.create(world.endpoints().get("crl") + p.id() + "-delta.crl"));
      assertThat(crl.statusCode()).isEqualTo(503);
      HttpResponse<byte[]> ocspAnswer =
          HttpsClients.postOcsp(platform, ocsp(), OcspTestSupport.request(record, null));
      assertThat(ocspAnswer.statusCode()).isEqualTo(200);
      assertThat(new OCSPResp(ocspAnswer.body()).getStatus()).isEqualTo(2); // internalError
    } finally {
      g.injectSigner(goodCa);
      responder.injectSigner(goodResponder);
    }
    HttpResponse<byte[]> after =
        HttpsClients.postOcsp(platform, ocsp(), OcspTestSupport.request(record, null));
    assertThat(OcspTestSupport.basic(after.body()).getResponses()[0].getCertStatus())
        .isInstanceOf(RevokedStatus.class);
  }

  private static HttpResponse<String> admin(String method, String path, String body)
      throws Exception {
    return AdminCalls.send(world.adminUri(), method, path, body);
  }

  @Test
  void theAdminPlanesHsmFaultKnobMakesStaleCrlsUnavailableUntilRestored() throws Exception {
    String delta =
        world.endpoints().get("crl")
            + world.authority().crls().partitionOf(world.samples().authGood()).id()
            + "-delta.crl";
    assertThat(admin("POST", "/admin/faults/hsm", "{\"offline\": \"yes\"}").statusCode())
        .isEqualTo(422);
    assertThat(admin("POST", "/admin/faults/hsm", "{\"offline\": true}").body())
        .contains("\"hsmOffline\":true");
    try {
      assertThat(admin("GET", "/admin/health", null).body()).contains("\"hsmOffline\":true");
      world.authority().revocations().suspendAfterLoss("sample-good"); // the delta goes stale
      assertThat(HttpsClients.get(platform, URI.create(delta)).statusCode()).isEqualTo(503);
    } finally {
      assertThat(admin("POST", "/admin/faults/hsm", "{\"offline\": false}").statusCode())
          .isEqualTo(200);
    }
    assertThat(HttpsClients.get(platform, URI.create(delta)).statusCode()).isEqualTo(200);
    assertThat(admin("GET", "/admin/time", null).body()).contains("\"today\"");
  }

  @Test
  void exportWritesEverythingAVendorNeeds(@TempDir Path dir) throws Exception {
    world.export(dir);
    for (String f :
        List.of(
            "sign-ca.pem",
            "auth-ca.pem",
            "tls-ca.pem",
            "verifier-client.pem",
            "verifier-client.key",
            "samples/auth-good.pem",
            "samples/auth-revoked.pem",
            "samples/sign-good.pem",
            "samples/sign-revoked.pem",
            "world.json")) {
      assertThat(dir.resolve(f)).as(f).isNotEmptyFile();
    }
    assertThat(Files.readString(dir.resolve("auth-ca.pem")))
        .contains("TEST")
        .containsSubsequence("BEGIN CERTIFICATE", "BEGIN CERTIFICATE", "BEGIN CERTIFICATE");
    assertThat(Files.readString(dir.resolve("verifier-client.key")))
        .contains("TEST")
        .contains("BEGIN PRIVATE KEY");
    try (Stream<Path> crls = Files.list(dir.resolve("crl"))) {
      // 2 purposes x 3 generations x (6 partitions x full+delta + 1 ARL)
      assertThat(crls.count()).isEqualTo(2 * 3 * (6 * 2 + 1));
    }
  }

  @Test
  void readyFileNamesTheEndpoints(@TempDir Path dir) throws Exception {
    Path ready = dir.resolve("sub/ready.json");
    world.writeReadyFile(ready);
    JsonNode json = Json.mapper().readTree(ready.toFile());
    assertThat(json.get("ocsp").asText()).startsWith("https://127.0.0.1:").endsWith("/ocsp");
    assertThat(json.get("crl").asText()).endsWith("/crl/");
    HttpResponse<byte[]> health =
        HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(URI.create(json.get("admin").asText()))
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(health.statusCode()).isEqualTo(200);
  }

  @Test
  void badConfigurationFailsAtStart() {
    WorldClock clock = WorldClock.running();
    CaWorld.Options base = CaWorld.Options.defaults(WorldSeed.of(5), clock, new Journal(clock));
    assertThatThrownBy(
            () ->
                CaWorld.start(
                    new CaWorld.Options(
                        base.seed(), clock, base.journal(), base.settings(), "8.8.8.8", 0, 0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("loopback");
    assertThatThrownBy(() -> CaWorld.start(base.withPort(world.uri().getPort())))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("cannot listen");
  }
}
