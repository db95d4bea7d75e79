package dev.mynalab.drivers.card;

import dev.mynalab.card.journal.ApduJournal;
import dev.mynalab.card.personalisation.CardIssuer;
import dev.mynalab.card.personalisation.HolderData;
import dev.mynalab.card.personalisation.IssuerKeys;
import dev.mynalab.card.personalisation.IssuerSession;
import dev.mynalab.card.personalisation.Pins;
import dev.mynalab.card.personalisation.TestCards;
import dev.mynalab.card.personalisation.TestHolders;
import dev.mynalab.card.personalisation.TestJpkiIssuer;
import dev.mynalab.card.transport.ApduTransport;
import dev.mynalab.drivers.World;
import dev.mynalab.drivers.sut.Capabilities;
import java.security.cert.X509Certificate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Vendor applets on jcardsim, issued by the harness exactly as the reference card is — keys
 * generated on the card, TEST certificates written back, holder data and PINs set, card locked —
 * but only through APDUs of the issuer interface. A card is issued once per holder and run; before
 * each later scenario its four PINs are reset through the issuer channel (PN-02), which is all a
 * scenario may change on it.
 */
public final class AppletCardSource implements CardSource {

  private final AppletClasses classes;
  private final Map<String, Issued> cards = new ConcurrentHashMap<>();
  private final Map<Long, Authority> authorities = new ConcurrentHashMap<>();

  public AppletCardSource(AppletClasses classes) {
    this.classes = classes;
  }

  private record Authority(CardIssuer issuer, IssuerKeys keys, TestJpkiIssuer jpki) {}

  private Authority authority(World world) {
    return authorities.computeIfAbsent(
        world.seed().value(),
        v ->
            new Authority(
                CardIssuer.fromSeed(world.seed()),
                IssuerKeys.fromSeed(world.seed()),
                TestJpkiIssuer.create(world.seed(), world.clock())));
  }

  @Override
  public CardUnderTest cardFor(World world, String holderKey) {
    ApduJournal journal = new ApduJournal(world.journal(), "jcardsim-vendor");
    Issued card = cards.get(world.seed() + "/" + holderKey);
    if (card != null) {
      card.applets.attachJournal(journal);
      PinReset.restore(card.issuerSession().orElseThrow(), card.pins());
      card.powerCycle();
      return card;
    }
    Authority a = authority(world);
    HolderData holder = TestHolders.load().get(holderKey).issuedOn(world.clock().today());
    String serial =
        String.format(
            "MYNV%012d",
            world.seed().stream("card.serial." + holder.myNumber()).nextLong(1_000_000_000_000L));
    AppletCard applets = new AppletCard(classes, serial, a.keys().cardKey(serial), journal);
    TestCards.Certified c =
        TestCards.personalise(a.issuer().open(applets), holder, CardDriver.PINS, a.jpki());
    applets.reset();
    Issued issued =
        new Issued(applets, a.issuer(), holder, CardDriver.PINS, c.authentication(), c.signing());
    cards.put(world.seed() + "/" + holderKey, issued);
    return issued;
  }

  @Override
  public Optional<ApduTransport> blankCard(World world) {
    Authority a = authority(world);
    String serial = "MYNV000000009999";
    return Optional.of(
        new AppletCard(
            classes,
            serial,
            a.keys().cardKey(serial),
            new ApduJournal(world.journal(), "jcardsim-vendor")));
  }

  @Override
  public Set<String> capabilities() {
    return Set.of(Capabilities.CARD_ISSUER, Capabilities.CARD_BLANK);
  }

  private record Issued(
      AppletCard applets,
      CardIssuer issuer,
      HolderData holder,
      Pins pins,
      X509Certificate authenticationCertificate,
      X509Certificate signingCertificate)
      implements CardUnderTest {

    @Override
    public ApduTransport channel() {
      return applets;
    }

    @Override
    public void powerCycle() {
      applets.reset();
    }

    @Override
    public Optional<IssuerSession> issuerSession() {
      return Optional.of(issuer.open(applets));
    }
  }
}
