package dev.mynalab.cli;

import dev.mynalab.ca.CaSettings;
import dev.mynalab.ca.server.CaWorld;
import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.kit.fixtures.ReadyFile;
import dev.mynalab.kit.journal.Journal;
import dev.mynalab.kit.random.WorldSeed;
import dev.mynalab.registry.http.RegistryServer;
import dev.mynalab.verifier.server.VerifierWorld;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mynalab world up}: the simulated world as servers on loopback until Ctrl-C — the JPKI CAs'
 * OCSP and CRL endpoints (HTTPS, registered verifiers only), the verifier's validation API (HTTPS,
 * registered relying parties only) and the resident registry's clerk API, each with its own admin
 * plane. One clock, one seed and one journal are shared by all of them.
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
              + " verifier, registry, registry-admin).")
  Path readyFile;

  @Option(
      names = "-D",
      paramLabel = "KEY=VALUE",
      description =
          "A CA setting, e.g. -Dca.ocsp.nonce=sign-on-demand (see simulators/ca/README.md).")
  Map<String, String> caSettings = new LinkedHashMap<>();

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
    List<AutoCloseable> started = new ArrayList<>();
    Map<String, String> endpoints = new LinkedHashMap<>();
    try {
      CaWorld ca =
          CaWorld.start(new CaWorld.Options(seed, clock, journal, settings, "127.0.0.1", 0, 0));
      started.add(ca);
      endpoints.putAll(ca.endpoints());
      VerifierWorld verifier =
          VerifierWorld.start(VerifierWorld.Options.defaults(ca, seed, clock, journal));
      started.add(verifier);
      endpoints.putAll(verifier.endpoints());
      RegistryServer registry = RegistryServer.fromSystemProperties(clock, journal);
      started.add(registry);
      endpoints.put("registry", registry.uri().toString());
      endpoints.put("registry-admin", registry.adminUri().toString());
      if (export != null) {
        ca.export(export);
        verifier.export(export);
      }
      if (readyFile != null) {
        ReadyFile.write(readyFile, endpoints);
      }
    } catch (RuntimeException e) {
      closeAll(started);
      throw e;
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
