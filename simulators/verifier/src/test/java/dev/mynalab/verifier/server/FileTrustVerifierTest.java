package dev.mynalab.verifier.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mynalab.ca.access.TlsContexts;
import dev.mynalab.ca.server.CaWorld;
import dev.mynalab.ca.store.CertificateRecord;
import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.kit.fixtures.Json;
import dev.mynalab.kit.journal.Journal;
import dev.mynalab.kit.random.WorldSeed;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reference verifier deployed from a trust export only: no CA object crosses over, only the
 * files {@code CaWorld.export} writes. It judges that CA's certificates over real OCSP/HTTPS with
 * the exported client credential, does not trust another CA until its trust is reloaded, and keeps
 * its trust when a reload points at a directory that does not read.
 */
class FileTrustVerifierTest {

  @TempDir static Path dir;

  static WorldClock clock = WorldClock.running();
  static CaWorld first;
  static CaWorld second;
  static FileTrustVerifier verifier;
  static HttpClient relyingParty;
  static HttpClient admin = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    first = CaWorld.start(CaWorld.Options.defaults(WorldSeed.of(11), clock, new Journal(clock)));
    second = CaWorld.start(CaWorld.Options.defaults(WorldSeed.of(12), clock, new Journal(clock)));
    first.export(dir.resolve("first"));
    second.export(dir.resolve("second"));
    verifier =
        FileTrustVerifier.start(
            FileTrustVerifier.Options.defaults(
                dir.resolve("first"), WorldSeed.of(13), clock, new Journal(clock)));
    relyingParty =
        HttpClient.newBuilder()
            .sslContext(
                TlsContexts.client(
                    verifier.exportedRelyingParty().credential(),
                    verifier.relyingPartyCa().certificate()))
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  @AfterAll
  static void stop() {
    verifier.close();
    first.close();
    second.close();
  }

  @Test
  void judgesTheExportingCasCertificatesOverOcspWithTheExportedCredential() throws Exception {
    JsonNode good = validate(first.samples().authGood(), "auth");
    assertThat(good.path("status").asText()).as(good.toString()).isEqualTo("VALID");
    assertThat(good.path("revocation").path("source").asText()).isEqualTo("ocsp");
    JsonNode revoked = validate(first.samples().signRevoked(), "sign");
    assertThat(revoked.path("status").asText()).isEqualTo("REVOKED");
    JsonNode health = get("/admin/health");
    assertThat(health.path("trust").path("anchorsSha256").asText())
        .isEqualTo(TrustDirectory.anchorsSha256(dir.resolve("first")))
        .isNotEqualTo(TrustDirectory.anchorsSha256(dir.resolve("second")));
    assertThat(health.path("trust").path("crlIndex").asText()).startsWith(first.uri().toString());
    assertThat(get("/admin/journal").toString()).contains("OCSP #").contains("GOOD");
  }

  @Test
  void anotherCaIsUntrustedUntilTheTrustIsReloadedAndABadReloadKeepsTheTrust() throws Exception {
    Path other = dir.resolve("second");
    try {
      assertThat(validate(second.samples().authGood(), "auth").path("status").asText())
          .isEqualTo("UNTRUSTED");
      HttpResponse<String> bad = reload("{\"trust\": \"" + dir.resolve("empty") + "\"}");
      assertThat(bad.statusCode()).isEqualTo(422);
      assertThat(bad.body()).contains("/trust").contains("no such directory").contains("previous");
      Files.createDirectories(dir.resolve("half"));
      Files.copy(other.resolve("auth-ca.pem"), dir.resolve("half").resolve("auth-ca.pem"));
      assertThat(reload("{\"trust\": \"" + dir.resolve("half") + "\"}").body())
          .contains("sign-ca.pem: missing");
      assertThat(reload("{\"dir\": \"x\"}").statusCode()).isEqualTo(422);
      assertThat(validate(first.samples().authGood(), "auth").path("status").asText())
          .as("the previous trust is still in use")
          .isEqualTo("VALID");

      HttpResponse<String> ok = reload("{\"trust\": \"" + other + "\"}");
      assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
      assertThat(Json.mapper().readTree(ok.body()).path("anchorsSha256").asText())
          .isEqualTo(TrustDirectory.anchorsSha256(other));
      assertThat(validate(second.samples().authGood(), "auth").path("status").asText())
          .isEqualTo("VALID");
      assertThat(validate(second.samples().authRevoked(), "auth").path("status").asText())
          .isEqualTo("REVOKED");
      assertThat(validate(first.samples().authGood(), "auth").path("status").asText())
          .as("the old CA is no longer trusted")
          .isEqualTo("UNTRUSTED");
      assertThat(get("/admin/health").path("reloads").asLong()).isPositive();
    } finally {
      reload("{\"trust\": \"" + dir.resolve("first") + "\"}");
    }
  }

  @Test
  void anUnusableTrustDirectoryIsRefusedAtStartNamingTheFile() throws Exception {
    Path bad = dir.resolve("bad");
    Files.createDirectories(bad);
    for (String f : TrustDirectory.FILES) {
      Files.copy(dir.resolve("first").resolve(f), bad.resolve(f));
    }
    Files.copy(
        dir.resolve("second").resolve("verifier-client.key"),
        bad.resolve("verifier-client.key"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    assertThatThrownBy(() -> TrustDirectory.read(bad))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("verifier-client.key")
        .hasMessageContaining("does not belong");
    Files.copy(
        dir.resolve("first").resolve("verifier-client.key"),
        bad.resolve("verifier-client.key"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    assertThat(TrustDirectory.read(bad).anchorLabels()).isNotEmpty();
    Files.writeString(bad.resolve("world.json"), "{\"endpoints\": {\"crl\": \"http://x/\"}}");
    assertThatThrownBy(() -> TrustDirectory.read(bad)).hasMessageContaining("endpoints.crl");
    Files.writeString(bad.resolve("auth-ca.pem"), "# nothing here\n");
    assertThatThrownBy(() -> TrustDirectory.read(bad))
        .hasMessageContaining("auth-ca.pem")
        .hasMessageContaining("not PEM certificates");
    assertThatThrownBy(
            () ->
                FileTrustVerifier.start(
                    FileTrustVerifier.Options.defaults(
                        dir.resolve("nowhere"), WorldSeed.of(1), clock, new Journal(clock))))
        .hasMessageContaining("nowhere")
        .hasMessageContaining("no such directory");
  }

  private JsonNode validate(CertificateRecord r, String purpose) throws Exception {
    String body =
        Json.mapper()
            .writeValueAsString(
                Map.of(
                    "certificate",
                    Base64.getEncoder().encodeToString(r.certificate().getEncoded()),
                    "purpose",
                    purpose));
    HttpResponse<String> resp =
        relyingParty.send(
            HttpRequest.newBuilder(URI.create(verifier.uri() + "/v1/certificates/validate"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(resp.statusCode()).as(resp.body()).isEqualTo(200);
    return Json.mapper().readTree(resp.body());
  }

  private static JsonNode get(String path) throws Exception {
    HttpResponse<String> r =
        admin.send(
            HttpRequest.newBuilder(URI.create(verifier.adminUri() + path)).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
    return Json.mapper().readTree(r.body());
  }

  private static HttpResponse<String> reload(String body) throws Exception {
    return admin.send(
        HttpRequest.newBuilder(URI.create(verifier.adminUri() + "/admin/trust/reload"))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
