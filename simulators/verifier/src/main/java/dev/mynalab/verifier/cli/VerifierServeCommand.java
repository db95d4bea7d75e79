package dev.mynalab.verifier.cli;

import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.kit.journal.Journal;
import dev.mynalab.kit.random.WorldSeed;
import dev.mynalab.verifier.server.FileTrustVerifier;
import dev.mynalab.verifier.server.TrustDirectory;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mynalab verifier serve}: the reference verifier deployed from a trust export only ({@link
 * FileTrustVerifier}) — what a vendor's verifier does with the files {@code mynalab conformance
 * --profile} writes before its scenarios ({@code verifier.http.trustExport}). Serves until Ctrl-C
 * (SIGTERM); prints its endpoints on stdout; a missing or unusable trust file, a taken port or a
 * non-loopback host exit 2 with the reason on stderr.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the reference verifier (TEST ONLY) from a trust export only: JPKI roots of",
      "DIR/auth-ca.pem and sign-ca.pem, OCSP (certificate AIA) and CRLs (world.json endpoints.crl)",
      "over HTTPS with DIR/verifier-client.pem/.key trusting tls-ca.pem. The validation contract",
      "over HTTPS for registered relying parties; admin plane (plain HTTP, loopback): GET",
      "/admin/health, GET /admin/journal, GET|POST /admin/time,",
      "POST /admin/trust/reload [{\"trust\": DIR}]."
    })
public final class VerifierServeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--trust",
      required = true,
      paramLabel = "DIR",
      description =
          "The trust export to read: auth-ca.pem, sign-ca.pem, tls-ca.pem, verifier-client.pem,"
              + " verifier-client.key, world.json (world up --export, conformance trustExport).")
  Path trust;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description = "Loopback address (default ${DEFAULT-VALUE}).")
  String host;

  @Option(
      names = "--port",
      defaultValue = "0",
      description = "HTTPS port of the contract, 0 = any free (default ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--admin-port",
      defaultValue = "0",
      description = "Plain-HTTP admin port, 0 = any free (default ${DEFAULT-VALUE}).")
  int adminPort;

  @Option(
      names = "--ready",
      paramLabel = "FILE",
      description =
          "Once both planes listen, write a JSON object of endpoints (verifier, admin, reload).")
  Path ready;

  @Option(
      names = "--export",
      paramLabel = "DIR2",
      description =
          "Write the relying party's side: rp-client.pem/.key (registered relying party, TEST),"
              + " verifier-tls-ca.pem (server trust), openapi.yaml, verifier.json.")
  Path export;

  @Option(
      names = "--seed",
      description =
          "Seed of the verifier's own TEST keys (TLS, relying party) and nonces (default:"
              + " -Dmynalab.seed or a fresh one).")
  Long seed;

  @Option(
      names = "--exit-after-ready",
      description = "Stop right after writing the export and the ready file (scripts, tests).")
  boolean exitAfterReady;

  /** For a child process: {@code java -cp … dev.mynalab.verifier.cli.VerifierServeCommand …}. */
  public static void main(String[] args) {
    System.exit(new CommandLine(new VerifierServeCommand()).execute(args));
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    WorldSeed worldSeed = seed != null ? WorldSeed.of(seed) : WorldSeed.fromSystemProperty();
    // the host's clock: a deployed verifier judges freshness and validity in real time
    WorldClock clock = WorldClock.running();
    FileTrustVerifier verifier;
    try {
      verifier =
          FileTrustVerifier.start(
              FileTrustVerifier.Options.defaults(trust, worldSeed, clock, new Journal(clock))
                  .withPorts(host, port, adminPort));
    } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
      err.println("verifier serve: " + e.getMessage());
      err.flush();
      return 2;
    }
    try {
      if (export != null) {
        verifier.export(export);
      }
      if (ready != null) {
        verifier.writeReadyFile(ready);
      }
    } catch (UncheckedIOException e) {
      verifier.close();
      err.println("verifier serve: " + e.getMessage());
      err.flush();
      return 2;
    }
    TrustDirectory t = verifier.loaded().trust();
    out.println("seed " + worldSeed.value());
    verifier.endpoints().forEach((k, v) -> out.println(k + " " + v));
    out.println("trust " + t.dir().toAbsolutePath().normalize() + " sha256 " + t.anchorsSha256());
    out.flush();
    if (exitAfterReady) {
      verifier.close();
      return 0;
    }
    CountDownLatch stop = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  verifier.close();
                  stop.countDown();
                },
                "verifier-serve-shutdown"));
    try {
      stop.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      verifier.close();
    }
    return 0;
  }
}
