package dev.mynalab.cli.world;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mynalab.ca.CaSettings;
import dev.mynalab.ca.access.TlsContexts;
import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.kit.fixtures.Json;
import dev.mynalab.kit.journal.Journal;
import dev.mynalab.kit.random.WorldSeed;
import dev.mynalab.kit.testing.RequiresService;
import dev.mynalab.verifier.server.VerifierWorld;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code world up}'s card: a resident of the world's registry, issued by the world's 機構 and CAs (so
 * the world's verifier answers VALID for its certificate) and put into the vpcd reader, where
 * OpenSC recognises it. Needs pcscd with the vpcd reader: skipped with a notice locally, failed
 * under {@code CI=true}.
 */
class WorldCardTest {

  @Test
  void theWorldsCardIsKnownToTheWorldsVerifierAndSitsInTheReader(@TempDir Path dir)
      throws Exception {
    String reader = System.getenv().getOrDefault("VPCD_READER", "mynalab vpcd") + " 00 00";
    RequiresService.require(
        "pcscd with the vpcd reader '" + reader + "'",
        Files.exists(WorldCard.PCSCD_SOCKET) && opensc("-l").contains(reader),
        "run .ci/pcscd-vpcd.sh start before the tests");
    WorldClock clock = WorldClock.running();
    WorldContext c =
        new WorldContext(
            WorldSeed.of(5),
            clock,
            new Journal(clock),
            CaSettings.defaults(),
            Optional.of(dir),
            WorldCard.DEFAULT_VPCD,
            new PrintWriter(new StringWriter(), true));
    List<AutoCloseable> started = new ArrayList<>();
    try {
      started.add(WorldServices.WORLD.start(c).stop());
      WorldService.Started ca = WorldServices.CA.start(c);
      started.add(ca.stop());
      WorldService.Started verifier = WorldServices.VERIFIER.start(c);
      started.add(verifier.stop());
      WorldService.Started card = new WorldCard().start(c);
      assertThat(card).isNotNull();
      started.add(card.stop());
      assertThat(card.endpoints()).containsEntry("card-reader", reader);
      assertThat(c.world().registry().find(card.endpoints().get("card-resident")))
          .as("the card's holder is a resident of the world's registry")
          .hasValueSatisfying(r -> assertThat(r.name().text()).isEqualTo("国分　太郎"));

      byte[] auth = Files.readAllBytes(dir.resolve("card/auth.der"));
      VerifierWorld v = (VerifierWorld) verifier.stop();
      HttpClient http =
          HttpClient.newBuilder()
              .sslContext(
                  TlsContexts.client(
                      v.exportedRelyingParty().credential(), v.relyingPartyCa().certificate()))
              .build();
      String body =
          Json.mapper()
              .writeValueAsString(
                  Map.of(
                      "certificate", Base64.getEncoder().encodeToString(auth), "purpose", "auth"));
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(URI.create(v.uri() + "/v1/certificates/validate"))
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
      JsonNode verdict = Json.mapper().readTree(r.body());
      assertThat(verdict.path("status").asText()).as(r.body()).isEqualTo("VALID");

      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      String name = "";
      while (System.nanoTime() < deadline && !name.contains("jpki")) {
        name = opensc("--reader", reader, "--name");
        Thread.sleep(100);
      }
      assertThat(name).contains("jpki");
    } finally {
      for (int i = started.size() - 1; i >= 0; i--) {
        started.get(i).close();
      }
    }
  }

  private static String opensc(String... args) {
    try {
      List<String> argv = new ArrayList<>(List.of("opensc-tool"));
      argv.addAll(List.of(args));
      Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();
      p.getOutputStream().close();
      String s = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      p.waitFor(30, TimeUnit.SECONDS);
      return s;
    } catch (Exception e) {
      return "";
    }
  }
}
