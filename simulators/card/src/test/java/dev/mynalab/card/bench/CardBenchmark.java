package dev.mynalab.card.bench;

import com.licel.jcardsim.smartcardio.CardSimulator;
import com.licel.jcardsim.utils.AIDUtil;
import dev.mynalab.card.CardFixtures;
import dev.mynalab.card.applet.Aids;
import dev.mynalab.card.client.CardClient;
import dev.mynalab.card.journal.ApduJournal;
import dev.mynalab.card.personalisation.IssuerSession;
import dev.mynalab.card.personalisation.KeyPurpose;
import dev.mynalab.card.personalisation.TestCards.IssuedCard;
import dev.mynalab.card.personalisation.TestHolders;
import dev.mynalab.card.sim.MynaCard;
import dev.mynalab.card.transport.InProcessTransport;
import dev.mynalab.card.transport.SmartcardioTransport;
import dev.mynalab.card.vpcd.VpcdBridge;
import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.kit.fixtures.Json;
import dev.mynalab.kit.journal.Journal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.smartcardio.Card;
import javax.smartcardio.CardChannel;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.TerminalFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Benchmarks, not tests (DESIGN.md principle 13): each figure is printed with its baseline from the
 * same run and written to {@code reports/benchmarks/card.json}. Excluded from the default build;
 * run with
 *
 * <pre>
 * .ci/pcscd-vpcd.sh start      # optional: without pcscd the vpcd part is recorded as skipped
 * ./mvnw -q -B -pl simulators/card -am test -Dgroups=benchmark -Dcard.excludedGroups=none \
 *     -Dtest=CardBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
@Tag("benchmark")
class CardBenchmark {

  private final Map<String, Object> results = new LinkedHashMap<>();

  @Test
  void run() throws Exception {
    results.put(
        "machine",
        Map.of(
            "cores",
            Runtime.getRuntime().availableProcessors(),
            "java",
            System.getProperty("java.version")));
    IssuedCard issued =
        CardFixtures.cards()
            .issue(TestHolders.load().get("kokubu-taro"), CardFixtures.pins(), ApduJournal.NONE);
    inProcess(issued);
    rsa(issued);
    vpcd(issued);
    Path out = reportsDir().resolve("card.json");
    Files.createDirectories(out.getParent());
    results.put("recordedAt", WorldClock.running().instant().toString());
    Files.writeString(
        out, Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(results));
    System.out.println("card benchmark → " + out);
  }

  /** MynaCard boundary (with and without journal) vs bare jcardsim CardSimulator, same applet. */
  private void inProcess(IssuedCard issued) {
    byte[] select = new CommandAPDU(0x00, 0xA4, 0x02, 0x0C, new byte[] {0x00, 0x0A}).getBytes();
    byte[] read = new CommandAPDU(0x00, 0xB0, 0x00, 0x00, 256).getBytes();
    MynaCard card = issued.card();
    card.transmit(new CommandAPDU(0x00, 0xA4, 0x04, 0x0C, Aids.JPKI).getBytes());
    double ours = perApdu(20_000, i -> card.transmit(i % 2 == 0 ? select : read));

    MynaCard journalled =
        CardFixtures.cards()
            .issuer()
            .manufacture(
                "MYNA000000000777",
                new ApduJournal(new Journal(CardFixtures.CLOCK, 1_000), "bench"));
    journalled.transmit(new CommandAPDU(0x00, 0xA4, 0x04, 0x0C, Aids.JPKI).getBytes());
    double withJournal = perApdu(20_000, i -> journalled.transmit(i % 2 == 0 ? select : read));

    CardSimulator bare = new CardSimulator();
    bare.installApplet(AIDUtil.create(new byte[] {(byte) 0xF0, 1, 2, 3, 4, 5}), EchoApplet.class);
    bare.selectApplet(AIDUtil.create(new byte[] {(byte) 0xF0, 1, 2, 3, 4, 5}));
    byte[] echo = new CommandAPDU(0x00, 0x01, 0x00, 0x00, new byte[16], 256).getBytes();
    double baseline = perApdu(20_000, i -> bare.transmitCommand(echo));
    print("in-process APDU (µs)", ours, "bare jcardsim echo applet", baseline);
    results.put(
        "inProcessApduMicros",
        Map.of(
            "mynaCard",
            ours,
            "mynaCardJournalled",
            withJournal,
            "baselineBareJcardsimEcho",
            baseline,
            "ratio",
            ours / baseline,
            "n",
            20_000));
  }

  /** On-card RSA-2048 key generation and signing vs the host JDK doing the same. */
  private void rsa(IssuedCard issued) throws Exception {
    MynaCard blank =
        CardFixtures.cards().issuer().manufacture("MYNA000000000778", ApduJournal.NONE);
    IssuerSession s = CardFixtures.cards().issuer().open(new InProcessTransport(blank));
    s.generateKeyPair(KeyPurpose.AUTHENTICATION); // warm-up
    int nGen = 5;
    long t = System.nanoTime();
    for (int i = 0; i < nGen; i++) {
      s.generateKeyPair(KeyPurpose.AUTHENTICATION);
    }
    double cardGen = (System.nanoTime() - t) / 1e6 / nGen;
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(2048);
    t = System.nanoTime();
    KeyPair host = null;
    for (int i = 0; i < nGen; i++) {
      host = g.generateKeyPair();
    }
    double hostGen = (System.nanoTime() - t) / 1e6 / nGen;
    print("RSA-2048 key generation (ms)", cardGen, "host JDK", hostGen);

    CardClient c = new CardClient(new InProcessTransport(issued.card()));
    c.selectJpki();
    c.verify(0x0018, CardFixtures.AUTH_PIN);
    c.selectEf(0x0017);
    byte[] di = CardClient.sha256DigestInfo(new byte[32]);
    CommandAPDU sign = new CommandAPDU(0x80, 0x2A, 0x00, 0x80, di, 256);
    double cardSign = perApdu(200, i -> c.send(sign)) / 1000;
    Signature hs = Signature.getInstance("SHA256withRSA");
    hs.initSign(host.getPrivate());
    final Signature fhs = hs;
    double hostSign =
        perApdu(
                200,
                i -> {
                  try {
                    fhs.update(di);
                    fhs.sign();
                  } catch (Exception e) {
                    throw new IllegalStateException(e);
                  }
                })
            / 1000;
    print("RSA-2048 sign (ms per APDU)", cardSign, "host JDK SHA256withRSA", hostSign);
    results.put(
        "rsa2048",
        Map.of(
            "cardKeyGenMs",
            cardGen,
            "hostKeyGenMs",
            hostGen,
            "nKeyGen",
            nGen,
            "cardSignMs",
            cardSign,
            "hostSignMs",
            hostSign,
            "nSign",
            200));
  }

  /** Through pcscd: our bridge with TCP_QUICKACK vs the same bridge without (stock-equivalent). */
  private void vpcd(IssuedCard issued) throws Exception {
    String reader = System.getenv().getOrDefault("VPCD_READER", "mynalab vpcd") + " 00 00";
    int port = Integer.parseInt(System.getenv().getOrDefault("VPCD_PORT", "35963"));
    boolean pcscd = Files.exists(Path.of("/run/pcscd/pcscd.comm"));
    if (!pcscd) {
      results.put("vpcd", Map.of("skipped", "pcscd not running (.ci/pcscd-vpcd.sh start)"));
      System.out.println("vpcd: skipped, pcscd not running");
      return;
    }
    double fast = throughPcsc(issued.card(), reader, port, false, 2_000);
    double stock = throughPcsc(issued.card(), reader, port, true, 40);
    print(
        "vpcd APDU round trip (ms)",
        fast,
        "same bridge without TCP_QUICKACK (stock VSmartCard)",
        stock);
    results.put(
        "vpcdApduMillis",
        Map.of(
            "bridge",
            fast,
            "nBridge",
            2_000,
            "baselineWithoutQuickAck",
            stock,
            "nBaseline",
            40,
            "speedup",
            stock / fast));
  }

  private double throughPcsc(MynaCard card, String reader, int port, boolean stock, int n)
      throws Exception {
    VpcdBridge bridge = new VpcdBridge(card, "127.0.0.1", port, false);
    if (stock) {
      bridge.withoutQuickAck();
    }
    bridge.start(Duration.ofSeconds(10));
    bridge.awaitConnected(Duration.ofSeconds(10));
    try {
      var terminal = TerminalFactory.getInstance("PC/SC", null).terminals().getTerminal(reader);
      long deadline = System.nanoTime() + 10_000_000_000L;
      while (!terminal.isCardPresent() && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      Card pc = terminal.connect("*");
      CardChannel ch = pc.getBasicChannel();
      CardClient c = new CardClient(new SmartcardioTransport(ch, "pcsc"));
      c.selectJpki();
      CommandAPDU sel = new CommandAPDU(0x00, 0xA4, 0x02, 0x0C, new byte[] {0x00, 0x0A});
      perApdu(Math.min(n, 100), i -> c.send(sel));
      double us = perApdu(n, i -> c.send(sel));
      pc.disconnect(false);
      return us / 1000;
    } finally {
      bridge.close();
      Thread.sleep(600); // pcscd notices the removal before the next bridge connects
    }
  }

  private static double perApdu(int n, java.util.function.IntConsumer op) {
    for (int i = 0; i < Math.min(n, 2_000); i++) {
      op.accept(i);
    }
    long t = System.nanoTime();
    for (int i = 0; i < n; i++) {
      op.accept(i);
    }
    return (System.nanoTime() - t) / 1e3 / n;
  }

  private static void print(String what, double value, String baselineName, double baseline) {
    System.out.printf(
        "%-32s %10.3f   baseline (%s) %10.3f   ratio %.2f%n",
        what, value, baselineName, baseline, value / baseline);
  }

  private static Path reportsDir() {
    Path p = Path.of("").toAbsolutePath();
    while (p != null && !Files.exists(p.resolve("mvnw"))) {
      p = p.getParent();
    }
    return (p == null ? Path.of("") : p).resolve("reports").resolve("benchmarks");
  }
}
