package dev.mynalab.drivers.lifecycle;

import dev.mynalab.card.applet.Aids;
import dev.mynalab.card.client.CardClient;
import dev.mynalab.card.transport.InProcessTransport;
import dev.mynalab.drivers.card.CardDriver;
import dev.mynalab.drivers.card.CardSecret;
import dev.mynalab.world.authority.IssuedCard;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Optional;

/**
 * 住民 / 利用者 with the card in hand: enters (or mistypes) PINs, signs a relying party's challenge with
 * either key, reads what the card says. Works on the scenario's real card through {@link
 * CardClient}; the APDUs stay here and land in the journal.
 */
public final class Cardholder {

  private final LifecycleWorld world;

  public Cardholder(LifecycleWorld world) {
    this.world = world;
  }

  private CardClient client(IssuedCard card) {
    card.card().reset();
    return new CardClient(new InProcessTransport(card.card()));
  }

  /**
   * Signs a challenge with the 利用者証明用 key after its PIN; whether the signature verifies with the
   * certificate the card holds (what a relying party checks before asking OCSP).
   */
  public boolean signsWithUserCertificate(String name) {
    return sign(world.card(name), 0x0018, CardDriver.PINS.authPin(), 0x0017, 0x000A, null);
  }

  /**
   * Signs with the 署名用 key after {@code password}; whether it verifies with the card's certificate.
   */
  public boolean signsWithSigningCertificate(String name, String password) {
    return sign(world.card(name), 0x001B, password, 0x001A, 0x0001, password);
  }

  private boolean sign(
      IssuedCard card, int pinFid, String pin, int keyFid, int certFid, String readPin) {
    try {
      CardClient c = client(card);
      c.selectJpki();
      if (readPin != null && c.verify(0x001B, readPin) != 0x9000) {
        return false;
      }
      CardClient.Read cert = c.readAll(certFid);
      if (!cert.ok()) {
        return false;
      }
      PublicKey key =
          ((X509Certificate)
                  java.security.cert.CertificateFactory.getInstance("X.509")
                      .generateCertificate(new java.io.ByteArrayInputStream(cert.data())))
              .getPublicKey();
      if (c.verify(pinFid, pin) != 0x9000) {
        return false;
      }
      byte[] challenge = ("challenge " + world.today()).getBytes(StandardCharsets.UTF_8);
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(challenge);
      var r = c.sign(keyFid, CardClient.sha256DigestInfo(hash));
      if (r.getSW() != 0x9000) {
        return false;
      }
      Signature v = Signature.getInstance("SHA256withRSA");
      v.initVerify(key);
      v.update(challenge);
      return v.verify(r.getData());
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The card signs {@code data} (SHA-256, PKCS#1 v1.5 DigestInfo) with the 利用者証明用 key after its
   * PIN, as client software answers a login challenge; empty when the card refuses.
   */
  public Optional<byte[]> signWithUserKey(String name, byte[] data) {
    try {
      CardClient c = client(world.card(name));
      c.selectJpki();
      if (c.verify(0x0018, CardDriver.PINS.authPin()) != 0x9000) {
        return Optional.empty();
      }
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(data);
      var r = c.sign(0x0017, CardClient.sha256DigestInfo(hash));
      return r.getSW() == 0x9000 ? Optional.of(r.getData()) : Optional.empty();
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The 利用者証明用電子証明書 as read from the card (no PIN needed). */
  public Optional<byte[]> readUserCertificate(String name) {
    CardClient c = client(world.card(name));
    c.selectJpki();
    CardClient.Read r = c.readAll(0x000A);
    return r.ok() && r.data().length > 0 ? Optional.of(r.data()) : Optional.empty();
  }

  /** The 署名用電子証明書 as read from the card with the password; empty if none or refused. */
  public Optional<byte[]> readSigningCertificate(String name) {
    CardClient c = client(world.card(name));
    c.selectJpki();
    c.verify(0x001B, CardDriver.PINS.signPassword());
    CardClient.Read r = c.readAll(0x0001);
    return r.ok() && r.data().length > 0 ? Optional.of(r.data()) : Optional.empty();
  }

  /** Whether the 基本4情報 read from the card (with the 券面事項入力補助 PIN) contain {@code address}. */
  public boolean cardShowsAddress(String name, String address) {
    CardClient c = client(world.card(name));
    c.selectAp(Aids.NYURYOKU_HOJO);
    c.verify(0x0011, CardDriver.PINS.textPin());
    CardClient.Read r = c.readAll(0x0002);
    if (!r.ok()) {
      return false;
    }
    byte[] needle = address.getBytes(StandardCharsets.UTF_8);
    byte[] hay = r.data();
    for (int i = 0; i + needle.length <= hay.length; i++) {
      if (Arrays.equals(hay, i, i + needle.length, needle, 0, needle.length)) {
        return true;
      }
    }
    return false;
  }

  /** The holder enters {@code secret} wrongly {@code times} times in a row. */
  public void mistype(String name, CardSecret secret, int times) {
    CardClient c = client(world.card(name));
    c.selectAp(secret.aid());
    for (int i = 0; i < times; i++) {
      c.verify(secret.fid(), secret == CardSecret.SIGNING ? "WRONG" + i : "99" + (10 + i));
    }
  }

  /** The card's status word when the holder enters {@code value} for {@code secret}. */
  public int enter(String name, CardSecret secret, String value) {
    CardClient c = client(world.card(name));
    c.selectAp(secret.aid());
    return c.verify(secret.fid(), value);
  }

  /** The correct value of {@code secret} as set at delivery. */
  public static String correct(CardSecret secret) {
    return switch (secret) {
      case AUTHENTICATION -> CardDriver.PINS.authPin();
      case SIGNING -> CardDriver.PINS.signPassword();
      case TEXT -> CardDriver.PINS.textPin();
      case JUKI -> CardDriver.PINS.jukiPin();
    };
  }

  /** Tries left the card reports for {@code secret} (0 = locked). */
  public int triesLeft(String name, CardSecret secret) {
    CardClient c = client(world.card(name));
    c.selectAp(secret.aid());
    return c.triesLeft(secret.fid());
  }
}
