package dev.mynalab.cli.world;

import dev.mynalab.ca.hierarchy.CaPurpose;
import dev.mynalab.ca.issuance.Holder;
import dev.mynalab.ca.profile.BasicFour;
import dev.mynalab.ca.profile.Sex;
import dev.mynalab.ca.store.CertificateRecord;
import dev.mynalab.card.journal.ApduJournal;
import dev.mynalab.card.personalisation.CardIssuer;
import dev.mynalab.card.personalisation.HolderData;
import dev.mynalab.card.personalisation.JpkiCertifier;
import dev.mynalab.card.personalisation.Pins;
import dev.mynalab.card.personalisation.TestCards;
import dev.mynalab.card.personalisation.TestHolders;
import dev.mynalab.card.sim.MynaCard;
import dev.mynalab.card.transport.InProcessTransport;
import dev.mynalab.card.vpcd.VpcdBridge;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The reference card of {@code world up}: the fixture holder {@code kokubu-taro}'s card, its keys
 * generated on the card and certified by the world's own JPKI TEST CAs — so the world's OCSP
 * responder and verifier know its certificates — served in the vpcd reader of pcscd as {@code card
 * serve} does. PINs: 1234 (利用者証明用, 券面事項入力補助, 住基), ABC123 (署名用パスワード). With {@code --vpcd auto} it
 * starts only when pcscd runs (its socket exists).
 */
final class WorldCard implements WorldService {

  static final Path PCSCD_SOCKET = Path.of("/run/pcscd/pcscd.comm");
  static final String AUTO = "auto";
  static final String DEFAULT_VPCD = "127.0.0.1:" + VpcdBridge.DEFAULT_PORT;
  static final Pins PINS = new Pins("1234", "ABC123", "1234", "1234");

  @Override
  public String name() {
    return "card";
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
    HolderData holder = TestHolders.load().get("kokubu-taro").issuedOn(c.clock().today());
    CardIssuer issuer = CardIssuer.fromSeed(c.seed());
    MynaCard card = issuer.manufacture("MYNAWORLD0000001", new ApduJournal(c.journal(), "vpcd"));
    Certifier certifier = new Certifier(c);
    TestCards.Certified certs =
        TestCards.personalise(issuer.open(new InProcessTransport(card)), holder, PINS, certifier);
    card.reset();
    VpcdBridge bridge =
        new VpcdBridge(
            card, vpcd.substring(0, colon), Integer.parseInt(vpcd.substring(colon + 1)), true);
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
      write(dir.resolve("auth.der"), certs.authentication());
      write(dir.resolve("sign.der"), certs.signing());
    }
    Map<String, String> e = new LinkedHashMap<>();
    e.put("card-reader", System.getenv().getOrDefault("VPCD_READER", "mynalab vpcd") + " 00 00");
    e.put("card-vpcd", vpcd);
    return new Started(e, bridge);
  }

  private static void write(Path file, X509Certificate cert) throws IOException {
    try {
      Files.write(file, cert.getEncoded());
    } catch (java.security.cert.CertificateEncodingException ex) {
      throw new IOException(ex);
    }
  }

  /** The world's CAs behind the card module's certifier port (as the world's 機構 does). */
  private static final class Certifier implements JpkiCertifier {
    private final WorldContext c;
    private X509Certificate authCa;
    private X509Certificate signCa;

    Certifier(WorldContext c) {
      this.c = c;
    }

    private CertificateRecord issue(CaPurpose purpose, PublicKey key, HolderData h) {
      Sex sex = h.sex() == 1 ? Sex.MALE : h.sex() == 2 ? Sex.FEMALE : Sex.UNKNOWN;
      Holder holder =
          Holder.of(
              "world-card-" + h.myNumber().substring(8),
              h.municipalityCode(),
              BasicFour.of(h.name(), sex, h.dateOfBirth(), h.address()));
      return c.ca().authority().issue(purpose, key, holder, h.cardExpiry());
    }

    @Override
    public X509Certificate certifyAuthentication(PublicKey key, HolderData holder) {
      CertificateRecord r = issue(CaPurpose.AUTHENTICATION, key, holder);
      authCa = r.issuer().certificate();
      return r.certificate();
    }

    @Override
    public X509Certificate certifySigning(PublicKey key, HolderData holder) {
      CertificateRecord r = issue(CaPurpose.SIGNATURE, key, holder);
      signCa = r.issuer().certificate();
      return r.certificate();
    }

    @Override
    public X509Certificate authenticationCa() {
      return authCa;
    }

    @Override
    public X509Certificate signingCa() {
      return signCa;
    }
  }
}
