package dev.mynalab.ca.server;

import dev.mynalab.ca.access.TlsContexts;
import dev.mynalab.ca.access.TlsCredential;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.X509Certificate;
import java.time.Duration;

/** HTTPS clients for tests, with or without a client certificate. */
public final class HttpsClients {

  private HttpsClients() {}

  public static HttpClient client(TlsCredential credential, X509Certificate tlsAnchor) {
    return HttpClient.newBuilder()
        .sslContext(TlsContexts.client(credential, tlsAnchor))
        .connectTimeout(Duration.ofSeconds(5))
        .build();
  }

  public static HttpResponse<byte[]> postOcsp(HttpClient client, URI url, byte[] request)
      throws Exception {
    return client.send(
        HttpRequest.newBuilder(url)
            .header("Content-Type", "application/ocsp-request")
            .timeout(Duration.ofSeconds(10))
            .POST(HttpRequest.BodyPublishers.ofByteArray(request))
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  public static HttpResponse<byte[]> get(HttpClient client, URI url) throws Exception {
    return client.send(
        HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10)).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }
}
