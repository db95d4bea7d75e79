package dev.mynalab.verifier.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mynalab.ca.access.TlsContexts;
import dev.mynalab.ca.access.TlsCredential;
import dev.mynalab.ca.server.CaWorld;
import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.kit.fixtures.Json;
import dev.mynalab.kit.journal.Journal;
import dev.mynalab.kit.random.WorldSeed;
import dev.mynalab.kit.testing.AdminCalls;
import dev.mynalab.verifier.TestWorlds;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The contract over real HTTPS with TLS client certificates. */
class VerifierHttpApiTest {

  static final long SEED = 81;
  static CaWorld ca;
  static VerifierWorld world;
  static HttpClient platform;
  static HttpClient authOnly;
  static HttpClient stranger;

  @BeforeAll
  static void start() {
    ca = TestWorlds.ca(SEED);
    WorldClock clock = ca.authority().clock();
    world =
        VerifierWorld.start(
            VerifierWorld.Options.defaults(ca, WorldSeed.of(SEED), clock, new Journal(clock))
                .withSettings(TestWorlds.settings()));
    platform = client(world.exportedRelyingParty().credential());
    authOnly =
        client(
            world
                .relyingParties()
                .register("login-site", RelyingPartyRole.AUTHENTICATION_VERIFIER)
                .credential());
    stranger = client(world.relyingParties().unregisteredCredential("stranger"));
  }

  @AfterAll
  static void stop() {
    world.close();
    ca.close();
  }

  static HttpClient client(TlsCredential c) {
    return HttpClient.newBuilder()
        .sslContext(TlsContexts.client(c, world.relyingPartyCa().certificate()))
        .connectTimeout(Duration.ofSeconds(10))
        .build();
  }

  static HttpResponse<String> post(HttpClient client, String path, String body) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create(world.uri() + path))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static String b64(byte[] b) {
    return Base64.getEncoder().encodeToString(b);
  }

  static String certJson(X509Certificate c, String purpose) throws Exception {
    return Json.mapper()
        .writeValueAsString(Map.of("certificate", b64(c.getEncoded()), "purpose", purpose));
  }

  static JsonNode json(HttpResponse<String> r) throws Exception {
    return Json.mapper().readTree(r.body());
  }

  @Test
  void aValidSigningCertificateCarriesTheBasicFourForAnEntitledRelyingParty() throws Exception {
    HttpResponse<String> r =
        post(
            platform,
            "/v1/certificates/validate",
            certJson(ca.samples().signGood().certificate(), "sign"));
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode v = json(r);
    assertThat(v.get("status").asText()).isEqualTo("VALID");
    assertThat(v.get("revocation").get("source").asText()).isEqualTo("ocsp");
    assertThat(v.get("basicFour").get("name").asText()).isEqualTo("見本　太郎");
    assertThat(v.get("basicFour").get("address").asText()).startsWith("北海道札幌市南区");
    assertThat(v.get("basicFour").get("dateOfBirth").asText()).isEqualTo("319800217");
  }

  private static HttpResponse<String> admin(String method, String path, String body)
      throws Exception {
    return AdminCalls.send(world.adminUri(), method, path, body);
  }

  @Test
  void theAdminPlanesOutageKnobMakesAnUnseenCertificateIndeterminateNeverValid() throws Exception {
    assertThat(world.endpoints()).containsKey("verifier-admin");
    assertThat(admin("POST", "/admin/faults/revocation", "{\"ocsp\": \"off\"}").statusCode())
        .isEqualTo(422);
    assertThat(admin("POST", "/admin/faults/revocation", "{\"dns\": \"down\"}").statusCode())
        .isEqualTo(422);
    assertThat(admin("POST", "/admin/reset", null).statusCode()).isEqualTo(200); // caches gone
    try {
      HttpResponse<String> cut =
          admin("POST", "/admin/faults/revocation", "{\"ocsp\": \"down\", \"crl\": \"down\"}");
      assertThat(json(cut).get("ocsp").asText()).isEqualTo("down");
      assertThat(json(admin("GET", "/admin/health", null)).at("/revocationSources/crl").asText())
          .isEqualTo("down");
      JsonNode v =
          json(
              post(
                  platform,
                  "/v1/certificates/validate",
                  certJson(ca.samples().authGood().certificate(), "auth")));
      assertThat(v.get("status").asText()).isEqualTo("INDETERMINATE");
    } finally {
      admin("POST", "/admin/faults/revocation", "{\"ocsp\": \"up\", \"crl\": \"up\"}");
    }
    JsonNode back =
        json(
            post(
                platform,
                "/v1/certificates/validate",
                certJson(ca.samples().authGood().certificate(), "auth")));
    assertThat(back.get("status").asText()).isEqualTo("VALID");
  }

  @Test
  void anAuthenticationVerifierNeverSeesTheBasicFour() throws Exception {
    JsonNode v =
        json(
            post(
                authOnly,
                "/v1/certificates/validate",
                certJson(ca.samples().signGood().certificate(), "sign")));
    assertThat(v.get("status").asText()).isEqualTo("VALID");
    assertThat(v.has("basicFour")).isFalse();
  }

  @Test
  void revokedComesWithReasonAndTime() throws Exception {
    JsonNode v =
        json(
            post(
                platform,
                "/v1/certificates/validate",
                certJson(ca.samples().authRevoked().certificate(), "auth")));
    assertThat(v.get("status").asText()).isEqualTo("REVOKED");
    assertThat(v.get("revocation").get("reason").asText()).isEqualTo("keyCompromise");
    assertThat(v.get("revocation").get("revokedAt").asText()).isNotBlank();
    assertThat(v.has("basicFour")).isFalse();
  }

  @Test
  void anUnregisteredRelyingPartyIsRefused() throws Exception {
    HttpResponse<String> r =
        post(
            stranger,
            "/v1/certificates/validate",
            certJson(ca.samples().authGood().certificate(), "auth"));
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).contains("problem+json");
  }

  @ParameterizedTest(name = "{0} → {1} at {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"purpose\":\"auth\"}|422|/certificate",
        "{\"certificate\":\"!!!\",\"purpose\":\"auth\"}|422|/certificate",
        "{\"certificate\":\"AAAA\",\"purpose\":\"auth\"}|422|/certificate",
        "{\"certificate\":42,\"purpose\":\"auth\"}|422|/certificate",
        "{\"certificate\":\"CERT\",\"purpose\":\"login\"}|422|/purpose",
        "{\"certificate\":\"CERT\"}|422|/purpose",
        "{\"certificate\":\"CERT\",\"purpose\":\"auth\",\"at\":\"yesterday\"}|422|/at",
        "{\"certificate\":\"CERT\",\"purpose\":\"auth\",\"extra\":1}|422|/extra",
        "[1,2]|400|",
        "not json|400|",
        "|400|"
      })
  void malformedInputIsAProblemPointingAtTheFieldNever5xx(String body, int status, String pointer)
      throws Exception {
    String cert = b64(ca.samples().authGood().certificate().getEncoded());
    String sent = body == null ? "" : body.replace("CERT", cert);
    HttpResponse<String> r = post(platform, "/v1/certificates/validate", sent);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    if (pointer != null) {
      assertThat(json(r).get("pointer").asText()).isEqualTo(pointer);
    }
  }

  @Test
  void atInThePastAndWithOffsetIsAccepted() throws Exception {
    X509Certificate c = ca.samples().authGood().certificate();
    String body =
        Json.mapper()
            .writeValueAsString(
                Map.of(
                    "certificate", b64(c.getEncoded()),
                    "purpose", "auth",
                    "at",
                        c.getNotAfter()
                            .toInstant()
                            .plus(Duration.ofDays(1))
                            .atOffset(java.time.ZoneOffset.ofHours(9))
                            .toString()));
    JsonNode v = json(post(platform, "/v1/certificates/validate", body));
    assertThat(v.get("status").asText()).isEqualTo("EXPIRED");
  }

  static byte[] signedReturn(KeyPair key, X509Certificate cert, byte[] content, Date signingTime)
      throws Exception {
    ASN1EncodableVector attrs = new ASN1EncodableVector();
    attrs.add(new Attribute(CMSAttributes.signingTime, new DERSet(new Time(signingTime))));
    CMSSignedDataGenerator g = new CMSSignedDataGenerator();
    g.addSignerInfoGenerator(
        new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
            .setSignedAttributeGenerator(
                new DefaultSignedAttributeTableGenerator(new AttributeTable(attrs)))
            .build(new JcaContentSignerBuilder("SHA256withRSA").build(key.getPrivate()), cert));
    g.addCertificates(new JcaCertStore(List.of(cert)));
    return g.generate(new CMSProcessableByteArray(content), true).getEncoded();
  }

  @Test
  void aSignedTaxReturnIsValidAndATamperedOneIsNot() throws Exception {
    KeyPair key = TestWorlds.sampleKey(SEED, "sign", "good");
    X509Certificate cert = ca.samples().signGood().certificate();
    byte[] content =
        "<申告書>所得税及び復興特別所得税の確定申告書 TEST</申告書>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] cms = signedReturn(key, cert, content, Date.from(ca.authority().clock().instant()));
    JsonNode ok =
        json(
            post(
                platform,
                "/v1/documents/validate",
                Json.mapper().writeValueAsString(Map.of("document", b64(cms)))));
    assertThat(ok.get("status").asText()).as(ok.toString()).isEqualTo("VALID");
    assertThat(ok.get("signer").get("basicFour").get("name").asText()).isEqualTo("見本　太郎");
    // a document signed with another key but carrying this certificate
    byte[] forged =
        signedReturn(
            TestWorlds.sampleKey(SEED, "auth", "good"),
            cert,
            content,
            Date.from(ca.authority().clock().instant()));
    JsonNode bad =
        json(
            post(
                platform,
                "/v1/documents/validate",
                Json.mapper().writeValueAsString(Map.of("document", b64(forged)))));
    assertThat(bad.get("status").asText()).isEqualTo("INVALID_SIGNATURE");
    // signed with an authentication certificate: wrong purpose
    byte[] withAuth =
        signedReturn(
            TestWorlds.sampleKey(SEED, "auth", "good"),
            ca.samples().authGood().certificate(),
            content,
            Date.from(ca.authority().clock().instant()));
    JsonNode wrong =
        json(
            post(
                platform,
                "/v1/documents/validate",
                Json.mapper().writeValueAsString(Map.of("document", b64(withAuth)))));
    assertThat(wrong.get("status").asText()).isEqualTo("WRONG_PURPOSE");
    HttpResponse<String> notCms =
        post(platform, "/v1/documents/validate", "{\"document\":\"AAAA\"}");
    assertThat(notCms.statusCode()).isEqualTo(422);
  }

  @Test
  void loginChallengesAreSingleUseAndExpire() throws Exception {
    KeyPair key = TestWorlds.sampleKey(SEED, "auth", "good");
    X509Certificate cert = ca.samples().authGood().certificate();
    JsonNode c = json(post(platform, "/v1/login/challenges", ""));
    String body = loginBody(c, key, cert);
    JsonNode first = json(post(platform, "/v1/login/verify", body));
    assertThat(first.get("authenticated").asBoolean()).as(first.toString()).isTrue();
    JsonNode again = json(post(platform, "/v1/login/verify", body));
    assertThat(again.get("authenticated").asBoolean()).isFalse();
    assertThat(again.get("outcome").asText()).isEqualTo("CHALLENGE_USED");
    // signed by another key
    JsonNode c2 = json(post(platform, "/v1/login/challenges", ""));
    JsonNode forged =
        json(
            post(
                platform,
                "/v1/login/verify",
                loginBody(c2, TestWorlds.sampleKey(SEED, "sign", "good"), cert)));
    assertThat(forged.get("outcome").asText()).isEqualTo("BAD_SIGNATURE");
    // the revoked card's certificate with its own key
    JsonNode c3 = json(post(platform, "/v1/login/challenges", ""));
    JsonNode rev =
        json(
            post(
                platform,
                "/v1/login/verify",
                loginBody(
                    c3,
                    TestWorlds.sampleKey(SEED, "auth", "revoked"),
                    ca.samples().authRevoked().certificate())));
    assertThat(rev.get("outcome").asText()).isEqualTo("CERTIFICATE_REJECTED");
    assertThat(rev.get("certificate").get("status").asText()).isEqualTo("REVOKED");
  }

  @Test
  void anExpiredChallengeIsRefused() throws Exception {
    KeyPair key = TestWorlds.sampleKey(SEED, "auth", "good");
    JsonNode c = json(post(platform, "/v1/login/challenges", ""));
    WorldClock clock = ca.authority().clock();
    clock.advance(Duration.ofMinutes(3));
    try {
      JsonNode r =
          json(
              post(
                  platform,
                  "/v1/login/verify",
                  loginBody(c, key, ca.samples().authGood().certificate())));
      assertThat(r.get("outcome").asText()).isEqualTo("CHALLENGE_EXPIRED");
    } finally {
      clock.set(clock.instant().minus(Duration.ofMinutes(3)));
    }
  }

  static String loginBody(JsonNode challenge, KeyPair key, X509Certificate cert) throws Exception {
    Signature s = Signature.getInstance("SHA256withRSA");
    s.initSign(key.getPrivate());
    s.update(Base64.getDecoder().decode(challenge.get("challenge").asText()));
    return Json.mapper()
        .writeValueAsString(
            Map.of(
                "challengeId", challenge.get("challengeId").asText(),
                "signature", b64(s.sign()),
                "certificate", b64(cert.getEncoded())));
  }

  @Test
  void exportWritesTheRelyingPartyCredentialsAndTheContract(@TempDir Path dir) throws Exception {
    world.export(dir);
    assertThat(Files.readString(dir.resolve("rp-client.pem"))).contains("BEGIN CERTIFICATE");
    assertThat(Files.readString(dir.resolve("rp-client.key")))
        .contains("PRIVATE KEY")
        .contains("TEST");
    assertThat(Files.readString(dir.resolve("openapi.yaml"))).contains("/v1/certificates/validate");
    world.writeReadyFile(dir.resolve("ready.json"));
    assertThat(Files.readString(dir.resolve("ready.json")))
        .contains("\"verifier\":\"https://127.0.0.1:");
  }
}
