package dev.mynalab.drivers.verifier;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mynalab.kit.fixtures.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import javax.net.ssl.SSLContext;

/** The validation contract over HTTPS: POST a JSON request, read the 200 answer. */
final class ContractClient {

  private final URI base;
  private final HttpClient http;

  ContractClient(URI base, SSLContext tls) {
    this.base = base;
    this.http =
        HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(10)).build();
  }

  JsonNode call(String path, JsonNode request) {
    try {
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(URI.create(base + path))
                  .timeout(Duration.ofSeconds(30))
                  .header("Content-Type", "application/json")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          Json.mapper().writeValueAsString(request)))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 200) {
        throw new IllegalStateException("verifier answered " + r.statusCode() + ": " + r.body());
      }
      return Json.mapper().readTree(r.body());
    } catch (java.io.IOException e) {
      throw new IllegalStateException("cannot reach the verifier at " + base + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
