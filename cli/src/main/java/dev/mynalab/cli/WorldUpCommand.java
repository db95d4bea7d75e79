package dev.mynalab.cli;

import dev.mynalab.ca.CaSettings;
import dev.mynalab.cli.world.WorldContext;
import dev.mynalab.cli.world.WorldService;
import dev.mynalab.cli.world.WorldServices;
import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.kit.fixtures.ReadyFile;
import dev.mynalab.kit.journal.Journal;
import dev.mynalab.kit.random.WorldSeed;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mynalab world up}: the simulated world as servers on loopback until Ctrl-C — the JPKI CAs'
 * OCSP and CRL endpoints (HTTPS, registered verifiers only), the verifier's validation API (HTTPS,
 * registered relying parties only), the resident registry's clerk API, each with its own admin
 * plane, and — with pcscd — the reference card issued by those CAs in the vpcd reader. One clock,
 * one seed and one journal are shared by all of them; the parties are {@link WorldServices#ALL}.
 */
@Command(
    name = "up",
    mixinStandardHelpOptions = true,
    description = {
      "Starts the simulated world on loopback until Ctrl-C (TEST ONLY): JPKI CAs (OCSP, CRL),",
      "the verifier (validation contract) and the resident registry, each with an admin plane.",
      "Prints the endpoint URLs on stdout."
    })
final class WorldUpCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--export",
      paramLabel = "DIR",
      description =
          "Write the trust material a vendor needs: sign-ca.pem, auth-ca.pem, tls-ca.pem,"
              + " verifier-client.pem/.key, crl/*.crl, samples/*.pem, rp-client.pem/.key,"
              + " verifier-tls-ca.pem, openapi.yaml.")
  Path export;

  @Option(
      names = "--ready-file",
      paramLabel = "FILE",
      description =
          "Once everything listens, write a JSON object of endpoint URLs (ocsp, crl, admin,"
              + " verifier, registry, registry-admin; card-reader, card-vpcd with a card).")
  Path readyFile;

  @Option(
      names = "-D",
      paramLabel = "KEY=VALUE",
      description =
          "A CA setting, e.g. -Dca.ocsp.nonce=sign-on-demand (see simulators/ca/README.md).")
  Map<String, String> caSettings = new LinkedHashMap<>();

  @Option(
      names = "--vpcd",
      paramLabel = "auto|none|HOST:PORT",
      defaultValue = "auto",
      description = {
        "Where the world's reference card goes (issued by the world's CAs): a vpcd reader of",
        "pcscd. auto (default): 127.0.0.1:35963 when pcscd runs, else no card."
      })
  String vpcd;

  @Option(
      names = "--exit-after-ready",
      description = "Stop right after exporting and writing the ready file (scripts and CI).")
  boolean exitAfterReady;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    WorldSeed seed = WorldSeed.fromSystemProperty();
    System.setProperty(WorldSeed.PROPERTY, Long.toString(seed.value()));
    WorldClock clock = WorldClock.running();
    Journal journal = new Journal(clock);
    CaSettings settings = CaSettings.fromProperties(caSettings);
    WorldContext context =
        new WorldContext(
            seed,
            clock,
            journal,
            settings,
            Optional.ofNullable(export),
            vpcd,
            spec.commandLine().getErr());
    List<AutoCloseable> started = new ArrayList<>();
    Map<String, String> endpoints = new LinkedHashMap<>();
    try {
      for (WorldService service : WorldServices.ALL) {
        WorldService.Started s = service.start(context);
        if (s != null) {
          started.add(s.stop());
          endpoints.putAll(s.endpoints());
        }
      }
      if (readyFile != null) {
        ReadyFile.write(readyFile, endpoints);
      }
    } catch (IllegalArgumentException | IllegalStateException e) {
      closeAll(started);
      throw e;
    } catch (Exception e) {
      closeAll(started);
      throw new IllegalStateException(e.getMessage(), e);
    }
    out.println("seed " + seed.value());
    endpoints.forEach((k, v) -> out.println(k + " " + v));
    out.flush();
    if (exitAfterReady) {
      closeAll(started);
      return 0;
    }
    awaitShutdown(started);
    return 0;
  }

  private static void awaitShutdown(List<AutoCloseable> started) {
    CountDownLatch stop = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  closeAll(started);
                  stop.countDown();
                },
                "world-up-shutdown"));
    try {
      stop.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      closeAll(started);
    }
  }

  /** Closes in reverse order of start; one failure does not keep the others open. */
  private static void closeAll(List<AutoCloseable> started) {
    for (int i = started.size() - 1; i >= 0; i--) {
      try {
        started.get(i).close();
      } catch (Exception ignored) {
        // best effort on shutdown: the process is ending
      }
    }
    started.clear();
  }
}
