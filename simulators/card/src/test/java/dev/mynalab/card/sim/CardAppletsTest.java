package dev.mynalab.card.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mynalab.card.applet.Aids;
import dev.mynalab.card.applet.jpki.JpkiApplet;
import dev.mynalab.card.applet.kenmen.KenmenApplet;
import dev.mynalab.card.applet.nyuryoku.NyuryokuHojoApplet;
import dev.mynalab.card.journal.ApduJournal;
import dev.mynalab.card.personalisation.CardIssuer;
import dev.mynalab.card.personalisation.IssuerSession;
import dev.mynalab.card.personalisation.KeyPurpose;
import dev.mynalab.card.transport.InProcessTransport;
import dev.mynalab.kit.random.WorldSeed;
import java.security.PublicKey;
import javacard.framework.APDU;
import javacard.framework.Applet;
import javax.smartcardio.CommandAPDU;
import org.junit.jupiter.api.Test;

/**
 * A card made with a vendor's applets: they sit at the My Number Card AIDs, get the same
 * key-generation entropy as the reference ones, and the card boundary shows their faults as they
 * are (6F00) instead of mapping them as it does for the reference applets.
 */
class CardAppletsTest {

  /** A vendor 住基AP with a bug: every command after SELECT throws. */
  public static final class FaultyApplet extends Applet {
    public static void install(byte[] b, short off, byte len) {
      new FaultyApplet().register();
    }

    @Override
    public void process(APDU apdu) {
      if (!selectingApplet()) {
        throw new IllegalStateException("vendor bug");
      }
    }
  }

  private static final CardApplets VENDOR =
      new CardApplets(
          JpkiApplet.class, NyuryokuHojoApplet.class, KenmenApplet.class, FaultyApplet.class);

  private final CardIssuer issuer = CardIssuer.fromSeed(WorldSeed.of(7));

  private static int sw(MynaCard card, CommandAPDU command) {
    return card.transmit(command).getSW();
  }

  private static CommandAPDU select(byte[] aid) {
    return new CommandAPDU(0x00, 0xA4, 0x04, 0x0C, aid);
  }

  @Test
  void theIssuerMakesCardsWithTheGivenApplets() {
    assertThat(CardApplets.REFERENCE.isReference()).isTrue();
    assertThat(VENDOR.isReference()).isFalse();
    CardIssuer vendor = issuer.withApplets(VENDOR);
    assertThat(vendor.applets()).isEqualTo(VENDOR);
    assertThat(issuer.applets()).isEqualTo(CardApplets.REFERENCE);
    assertThat(vendor.manufacture("MYNV000000000001", ApduJournal.NONE).applets())
        .isEqualTo(VENDOR);
  }

  @Test
  void aVendorAppletsFaultIsShownAsTheCardWouldShowIt() {
    MynaCard vendor = issuer.withApplets(VENDOR).manufacture("MYNV000000000001", ApduJournal.NONE);
    assertThat(sw(vendor, select(Aids.JUKI))).isEqualTo(0x9000);
    assertThat(sw(vendor, new CommandAPDU(0x00, 0xB0, 0x00, 0x00, 16))).isEqualTo(0x6F00);
    assertThat(vendor.faults()).isPositive();
    // a malformed APDU reaches the vendor's card as it is (the reference boundary answers 6700)
    MynaCard reference = issuer.manufacture("MYNA000000000001", ApduJournal.NONE);
    assertThat(reference.transmit(new byte[] {0x00})).containsExactly(0x67, 0x00);
    assertThat(vendor.transmit(new byte[] {0x00})).isNotEqualTo(new byte[] {0x67, 0x00});
  }

  @Test
  void vendorAppletsGetTheirOwnKeysPerCard() {
    CardIssuer vendor = issuer.withApplets(VENDOR);
    PublicKey first = keyOf(vendor, "MYNV000000000001");
    PublicKey second = keyOf(vendor, "MYNV000000000002");
    assertThat(first).isNotEqualTo(second);
  }

  private static PublicKey keyOf(CardIssuer issuer, String serial) {
    MynaCard card = issuer.manufacture(serial, ApduJournal.NONE);
    IssuerSession session = issuer.open(new InProcessTransport(card));
    return session.generateKeyPair(KeyPurpose.AUTHENTICATION);
  }
}
