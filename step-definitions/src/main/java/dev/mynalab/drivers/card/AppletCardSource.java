package dev.mynalab.drivers.card;

import dev.mynalab.card.journal.ApduJournal;
import dev.mynalab.card.personalisation.CardIssuer;
import dev.mynalab.card.personalisation.HolderData;
import dev.mynalab.card.personalisation.IssuerSession;
import dev.mynalab.card.personalisation.Pins;
import dev.mynalab.card.personalisation.TestCards;
import dev.mynalab.card.personalisation.TestHolders;
import dev.mynalab.card.personalisation.TestJpkiIssuer;
import dev.mynalab.card.sim.CardApplets;
import dev.mynalab.card.sim.MynaCard;
import dev.mynalab.card.transport.ApduTransport;
import dev.mynalab.card.transport.InProcessTransport;
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
 * scenario may change on it. The same applets are what the reference world's 機構 installs in the
 * lifecycle features ({@link #worldApplets()}).
 */
public final class AppletCardSource implements CardSource {

  private final CardApplets applets;
  private final Map<String, Issued> cards = new ConcurrentHashMap<>();
  private final Map<Long, Authority> authorities = new ConcurrentHashMap<>();

  public AppletCardSource(AppletClasses classes) {
    this.applets = classes.cardApplets();
  }

  private record Authority(CardIssuer issuer, TestJpkiIssuer jpki) {}

  private Authority authority(World world) {
    return authorities.computeIfAbsent(
        world.seed().value(),
        v ->
            new Authority(
                CardIssuer.fromSeed(world.seed()).withApplets(applets),
                TestJpkiIssuer.create(world.seed(), world.clock())));
  }

  private static ApduJournal journal(World world) {
    return new ApduJournal(world.journal(), "jcardsim-vendor");
  }

  @Override
  public CardUnderTest cardFor(World world, String holderKey) {
    Issued card = cards.get(world.seed() + "/" + holderKey);
    if (card != null) {
      card.card.attachJournal(journal(world));
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
    MynaCard made = a.issuer().manufacture(serial, journal(world));
    TestCards.Certified c =
        TestCards.personalise(
            a.issuer().open(new InProcessTransport(made)), holder, CardDriver.PINS, a.jpki());
    made.reset();
    Issued issued =
        new Issued(made, a.issuer(), holder, CardDriver.PINS, c.authentication(), c.signing());
    cards.put(world.seed() + "/" + holderKey, issued);
    return issued;
  }

  @Override
  public Optional<ApduTransport> blankCard(World world) {
    return Optional.of(
        new InProcessTransport(
            authority(world).issuer().manufacture("MYNV000000009999", journal(world))));
  }

  @Override
  public Optional<CardApplets> worldApplets() {
    return Optional.of(applets);
  }

  @Override
  public Set<String> capabilities() {
    return Capabilities.CARD_ALL;
  }

  private record Issued(
      MynaCard card,
      CardIssuer issuer,
      HolderData holder,
      Pins pins,
      X509Certificate authenticationCertificate,
      X509Certificate signingCertificate)
      implements CardUnderTest {

    @Override
    public ApduTransport channel() {
      return new InProcessTransport(card);
    }

    @Override
    public void powerCycle() {
      card.reset();
    }

    @Override
    public Optional<IssuerSession> issuerSession() {
      return Optional.of(issuer.open(new InProcessTransport(card)));
    }
  }
}
