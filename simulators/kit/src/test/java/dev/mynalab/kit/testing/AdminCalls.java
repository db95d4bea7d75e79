package dev.mynalab.kit.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Calls to a simulator's admin plane (plain HTTP, JSON bodies) from tests, shared as the kit's
 * test-jar: {@code AdminCalls.send(adminUri, "POST", "/admin/faults/hsm", "{\"offline\": true}")}.
 */
public final class AdminCalls {

  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  private AdminCalls() {}

  /**
   * @param body a JSON body, or {@code null} for none
   */
  public static HttpResponse<String> send(URI admin, String method, String path, String body)
      throws Exception {
    return CLIENT.send(
        HttpRequest.newBuilder(URI.create(admin + path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body))
            .header("Content-Type", "application/json")
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
