package dev.mynalab.drivers.card;

import dev.mynalab.card.applet.Aids;
import dev.mynalab.card.client.CardClient;
import dev.mynalab.card.personalisation.CardIssuer;
import dev.mynalab.card.personalisation.HolderData;
import dev.mynalab.card.personalisation.IssuerException;
import dev.mynalab.card.personalisation.IssuerSession;
import dev.mynalab.card.personalisation.Pins;
import dev.mynalab.card.personalisation.TestHolders;
import dev.mynalab.card.transport.ApduTransport;
import dev.mynalab.drivers.World;
import dev.mynalab.drivers.sut.SystemsUnderTest;
import dev.mynalab.kit.random.WorldSeed;
import java.security.MessageDigest;
import java.security.Signature;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.ResponseAPDU;

/**
 * The holder's My Number Card as the 住民, the 機構 and a stranger holding it see it: issue a card,
 * enter (or mistype) PINs, read the 個人番号 and the certificates, sign, and try what must fail. Speaks
 * the domain; the APDUs stay inside (through {@link CardClient}), and every exchange lands in the
 * world's journal (channel {@code card}). Knows nothing of Cucumber.
 */
public final class CardDriver {

  /** The PINs every scenario's holder chose (PN-01 formats). */
  public static final Pins PINS = new Pins("1234", "ABC123", "5678", "2468");

  /** How the holder opens the 券面事項入力補助AP (card-interface.md §2.2). */
  public enum Credential {
    TEXT_PIN,
    VERIFICATION_NUMBER_A,
    VERIFICATION_NUMBER_B,
    NONE
  }

  private final World world;
  private final CardSource source;
  private CardUnderTest issued;
  private CardClient client;

  public CardDriver(World world) {
    this.world = world;
    this.source = SystemsUnderTest.current().card();
  }

  /**
   * The 機構 issues a card for the fixture holder {@code holderKey} with {@link #PINS} — or, for a
   * card the harness cannot issue (a PC/SC reader's), the card in the reader with every PIN counter
   * full. How a source makes or reuses cards: {@link CardSource#cardFor}.
   */
  public void issueCardFor(String holderKey) {
    issued = source.cardFor(world, holderKey);
    client = new CardClient(issued.channel());
  }

  /** From now on this scenario's card may differ from a freshly issued one: never reuse it. */
  private void changed() {
    source.changed(card());
  }

  public HolderData holder() {
    return card().holder();
  }

  /** The holder enters {@code secret} wrongly {@code times} times in a row. */
  public void mistype(CardSecret secret, int times) {
    changed();
    select(secret);
    for (int i = 0; i < times; i++) {
      client.verify(secret.fid(), wrongValue(secret, i));
    }
  }

  /** The holder enters {@code secret} correctly; the card's status word. */
  public int enterCorrectly(CardSecret secret) {
    select(secret);
    return client.verify(secret.fid(), correctValue(secret));
  }

  /** What the card reports as tries left for {@code secret} (0 = locked). */
  public int triesLeft(CardSecret secret) {
    select(secret);
    return client.triesLeft(secret.fid());
  }

  /** After a power cycle, as a new reader session. */
  public void reinsert() {
    card().powerCycle();
  }

  /** Reads the 個人番号 from the 入力補助AP after presenting {@code credential}; empty if refused. */
  public Optional<String> readMyNumber(Credential credential) {
    reinsert();
    client.selectAp(Aids.NYURYOKU_HOJO);
    HolderData h = holder();
    switch (credential) {
      case TEXT_PIN -> client.verify(0x0011, card().pins().textPin());
      case VERIFICATION_NUMBER_A -> client.verify(0x0014, h.verificationNumberA());
      case VERIFICATION_NUMBER_B -> client.verify(0x0015, h.verificationNumberB());
      case NONE -> {}
    }
    CardClient.Read r = client.readAll(0x0001);
    return r.ok() ? Optional.of(CardClient.myNumberOf(r.data())) : Optional.empty();
  }

  /** Reads the 基本4情報 record after presenting {@code credential}; empty if refused. */
  public Optional<byte[]> readBasicFour(Credential credential) {
    reinsert();
    client.selectAp(Aids.NYURYOKU_HOJO);
    switch (credential) {
      case TEXT_PIN -> client.verify(0x0011, card().pins().textPin());
      case VERIFICATION_NUMBER_A -> client.verify(0x0014, holder().verificationNumberA());
      case VERIFICATION_NUMBER_B -> client.verify(0x0015, holder().verificationNumberB());
      case NONE -> {}
    }
    CardClient.Read r = client.readAll(0x0002);
    return r.ok() ? Optional.of(r.data()) : Optional.empty();
  }

  /** Reads the 署名用電子証明書, with or without the 署名用パスワード; empty if refused. */
  public Optional<byte[]> readSigningCertificate(boolean withPassword) {
    reinsert();
    client.selectJpki();
    if (withPassword) {
      client.verify(0x001B, card().pins().signPassword());
    }
    CardClient.Read r = client.readAll(0x0001);
    return r.ok() ? Optional.of(r.data()) : Optional.empty();
  }

  /** Reads the 利用者証明用電子証明書 without any PIN; empty if refused. */
  public Optional<byte[]> readAuthenticationCertificate() {
    reinsert();
    client.selectJpki();
    CardClient.Read r = client.readAll(0x000A);
    return r.ok() ? Optional.of(r.data()) : Optional.empty();
  }

  public byte[] issuedSigningCertificate() throws Exception {
    return card().signingCertificate().getEncoded();
  }

  public byte[] issuedAuthenticationCertificate() throws Exception {
    return card().authenticationCertificate().getEncoded();
  }

  /**
   * The holder signs {@code data} with the 利用者証明用 key after the PIN; whether the signature verifies
   * with the issued certificate's public key.
   */
  public boolean signAndVerifyWithAuthenticationKey(byte[] data) throws Exception {
    reinsert();
    client.selectJpki();
    client.verify(0x0018, card().pins().authPin());
    byte[] hash = MessageDigest.getInstance("SHA-256").digest(data);
    ResponseAPDU r = client.sign(0x0017, CardClient.sha256DigestInfo(hash));
    if (r.getSW() != 0x9000) {
      return false;
    }
    Signature v = Signature.getInstance("SHA256withRSA");
    v.initVerify(card().authenticationCertificate().getPublicKey());
    v.update(data);
    return v.verify(r.getData());
  }

  /**
   * Someone holding the card (with the holder's PINs, even) tries every way to get a private key
   * out: READ BINARY of the key EFs by FID and by SFI, GET RESPONSE, GET DATA, key generation
   * without the issuer key. Returns every response.
   */
  public List<ResponseAPDU> tryToExtractPrivateKeys() {
    List<ResponseAPDU> out = new ArrayList<>();
    reinsert();
    client.selectJpki();
    client.verify(0x0018, card().pins().authPin());
    client.verify(0x001B, card().pins().signPassword());
    for (int key : new int[] {0x17, 0x1A}) {
      client.selectEf(key);
      for (int off : new int[] {0, 0x100, 0x200}) {
        out.add(client.send(new CommandAPDU(0x00, 0xB0, off >> 8, off & 0xFF, 256)));
      }
      out.add(client.send(new CommandAPDU(0x00, 0xB0, 0x80 | key, 0x00, 256)));
      out.add(client.send(new CommandAPDU(0x00, 0xC0, 0x00, 0x00, 256)));
      out.add(client.send(new CommandAPDU(0x00, 0xCA, 0x00, key, 256)));
      out.add(client.send(new CommandAPDU(0x00, 0x46, 0x00, key, 256)));
      out.add(client.send(new CommandAPDU(0x84, 0x46, 0x00, key, new byte[8], 256)));
    }
    return out;
  }

  /**
   * Whether any response contains part of either private key: 16 consecutive bytes of p, q, dp, dq
   * or qinv when the harness can see inside the card, else (a black box) any 128-byte window that
   * is a prime factor of a certified modulus.
   */
  public boolean anyContainsPrivateKeyMaterial(List<ResponseAPDU> responses) {
    return PrivateKeyLeaks.anyLeak(card(), responses);
  }

  /**
   * The 機構 (with its own issuer key) tries to personalise the issued card again: new 個人番号 record
   * and card face. Returns the status word the card refused with, or 0x9000 if accepted.
   */
  public int personaliseAgain() {
    changed();
    IssuerSession s =
        card()
            .issuerSession()
            .orElseThrow(() -> new IllegalStateException("the harness has no issuer key"));
    HolderData other = TestHolders.load().get("minami-hanako").issuedOn(world.clock().today());
    try {
      s.writeHolderData(other);
      return 0x9000;
    } catch (IssuerException e) {
      return e.sw();
    }
  }

  /**
   * Someone without the issuer key holds a blank card and tries to write the 個人番号 into it: with a
   * guessed EXTERNAL AUTHENTICATE, then a secured UPDATE BINARY anyway, then as a whole issuer
   * session keyed by another authority. Returns the card's status words, in order.
   */
  public List<Integer> writeBlankCardWithoutTheIssuerKey() {
    ApduTransport blank =
        source
            .blankCard(world)
            .orElseThrow(() -> new IllegalStateException("no blank card of this implementation"));
    CardClient c = new CardClient(blank);
    List<Integer> sws = new ArrayList<>();
    c.selectAp(Aids.NYURYOKU_HOJO);
    c.send(new CommandAPDU(0x80, 0x50, 0x00, 0x00, new byte[8], 256));
    sws.add(c.send(new CommandAPDU(0x84, 0x82, 0x00, 0x00, new byte[16])).getSW());
    c.selectEf(0x0001);
    sws.add(c.send(new CommandAPDU(0x84, 0xD6, 0x00, 0x00, new byte[25])).getSW());
    sws.add(c.send(new CommandAPDU(0x00, 0xD6, 0x00, 0x00, new byte[17])).getSW());
    CardIssuer stranger = CardIssuer.fromSeed(WorldSeed.of(world.seed().value() ^ 0x5A5A));
    try {
      stranger.open(blank).writeHolderData(holder());
      sws.add(0x9000);
    } catch (IssuerException e) {
      sws.add(e.sw());
    }
    return sws;
  }

  private CardUnderTest card() {
    if (issued == null) {
      throw new IllegalStateException("no card issued in this scenario yet");
    }
    return issued;
  }

  private void select(CardSecret secret) {
    card();
    client.selectAp(secret.aid());
  }

  private String correctValue(CardSecret secret) {
    return secret.valueIn(card().pins());
  }

  private static String wrongValue(CardSecret secret, int i) {
    return secret == CardSecret.SIGNING ? "WRONG" + i : String.format("%04d", 9000 + i);
  }
}
