package dev.mynalab.cli.world;

import dev.mynalab.card.personalisation.Pins;
import dev.mynalab.card.vpcd.VpcdBridge;
import dev.mynalab.kit.fixtures.Fixtures;
import dev.mynalab.registry.api.Requests;
import dev.mynalab.registry.resident.Resident;
import dev.mynalab.world.ReferenceWorld;
import dev.mynalab.world.authority.IssuedCard;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The reference card of {@code world up}: a resident of the world's own registry — the 出生届 of
 * {@code fixtures/world-card-holder.yaml} (国分　太郎, 千代田区), recorded at start — whose card the world's
 * 機構 issues (keys generated on the card, certificates from the served CAs, so their OCSP URL is the
 * world's), served in the vpcd reader of pcscd as {@code card serve} does. Because the holder lives
 * in the registry, a 届出 about {@code card-resident} (転居 → EC-04) revokes the card's signing
 * certificate, and the コンビニ交付 kiosk prints this resident's facts. PINs: 1234 (利用者証明用, 券面事項入力補助,
 * 住基), ABC123 (署名用パスワード). With {@code --vpcd auto} it starts only when pcscd runs (its socket
 * exists); with a persistent registry store every start registers the holder anew (a new 住民票コード),
 * since the CAs and the 機構's ledger live only as long as the process.
 */
final class WorldCard implements WorldService {

  static final Path PCSCD_SOCKET = Path.of("/run/pcscd/pcscd.comm");
  static final String AUTO = "auto";
  static final String DEFAULT_VPCD = "127.0.0.1:" + VpcdBridge.DEFAULT_PORT;
  static final Pins PINS = new Pins("1234", "ABC123", "1234", "1234");
  static final String HOLDER_FIXTURE = "fixtures/world-card-holder.yaml";

  @Override
  public String name() {
    return "card";
  }

  /**
   * Registers the fixture holder in the world's registry and has the world's 機構 issue the card
   * (application received today). The card is in-process until someone puts it into a reader.
   */
  static IssuedCard issue(ReferenceWorld world) {
    Resident r = world.registry().birth(Fixtures.load(HOLDER_FIXTURE, Requests.Birth.class));
    return world.authority().issueCard(r.residentCode(), PINS, world.clock().today());
  }

  @Override
  public Started start(WorldContext c) throws Exception {
    String vpcd = c.vpcd();
    if (vpcd.equals("none")) {
      return null;
    }
    boolean auto = vpcd.equals(AUTO);
    if (auto) {
      if (!Files.exists(PCSCD_SOCKET)) {
        c.notices().println("world up: no pcscd (" + PCSCD_SOCKET + "): no card in a reader");
        return null;
      }
      vpcd = DEFAULT_VPCD;
    }
    int colon = vpcd.lastIndexOf(':');
    if (colon <= 0 || !vpcd.substring(colon + 1).matches("[0-9]{1,5}")) {
      throw new IllegalArgumentException(
          "--vpcd must be auto, none or HOST:PORT, got '" + vpcd + "'");
    }
    IssuedCard card = issue(c.world());
    VpcdBridge bridge =
        new VpcdBridge(
            card.card(),
            vpcd.substring(0, colon),
            Integer.parseInt(vpcd.substring(colon + 1)),
            true);
    bridge.start(Duration.ofSeconds(10));
    if (!bridge.awaitConnected(Duration.ofSeconds(10))) {
      bridge.close();
      if (auto) {
        c.notices().println("world up: vpcd at " + vpcd + " does not answer: no card in a reader");
        return null;
      }
      throw new IllegalStateException("--vpcd: vpcd at " + vpcd + " does not answer");
    }
    if (c.export().isPresent()) {
      Path dir = Files.createDirectories(c.export().get().resolve("card"));
      write(dir.resolve("auth.der"), card.authenticationCertificate());
      if (card.signingCertificate().isPresent()) {
        write(dir.resolve("sign.der"), card.signingCertificate().get());
      }
    }
    Map<String, String> e = new LinkedHashMap<>();
    e.put("card-reader", System.getenv().getOrDefault("VPCD_READER", "mynalab vpcd") + " 00 00");
    e.put("card-vpcd", vpcd);
    e.put(
        "card-resident",
        c.world()
            .registry()
            .store()
            .byPersonId(card.personId())
            .map(Resident::residentCode)
            .orElseThrow());
    return new Started(e, bridge);
  }

  private static void write(Path file, X509Certificate cert) throws IOException {
    try {
      Files.write(file, cert.getEncoded());
    } catch (CertificateEncodingException ex) {
      throw new IOException(ex);
    }
  }
}
