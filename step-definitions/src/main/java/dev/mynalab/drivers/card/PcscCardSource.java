package dev.mynalab.drivers.card;

import dev.mynalab.card.client.CardClient;
import dev.mynalab.card.journal.ApduJournal;
import dev.mynalab.card.personalisation.CardIssuer;
import dev.mynalab.card.personalisation.HolderData;
import dev.mynalab.card.personalisation.IssuerSession;
import dev.mynalab.card.personalisation.Pins;
import dev.mynalab.card.transport.ApduTransport;
import dev.mynalab.drivers.World;
import dev.mynalab.drivers.sut.Capabilities;
import dev.mynalab.kit.random.WorldSeed;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.smartcardio.Card;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.ResponseAPDU;
import javax.smartcardio.TerminalFactory;

/**
 * The one card in a PC/SC reader, reached through javax.smartcardio: a vendor's card or simulator,
 * or the reference card that {@code mynalab card serve} puts on the vpcd reader. The harness did
 * not issue it, so holder data, PINs and the issued certificates are what the profile declares.
 * Without the card's issuer key it cannot undo a locked PIN, so scenarios needing {@code
 * card.issuer} are N/A; each scenario starts by checking that every PIN counter is full.
 */
public final class PcscCardSource implements CardSource, CardUnderTest {

  private final CardTerminal terminal;
  private final Pins pins;
  private final HolderData holder;
  private final X509Certificate authentication;
  private final X509Certificate signing;
  private final Optional<CardIssuer> issuer;
  private final String atr;
  private Card card;
  private volatile ApduJournal journal = ApduJournal.NONE;

  private PcscCardSource(
      CardTerminal terminal,
      Card card,
      Pins pins,
      HolderData holder,
      X509Certificate authentication,
      X509Certificate signing,
      Optional<CardIssuer> issuer) {
    this.terminal = terminal;
    this.card = card;
    this.pins = pins;
    this.holder = holder;
    this.authentication = authentication;
    this.signing = signing;
    this.issuer = issuer;
    this.atr = HexFormat.of().formatHex(card.getATR().getBytes()).toUpperCase();
  }

  /**
   * Connects to the card in {@code reader}.
   *
   * @throws IllegalArgumentException "reader: …" when PC/SC is missing, the reader is not listed or
   *     holds no card; "certificates: …" when a certificate does not parse
   */
  public static PcscCardSource open(
      String reader, Pins pins, HolderData holder, Path certificates, Optional<Long> issuerSeed) {
    X509Certificate auth = certificate(certificates.resolve("auth.der"));
    X509Certificate sign = certificate(certificates.resolve("sign.der"));
    TerminalFactory factory;
    try {
      factory = TerminalFactory.getInstance("PC/SC", null);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalArgumentException(
          "reader: PC/SC is not available here (is pcscd running?): " + e.getMessage(), e);
    }
    List<String> names;
    try {
      names = factory.terminals().list().stream().map(CardTerminal::getName).toList();
    } catch (CardException e) {
      throw new IllegalArgumentException(
          "reader: cannot list PC/SC readers (is pcscd running?): " + e.getMessage(), e);
    }
    if (!names.contains(reader)) {
      throw new IllegalArgumentException(
          "reader: no reader named '" + reader + "'; readers present: " + names);
    }
    CardTerminal terminal = factory.terminals().getTerminal(reader);
    try {
      if (!terminal.isCardPresent()) {
        throw new IllegalArgumentException("reader: no card in reader '" + reader + "'");
      }
      Card card = terminal.connect("*");
      return new PcscCardSource(
          terminal,
          card,
          pins,
          holder,
          auth,
          sign,
          issuerSeed.map(s -> CardIssuer.fromSeed(WorldSeed.of(s))));
    } catch (CardException e) {
      throw new IllegalArgumentException(
          "reader: cannot connect to the card in '" + reader + "': " + e.getMessage(), e);
    }
  }

  private static X509Certificate certificate(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(
          "certificates: no "
              + file.getFileName()
              + " in "
              + file.getParent()
              + " (the layout of card serve --export)");
    }
    try (InputStream in = Files.newInputStream(file)) {
      return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
    } catch (IOException | CertificateException e) {
      throw new IllegalArgumentException(
          "certificates: " + file + " is not a DER X.509 certificate: " + e.getMessage(), e);
    }
  }

  /** The card's ATR, upper-case hex. */
  public String atr() {
    return atr;
  }

  public String readerName() {
    return terminal.getName();
  }

  @Override
  public synchronized CardUnderTest cardFor(World world, String holderKey) {
    journal = new ApduJournal(world.journal(), "pcsc");
    journal.event("reader", "card in reader '" + terminal.getName() + "', ATR " + atr);
    powerCycle();
    issuerSession().ifPresent(s -> PinReset.restore(s, pins));
    if (!CardSecret.allCountersFull(new CardClient(channel()))) {
      throw new IllegalStateException(
          "the card in '"
              + terminal.getName()
              + "' has a PIN retry counter below its maximum; give the harness a card with full"
              + " counters (or its TEST issuer seed, card.pcsc.issuerSeed)");
    }
    powerCycle();
    return this;
  }

  @Override
  public Set<String> capabilities() {
    return issuer.isPresent() ? Set.of(Capabilities.CARD_ISSUER) : Set.of();
  }

  @Override
  public ApduTransport channel() {
    return new ApduTransport() {
      @Override
      public ResponseAPDU transmit(CommandAPDU command) throws CardException {
        return PcscCardSource.this.transmit(command);
      }

      @Override
      public String name() {
        return "pcsc";
      }
    };
  }

  private synchronized ResponseAPDU transmit(CommandAPDU command) throws CardException {
    long start = System.nanoTime();
    ResponseAPDU r = card.getBasicChannel().transmit(command);
    journal.record(command.getBytes(), r.getBytes(), System.nanoTime() - start);
    return r;
  }

  @Override
  public synchronized void powerCycle() {
    try {
      card.disconnect(true);
      card = terminal.connect("*");
      journal.event("reset", "card reset (reconnect with reset)");
    } catch (CardException e) {
      throw new IllegalStateException(
          "lost the card in '" + terminal.getName() + "': " + e.getMessage(), e);
    }
  }

  @Override
  public HolderData holder() {
    return holder;
  }

  @Override
  public Pins pins() {
    return pins;
  }

  @Override
  public X509Certificate authenticationCertificate() {
    return authentication;
  }

  @Override
  public X509Certificate signingCertificate() {
    return signing;
  }

  @Override
  public Optional<IssuerSession> issuerSession() {
    return issuer.map(i -> i.open(channel()));
  }

  @Override
  public synchronized void close() {
    try {
      card.disconnect(false);
    } catch (CardException e) {
      // the reader went away: nothing left to release
    }
  }
}
