package dev.mynalab.ca.cli;

import dev.mynalab.ca.CaSettings;
import dev.mynalab.ca.server.CaWorld;
import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.kit.journal.Journal;
import dev.mynalab.kit.random.WorldSeed;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mynalab world up}: runs the simulated JPKI CAs' OCSP and CRL endpoints (HTTPS, client
 * certificates required) on loopback until Ctrl-C. Prints the endpoint URLs on stdout; errors go to
 * stderr with exit code 2 (bad configuration, a port already taken).
 */
@Command(
    name = "up",
    mixinStandardHelpOptions = true,
    description = {
      "Start the simulated JPKI CAs (TEST ONLY): OCSP and CRL endpoints over HTTPS with required"
          + " client certificates, on loopback, until Ctrl-C."
    })
public final class WorldUpCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--export",
      paramLabel = "DIR",
      description =
          "Write trust material: sign-ca.pem, auth-ca.pem, tls-ca.pem, verifier-client.pem/.key,"
              + " crl/*.crl, samples/*.pem, world.json.")
  Path export;

  @Option(
      names = "--ready-file",
      paramLabel = "FILE",
      description =
          "Once everything listens, write a JSON object of endpoint URLs (ocsp, crl, admin).")
  Path readyFile;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description = "Loopback address (default ${DEFAULT-VALUE}).")
  String host;

  @Option(
      names = "--port",
      defaultValue = "0",
      description = "HTTPS port of OCSP/CRL, 0 = any free (default ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--admin-port",
      defaultValue = "0",
      description = "Plain-HTTP admin port, 0 = any free.")
  int adminPort;

  @Option(names = "--seed", description = "World seed (default: -Dmynalab.seed or a fresh one).")
  Long seed;

  @Option(
      names = "-D",
      paramLabel = "KEY=VALUE",
      description = "A CA setting, e.g. -Dca.ocsp.nonce=sign-on-demand (see the module README).")
  Map<String, String> settings = new LinkedHashMap<>();

  @Option(
      names = "--exit-after-ready",
      description = "Stop right after exporting and writing the ready file (scripts and CI).")
  boolean exitAfterReady;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    CaWorld world;
    WorldSeed worldSeed;
    try {
      worldSeed = seed != null ? WorldSeed.of(seed) : WorldSeed.fromSystemProperty();
      CaSettings caSettings = CaSettings.fromProperties(settings);
      if (port < 0 || port > 65535 || adminPort < 0 || adminPort > 65535) {
        throw new IllegalArgumentException("--port and --admin-port must be 0..65535");
      }
      WorldClock clock = WorldClock.running();
      world =
          CaWorld.start(
              new CaWorld.Options(
                  worldSeed, clock, new Journal(clock), caSettings, host, port, adminPort));
    } catch (IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
      err.println("world up: " + e.getMessage());
      err.flush();
      return 2;
    }
    try {
      if (export != null) {
        world.export(export);
      }
      if (readyFile != null) {
        world.writeReadyFile(readyFile);
      }
    } catch (java.io.UncheckedIOException e) {
      world.close();
      err.println("world up: " + e.getMessage());
      err.flush();
      return 2;
    }
    out.println("seed " + worldSeed.value());
    world.endpoints().forEach((k, v) -> out.println(k + " " + v));
    out.flush();
    if (exitAfterReady) {
      world.close();
      return 0;
    }
    CountDownLatch stop = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              world.close();
              stop.countDown();
            },
            "world-up-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      stop.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      world.close();
    }
    return 0;
  }
}
