package dev.mynalab.card.cli;

import dev.mynalab.card.journal.ApduJournal;
import dev.mynalab.card.personalisation.Pins;
import dev.mynalab.card.personalisation.TestCards;
import dev.mynalab.card.personalisation.TestHolders;
import dev.mynalab.card.vpcd.VpcdBridge;
import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.kit.fixtures.Json;
import dev.mynalab.kit.journal.Journal;
import dev.mynalab.kit.random.WorldSeed;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code card serve --vpcd HOST:PORT}: issues a TEST card for a fixture holder and puts it into the
 * vsmartcard-vpcd reader of a running pcscd until stopped (Ctrl-C / SIGTERM), or until pcscd goes
 * away. Any PC/SC client (OpenSC, {@code myna}, a vendor's software) then sees a My Number Card in
 * the reader.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Issue a TEST My Number Card for a fixture holder and serve it in the vpcd reader of pcscd.",
      "Start pcscd first (.ci/pcscd-vpcd.sh start); stop this command before pcscd."
    })
public final class CardServeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--vpcd",
      required = true,
      paramLabel = "HOST:PORT",
      description = "vpcd's TCP endpoint (Debian default 127.0.0.1:35963)")
  String vpcd;

  @Option(
      names = "--holder",
      paramLabel = "NAME",
      description = "fixture holder (default: the fixture's default)")
  String holder;

  @Option(
      names = "--auth-pin",
      defaultValue = "1234",
      description = "利用者証明用暗証番号, 4 digits (default ${DEFAULT-VALUE})")
  String authPin;

  @Option(
      names = "--sign-password",
      defaultValue = "ABC123",
      description = "署名用パスワード, 6–16 A–Z0–9 (default ${DEFAULT-VALUE})")
  String signPassword;

  @Option(names = "--text-pin", description = "券面事項入力補助用暗証番号 (default: the auth PIN)")
  String textPin;

  @Option(names = "--juki-pin", description = "住民基本台帳用暗証番号 (default: the auth PIN)")
  String jukiPin;

  @Option(names = "--seed", description = "world seed (default: -Dmynalab.seed or fresh)")
  Long seed;

  @Option(
      names = "--export",
      paramLabel = "DIR",
      description = "write the issued certificates (DER) into DIR")
  Path export;

  @Option(
      names = "--journal",
      paramLabel = "FILE",
      description = "append every APDU as a JSON line to FILE")
  Path journalFile;

  @Option(
      names = "--connect-timeout",
      defaultValue = "30",
      description = "seconds to wait for vpcd (default ${DEFAULT-VALUE})")
  int connectTimeout;

  @Option(
      names = "--reconnect",
      description =
          "when pcscd goes away, wait (up to --connect-timeout) for it to come back instead of exiting")
  boolean reconnect;

  @Override
  public Integer call() {
    try {
      return serve();
    } catch (ParameterException e) {
      throw e;
    } catch (Exception e) {
      spec.commandLine().getErr().println("card serve: " + e.getMessage());
      return 1;
    }
  }

  private int serve() throws Exception {
    String[] hp = parseEndpoint();
    Pins pins = pins();
    TestHolders holders = TestHolders.load();
    String key = holder != null ? holder : holders.defaultKey();
    TestHolders.Holder h;
    try {
      h = holders.get(key);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--holder: " + e.getMessage());
    }
    WorldSeed worldSeed = seed != null ? WorldSeed.of(seed) : WorldSeed.fromSystemProperty();
    WorldClock clock = WorldClock.running();
    Journal journal = new Journal(clock);
    PrintWriter journalOut = openJournal(journal);
    TestCards.IssuedCard issued =
        new TestCards(worldSeed, clock).issue(h, pins, new ApduJournal(journal, "vpcd"));
    if (export != null) {
      exportCertificates(issued);
    }
    VpcdBridge bridge = new VpcdBridge(issued.card(), hp[0], Integer.parseInt(hp[1]), reconnect);
    Thread hook = new Thread(bridge::close, "card-serve-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        "serving card %s of %s (%s) on vpcd %s:%s%n",
        issued.card().serial(), key, h.name(), hp[0], hp[1]);
    out.flush();
    spec.commandLine()
        .getErr()
        .printf(
            "card serve: seed %s (replay with --seed %s); Ctrl-C to stop%n", worldSeed, worldSeed);
    spec.commandLine().getErr().flush();
    try {
      bridge.serve(Duration.ofSeconds(connectTimeout));
    } catch (java.net.ConnectException e) {
      spec.commandLine().getErr().println("card serve: " + e.getMessage());
      return 1;
    } finally {
      if (journalOut != null) {
        journalOut.flush();
      }
    }
    out.printf("stopped after %d APDUs%n", bridge.apduCount());
    out.flush();
    return 0;
  }

  private String[] parseEndpoint() {
    int colon = vpcd.lastIndexOf(':');
    if (colon <= 0 || colon == vpcd.length() - 1) {
      throw new ParameterException(
          spec.commandLine(), "--vpcd must be HOST:PORT, got '" + vpcd + "'");
    }
    String port = vpcd.substring(colon + 1);
    if (!port.matches("[0-9]{1,5}")
        || Integer.parseInt(port) < 1
        || Integer.parseInt(port) > 65535) {
      throw new ParameterException(
          spec.commandLine(), "--vpcd port must be 1–65535, got '" + port + "'");
    }
    return new String[] {vpcd.substring(0, colon), port};
  }

  private Pins pins() {
    try {
      return new Pins(
          authPin,
          signPassword,
          textPin != null ? textPin : authPin,
          jukiPin != null ? jukiPin : authPin);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private PrintWriter openJournal(Journal journal) throws IOException {
    if (journalFile == null) {
      return null;
    }
    PrintWriter w =
        new PrintWriter(
            Files.newBufferedWriter(
                journalFile,
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND),
            true);
    journal.subscribe(
        e -> {
          try {
            w.println(Json.mapper().writeValueAsString(e));
          } catch (IOException ex) {
            // the journal file is a convenience; the in-memory journal stays complete
          }
        });
    return w;
  }

  private void exportCertificates(TestCards.IssuedCard issued) throws Exception {
    Files.createDirectories(export);
    Files.write(export.resolve("auth.der"), issued.authenticationCertificate().getEncoded());
    Files.write(export.resolve("sign.der"), issued.signingCertificate().getEncoded());
    Files.write(export.resolve("auth-ca.der"), issued.jpki().authenticationCa().getEncoded());
    Files.write(export.resolve("sign-ca.der"), issued.jpki().signingCa().getEncoded());
  }
}
