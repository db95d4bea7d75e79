package dev.mynalab.verifier.revocation;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.Executors;
import javax.net.ssl.SSLContext;

/**
 * The verifier's HTTP(S) client towards the revocation sources: presents the verifier's TLS client
 * certificate (J-LIS serves OCSP and CRLs to registered verifiers only), trusts the endpoints' TLS
 * CA, and bounds every exchange by a timeout — a slow responder is an unavailable responder.
 */
public final class HttpFetcher {

  /** Responses larger than this are refused (a 1 M-entry CRL is 36 MB). */
  public static final long MAX_BODY = 512L * 1024 * 1024;

  private final HttpClient client;
  private final Duration timeout;

  public HttpFetcher(SSLContext tls, Duration timeout) {
    HttpClient.Builder b =
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .version(HttpClient.Version.HTTP_1_1)
            .executor(
                Executors.newCachedThreadPool(
                    r -> {
                      Thread t = new Thread(r, "verifier-fetch");
                      t.setDaemon(true);
                      return t;
                    }));
    if (tls != null) {
      b.sslContext(tls);
    }
    this.client = b.build();
    this.timeout = timeout;
  }

  public Duration timeout() {
    return timeout;
  }

  /** POSTs {@code body} and returns the 200 response body, or fails. */
  public byte[] post(URI uri, String contentType, byte[] body) throws FetchFailed {
    return send(
        HttpRequest.newBuilder(uri)
            .timeout(timeout)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build());
  }

  /** GETs {@code uri} and returns the 200 response body, or fails. */
  public byte[] get(URI uri) throws FetchFailed {
    return send(HttpRequest.newBuilder(uri).timeout(timeout).GET().build());
  }

  private byte[] send(HttpRequest request) throws FetchFailed {
    HttpResponse<byte[]> response;
    try {
      response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (HttpTimeoutException e) {
      throw new FetchFailed("no answer from " + request.uri() + " within " + timeout, e);
    } catch (IOException e) {
      throw new FetchFailed("cannot reach " + request.uri() + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FetchFailed("interrupted while asking " + request.uri(), e);
    }
    if (response.statusCode() != 200) {
      throw new FetchFailed("HTTP " + response.statusCode() + " from " + request.uri());
    }
    byte[] body = response.body();
    if (body == null || body.length == 0) {
      throw new FetchFailed("empty response from " + request.uri());
    }
    if (body.length > MAX_BODY) {
      throw new FetchFailed("response from " + request.uri() + " is too large");
    }
    return body;
  }
}
