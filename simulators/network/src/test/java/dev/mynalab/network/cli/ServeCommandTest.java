package dev.mynalab.network.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mynalab.kit.fixtures.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ServeCommandTest {

  @TempDir Path dir;

  @Test
  void servesADemoWorldThatAnOutsideClientCanUse() throws Exception {
    ServeCommand serve = new ServeCommand();
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(serve);
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(new StringWriter(), true));
    CompletableFuture<Integer> exit =
        CompletableFuture.supplyAsync(
            () -> cli.execute("--residents", "2", "--credentials", dir.toString()));
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!out.toString().trim().endsWith("}") && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    JsonNode info = Json.mapper().readTree(out.toString());
    String token = info.get("agencyTokens").get("otsu-city.care").asText();
    String juminhyo = info.get("juminhyoCodes").get(0).asText();
    HttpClient client = HttpClient.newHttpClient();
    var code =
        client.send(
            HttpRequest.newBuilder(URI.create(info.get("network").asText() + "/network/v1/codes"))
                .header("Authorization", "Bearer " + token)
                .POST(BodyPublishers.ofString("{\"juminhyoCode\":\"" + juminhyo + "\"}"))
                .build(),
            BodyHandlers.ofString());
    assertThat(code.statusCode()).isEqualTo(200);
    var answer =
        client.send(
            HttpRequest.newBuilder(
                    URI.create(info.get("network").asText() + "/network/v1/requests"))
                .header("Authorization", "Bearer " + token)
                .POST(
                    BodyPublishers.ofString(
                        "{\"subjectCode\":\""
                            + Json.mapper().readTree(code.body()).get("code").asText()
                            + "\",\"procedure\":\"care-insurance-premium\",\"item\":\"local-tax\",\"provider\":\"kou-city.tax\"}"))
                .build(),
            BodyHandlers.ofString());
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.body()).contains("PROVIDED");
    assertThat(Files.exists(dir.resolve(juminhyo + ".key.pem"))).isTrue();
    assertThat(Files.readString(dir.resolve("ca.pem"))).startsWith("-----BEGIN CERTIFICATE-----");
    serve.stop.countDown();
    assertThat(exit.get()).isZero();
  }

  @Test
  void badOptionsExitTwo() {
    CommandLine cli = new CommandLine(new ServeCommand());
    cli.setErr(new PrintWriter(new StringWriter(), true));
    assertThat(cli.execute("--residents", "0")).isEqualTo(2);
    assertThat(cli.execute("--port", "x")).isEqualTo(2);
  }
}
