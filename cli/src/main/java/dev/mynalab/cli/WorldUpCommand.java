package dev.mynalab.cli;

import dev.mynalab.ca.CaSettings;
import dev.mynalab.cli.world.RunningWorld;
import dev.mynalab.cli.world.WorldContext;
import dev.mynalab.cli.world.WorldServices;
import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.kit.fixtures.ReadyFile;
import dev.mynalab.kit.journal.Journal;
import dev.mynalab.kit.random.WorldSeed;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mynalab world up}: one reference world (registry, JPKI CAs and 機構 joined: a 届出 revokes
 * certificates) as servers on loopback until Ctrl-C — the CAs' OCSP and CRL endpoints (HTTPS,
 * registered verifiers only), the verifier's validation API (HTTPS, registered relying parties
 * only), the registry's clerk API, e-Tax, a プラットフォーム事業者, オンライン資格確認 and コンビニ交付, each with its own
 * admin plane, and — with pcscd — a resident's card issued by the world's 機構 in the vpcd reader.
 * One clock, one seed and one journal are shared by all of them; the parties are {@link
 * WorldServices#ALL}.
 */
@Command(
    name = "up",
    mixinStandardHelpOptions = true,
    description = {
      "Starts the simulated world on loopback until Ctrl-C (TEST ONLY).",
      "One registry, JPKI CAs (OCSP, CRL) and 機構 joined; the verifier,",
      "e-Tax, a platform operator, オンライン資格確認, コンビニ交付,",
      "情報提供ネットワーク and マイナポータル, each with an admin plane.",
      "Prints the endpoint URLs on stdout (README: \"world up\")."
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
              + " verifier, verifier-admin, registry, registry-admin, etax, platform, relyingparty-admin, medical,"
              + " medical-admin, konbini, konbini-admin, network, network-admin, portal;"
              + " card-reader, card-vpcd, card-resident with a card).")
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
        "Where the world's card goes (a registry resident's card",
        "issued by the world's 機構): a vpcd reader of pcscd.",
        "auto (default): 127.0.0.1:35963 when pcscd runs, else no card."
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
    RunningWorld world = RunningWorld.start(context, WorldServices.ALL);
    Map<String, String> endpoints = world.endpoints();
    try {
      if (readyFile != null) {
        ReadyFile.write(readyFile, endpoints);
      }
    } catch (RuntimeException e) {
      world.close();
      throw e;
    }
    out.println("seed " + seed.value());
    endpoints.forEach((k, v) -> out.println(k + " " + v));
    out.flush();
    if (exitAfterReady) {
      world.close();
      return 0;
    }
    awaitShutdown(world);
    return 0;
  }

  private static void awaitShutdown(RunningWorld world) {
    CountDownLatch stop = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  world.close();
                  stop.countDown();
                },
                "world-up-shutdown"));
    try {
      stop.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      world.close();
    }
  }
}
