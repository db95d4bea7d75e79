package dev.mynalab.card.personalisation;

import dev.mynalab.card.journal.ApduJournal;
import dev.mynalab.card.sim.MynaCard;
import dev.mynalab.card.transport.InProcessTransport;
import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.kit.random.WorldSeed;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.LocalDate;

/**
 * Issues complete TEST cards end to end with the module's own {@link TestJpkiIssuer}: manufacture,
 * generate both keys on the card, certify them, write certificates and holder data, set PINs, lock.
 * Used by {@code card serve} and by tests; the {@code world} module does the same with the CA
 * simulator instead.
 */
public final class TestCards {

  /** An issued card and what the issuer knows about it. */
  public record IssuedCard(
      MynaCard card,
      HolderData holder,
      Pins pins,
      X509Certificate authenticationCertificate,
      X509Certificate signingCertificate,
      TestJpkiIssuer jpki,
      CardIssuer issuer) {}

  private final CardIssuer issuer;
  private final TestJpkiIssuer jpki;
  private final WorldClock clock;
  private final WorldSeed seed;

  public TestCards(WorldSeed seed, WorldClock clock) {
    this.seed = seed;
    this.clock = clock;
    this.issuer = CardIssuer.fromSeed(seed);
    this.jpki = TestJpkiIssuer.create(seed, clock);
  }

  public CardIssuer issuer() {
    return issuer;
  }

  public TestJpkiIssuer jpki() {
    return jpki;
  }

  /** Issues a card for {@code holder} today (world clock) with {@code pins}. */
  public IssuedCard issue(TestHolders.Holder holder, Pins pins, ApduJournal journal) {
    LocalDate today = clock.today();
    return issue(holder.issuedOn(today), pins, journal);
  }

  public IssuedCard issue(HolderData holder, Pins pins, ApduJournal journal) {
    String serial =
        String.format(
            "MYNA%012d",
            seed.stream("card.serial." + holder.myNumber()).nextLong(1_000_000_000_000L));
    MynaCard card = issuer.manufacture(serial, journal);
    Certified c = personalise(issuer.open(new InProcessTransport(card)), holder, pins, jpki);
    card.reset();
    return new IssuedCard(card, holder, pins, c.authentication(), c.signing(), jpki, issuer);
  }

  /** The two certificates an issuance produced. */
  public record Certified(X509Certificate authentication, X509Certificate signing) {}

  /**
   * The whole personalisation of one card, with any CA behind {@code certifier}: keys generated on
   * the card, certified, certificates and holder data written, PINs set, card locked. This is the
   * join the {@code world} module makes with the CA simulator.
   */
  public static Certified personalise(
      IssuerSession s, HolderData holder, Pins pins, JpkiCertifier certifier) {
    PublicKey auth = s.generateKeyPair(KeyPurpose.AUTHENTICATION);
    PublicKey sign = s.generateKeyPair(KeyPurpose.SIGNING);
    X509Certificate authCert = certifier.certifyAuthentication(auth, holder);
    X509Certificate signCert = certifier.certifySigning(sign, holder);
    s.writeCertificate(CertificateSlot.AUTHENTICATION, authCert);
    s.writeCertificate(CertificateSlot.AUTHENTICATION_CA, certifier.authenticationCa());
    s.writeCertificate(CertificateSlot.SIGNING, signCert);
    s.writeCertificate(CertificateSlot.SIGNING_CA, certifier.signingCa());
    s.writeHolderData(holder);
    s.setPins(pins);
    s.lock();
    return new Certified(authCert, signCert);
  }
}
