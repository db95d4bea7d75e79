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
    IssuerSession s = issuer.open(new InProcessTransport(card));
    PublicKey auth = s.generateKeyPair(KeyPurpose.AUTHENTICATION);
    PublicKey sign = s.generateKeyPair(KeyPurpose.SIGNING);
    X509Certificate authCert = jpki.certifyAuthentication(auth, holder);
    X509Certificate signCert = jpki.certifySigning(sign, holder);
    s.writeCertificate(CertificateSlot.AUTHENTICATION, authCert);
    s.writeCertificate(CertificateSlot.AUTHENTICATION_CA, jpki.authenticationCa());
    s.writeCertificate(CertificateSlot.SIGNING, signCert);
    s.writeCertificate(CertificateSlot.SIGNING_CA, jpki.signingCa());
    s.writeHolderData(holder);
    s.setPins(pins);
    s.lock();
    card.reset();
    return new IssuedCard(card, holder, pins, authCert, signCert, jpki, issuer);
  }
}
