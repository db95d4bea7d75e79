package dev.mynalab.kit.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsExchange;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import dev.mynalab.kit.journal.Journal;
import dev.mynalab.kit.problem.Problem;
import dev.mynalab.kit.problem.ProblemException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLPeerUnverifiedException;

/**
 * The thin HTTP transport of a simulator (DESIGN.md principle 1: a library first, a server second).
 * Routes map a method and a path prefix to a {@link HttpHandler}; everything that goes wrong is
 * mapped to a problem document here, in one place: {@link ProblemException} keeps its status,
 * anything else becomes an opaque 500 that names no internals. No stack trace ever reaches the
 * wire.
 *
 * <p>Listens on loopback unless told otherwise. With an {@link SSLContext} it serves HTTPS, and
 * with {@code requireClientCertificate} it refuses clients without a certificate the context trusts
 * (J-LIS serves revocation data only to registered verifiers).
 */
public final class HttpEndpoint implements AutoCloseable {

  private record Route(String method, String prefix, HttpHandler handler) {}

  private final HttpServer server;
  private final ExecutorService executor;
  private final URI uri;

  private HttpEndpoint(HttpServer server, ExecutorService executor, URI uri) {
    this.server = server;
    this.executor = executor;
    this.uri = uri;
  }

  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** The base URI actually bound, e.g. {@code http://127.0.0.1:40123}. */
  public URI uri() {
    return uri;
  }

  public int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Configures and starts one endpoint. */
  public static final class Builder {
    private final String name;
    private final List<Route> routes = new ArrayList<>();
    private String host = "127.0.0.1";
    private int port;
    private int threads = 4;
    private SSLContext tls;
    private boolean requireClientCertificate;
    private Journal journal;

    private Builder(String name) {
      this.name = name;
    }

    public Builder host(String host) {
      this.host = host;
      return this;
    }

    /** The port; 0 (the default) picks a free one. */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException(name + ": port must be 0..65535, got " + port);
      }
      this.port = port;
      return this;
    }

    public Builder threads(int threads) {
      this.threads = threads;
      return this;
    }

    public Builder tls(SSLContext context, boolean requireClientCertificate) {
      this.tls = context;
      this.requireClientCertificate = requireClientCertificate;
      return this;
    }

    /** Journals every exchange on the channel named after this endpoint. */
    public Builder journal(Journal journal) {
      this.journal = journal;
      return this;
    }

    public Builder route(String method, String pathPrefix, HttpHandler handler) {
      routes.add(new Route(method, pathPrefix, handler));
      return this;
    }

    public Builder get(String pathPrefix, HttpHandler handler) {
      return route("GET", pathPrefix, handler);
    }

    public Builder post(String pathPrefix, HttpHandler handler) {
      return route("POST", pathPrefix, handler);
    }

    /**
     * Binds and starts.
     *
     * @throws IllegalStateException naming the endpoint and address when the port is taken
     */
    public HttpEndpoint start() {
      InetSocketAddress address = new InetSocketAddress(host, port);
      HttpServer server;
      try {
        if (tls != null) {
          HttpsServer https = HttpsServer.create(address, 256);
          https.setHttpsConfigurator(
              new HttpsConfigurator(tls) {
                @Override
                public void configure(HttpsParameters params) {
                  var ssl = tls.getDefaultSSLParameters();
                  ssl.setNeedClientAuth(requireClientCertificate);
                  params.setSSLParameters(ssl);
                }
              });
          server = https;
        } else {
          server = HttpServer.create(address, 256);
        }
      } catch (BindException e) {
        throw new IllegalStateException(
            name + ": cannot listen on " + host + ":" + port + " (" + e.getMessage() + ")", e);
      } catch (IOException e) {
        throw new UncheckedIOException(name + ": cannot start on " + host + ":" + port, e);
      }
      List<Route> frozen = List.copyOf(routes);
      server.createContext("/", exchange -> serve(exchange, frozen));
      ExecutorService executor =
          Executors.newFixedThreadPool(
              threads,
              r -> {
                Thread t = new Thread(r, name + "-http");
                t.setDaemon(true);
                return t;
              });
      server.setExecutor(executor);
      server.start();
      String scheme = tls != null ? "https" : "http";
      URI uri = URI.create(scheme + "://" + host + ":" + server.getAddress().getPort());
      return new HttpEndpoint(server, executor, uri);
    }

    private void serve(HttpExchange exchange, List<Route> table) throws IOException {
      HttpResponse response;
      String method = exchange.getRequestMethod();
      String path = exchange.getRequestURI().getPath();
      try (InputStream in = exchange.getRequestBody()) {
        byte[] body = in.readAllBytes();
        HttpRequest request =
            new HttpRequest(
                method,
                exchange.getRequestURI(),
                Map.copyOf(exchange.getRequestHeaders()),
                body,
                clientCertificates(exchange));
        response = dispatch(request, table);
      } catch (IOException e) {
        response = HttpResponse.problem(Problem.malformed("the request could not be read"));
      }
      if (journal != null) {
        journal.record(
            name,
            "http",
            method + " " + path + " → " + response.status(),
            Map.of("method", method, "path", path, "status", Integer.toString(response.status())));
      }
      exchange.getResponseHeaders().set("Content-Type", response.contentType());
      response.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
      boolean head = method.equals("HEAD");
      exchange.sendResponseHeaders(response.status(), head ? -1 : response.body().length);
      if (!head) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(response.body());
        }
      }
      exchange.close();
    }

    private HttpResponse dispatch(HttpRequest request, List<Route> table) {
      Optional<Route> match =
          table.stream()
              .filter(r -> request.path().startsWith(r.prefix()))
              .filter(r -> r.method().equals(request.method()))
              .findFirst();
      if (match.isEmpty()) {
        boolean pathKnown = table.stream().anyMatch(r -> request.path().startsWith(r.prefix()));
        return HttpResponse.problem(
            pathKnown
                ? Problem.methodNotAllowed(request.method())
                : Problem.notFound("no such endpoint: " + request.path()));
      }
      try {
        return match.get().handler().handle(request);
      } catch (ProblemException e) {
        return HttpResponse.problem(e.problem());
      } catch (RuntimeException e) {
        if (journal != null) {
          journal.record(name, "failure", e.toString());
        }
        return HttpResponse.problem(Problem.internal());
      } catch (Exception e) {
        if (journal != null) {
          journal.record(name, "failure", e.toString());
        }
        return HttpResponse.problem(Problem.internal());
      }
    }

    private static List<X509Certificate> clientCertificates(HttpExchange exchange) {
      if (!(exchange instanceof HttpsExchange https)) {
        return List.of();
      }
      try {
        Certificate[] chain = https.getSSLSession().getPeerCertificates();
        return Arrays.stream(chain)
            .filter(X509Certificate.class::isInstance)
            .map(X509Certificate.class::cast)
            .toList();
      } catch (SSLPeerUnverifiedException e) {
        return List.of();
      }
    }
  }
}
