package dev.mynalab.smartphone;

import dev.mynalab.card.applet.Aids;
import dev.mynalab.card.client.CardClient;
import dev.mynalab.card.personalisation.KeyPurpose;
import dev.mynalab.card.personalisation.SecretRef;
import dev.mynalab.smartphone.Authorisation.Biometric;
import dev.mynalab.smartphone.Authorisation.Password;
import dev.mynalab.smartphone.Authorisation.Pin;
import dev.mynalab.smartphone.se.ChipSession;
import dev.mynalab.smartphone.se.SecureElement;
import dev.mynalab.verifier.login.Challenge;
import dev.mynalab.verifier.login.LoginService;
import dev.mynalab.verifier.login.LoginVerdict;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * One smartphone with its secure element: after a loading ({@link SmartphoneLoading}) it holds a
 * スマホ用 user certificate and signing certificate whose keys were generated in its SE, logs in to a
 * relying party ({@link LoginService}) and signs documents.
 *
 * <p><b>Who may use the keys</b> (SP-01, SP-02). Android: the signing key needs the phone's signing
 * password; the user key needs the phone's 4-digit PIN, or on a supported model a biometric match.
 * iPhone: Face ID / Touch ID authorises every use; a passcode or PIN does not. The SE itself only
 * knows its PINs: a biometric match releases the PIN the phone keeps for it (as a platform keystore
 * binds a secret to biometrics) — the simulated stand-in for the OS's protected storage. A wrong
 * PIN or password reaches the SE, which counts it (PN-01 counters of the applet).
 */
public final class Smartphone {

  private final String id;
  private final PhoneModel model;
  private volatile Installed installed;
  private volatile boolean lost;

  /** What a successful loading leaves on the phone. */
  private record Installed(
      SecureElement se,
      String personId,
      String holderReference,
      X509Certificate user,
      X509Certificate signing,
      PhoneSecrets secrets,
      boolean cardFace) {}

  public Smartphone(String id, PhoneModel model) {
    this.id = Objects.requireNonNull(id, "id");
    this.model = Objects.requireNonNull(model, "model");
  }

  public String id() {
    return id;
  }

  public PhoneModel model() {
    return model;
  }

  public Platform platform() {
    return model.platform();
  }

  /** Whether phone certificates are loaded. */
  public boolean loaded() {
    return installed != null;
  }

  /** The person whose certificates the phone holds. */
  public Optional<String> personId() {
    return Optional.ofNullable(installed).map(Installed::personId);
  }

  /** The CA's holder reference of this phone's certificates ({@code <personId>#<phone id>}). */
  public Optional<String> holderReference() {
    return Optional.ofNullable(installed).map(Installed::holderReference);
  }

  /** スマホ用利用者証明用電子証明書. */
  public Optional<X509Certificate> userCertificate() {
    return Optional.ofNullable(installed).map(Installed::user);
  }

  /** スマホ用署名用電子証明書. */
  public Optional<X509Certificate> signingCertificate() {
    return Optional.ofNullable(installed).map(Installed::signing);
  }

  /** Whether the phone holds the card-face data (iPhone, SP-02). */
  public boolean holdsCardFace() {
    return installed != null && installed.cardFace();
  }

  /** The holder reported the phone lost ({@link PhoneHotline}). */
  public boolean lost() {
    return lost;
  }

  void markLost() {
    lost = true;
  }

  /** Called by the loading flow once every step succeeded: the phone adopts the new element. */
  void install(
      SecureElement se,
      String personId,
      String holderReference,
      X509Certificate user,
      X509Certificate signing,
      PhoneSecrets secrets,
      boolean cardFace) {
    this.installed = new Installed(se, personId, holderReference, user, signing, secrets, cardFace);
    this.lost = false;
  }

  // ------------------------------------------------------------------ use

  /** Signs {@code data} with the phone's user key (as a login answer does). */
  public byte[] signWithUserKey(byte[] data, Authorisation how) {
    return sign(KeyPurpose.AUTHENTICATION, SecretRef.AUTH_PIN, data, how);
  }

  /** Signs {@code data} with the phone's signing key (a signed document, e.g. an application). */
  public byte[] signWithSigningKey(byte[] data, Authorisation how) {
    return sign(KeyPurpose.SIGNING, SecretRef.SIGN_PASSWORD, data, how);
  }

  /**
   * Logs in to a relying party: it issues a challenge, the phone's user key signs it, and the
   * relying party checks the signature and the phone's user certificate (OCSP).
   */
  public LoginVerdict logIn(LoginService relyingParty, Authorisation how) {
    Installed in = require();
    Challenge c = relyingParty.issue();
    byte[] signature = signWithUserKey(c.nonce(), how);
    return relyingParty.answer(c.id(), signature, in.user(), "SHA256withRSA");
  }

  /**
   * Whether the card-face data in the phone (iPhone, SP-02) contain {@code text}, read from the
   * SE's 券面事項入力補助AP after Face ID / Touch ID.
   */
  public boolean cardFaceShows(String text, Authorisation how) {
    Installed in = require();
    if (!in.cardFace()) {
      throw new SmartphoneRefused(
          platform().rule(), "/phone", "this phone holds no card-face data (iPhone only, SP-02)");
    }
    String pin = release(KeyPurpose.AUTHENTICATION, how, in);
    ChipSession s = in.se().session();
    int sw = s.verify(SecretRef.TEXT_PIN, pin);
    requireOk(sw, "card-face PIN");
    CardClient.Read r = s.read(Aids.NYURYOKU_HOJO, 0x0002);
    byte[] needle = text.getBytes(StandardCharsets.UTF_8);
    byte[] hay = r.data();
    for (int i = 0; r.ok() && i + needle.length <= hay.length; i++) {
      if (Arrays.equals(hay, i, i + needle.length, needle, 0, needle.length)) {
        return true;
      }
    }
    return false;
  }

  /** Tries left in the SE for the PIN of {@code purpose}'s key. */
  public int triesLeft(KeyPurpose purpose) {
    return require()
        .se()
        .session()
        .triesLeft(purpose == KeyPurpose.SIGNING ? SecretRef.SIGN_PASSWORD : SecretRef.AUTH_PIN);
  }

  private byte[] sign(KeyPurpose key, SecretRef secret, byte[] data, Authorisation how) {
    Installed in = require();
    String value = release(key, how, in);
    ChipSession s = in.se().session();
    requireOk(s.verify(secret, value), key == KeyPurpose.SIGNING ? "signing password" : "PIN");
    ChipSession.Signed signed = s.signSha256(key, data);
    if (!signed.ok()) {
      throw new SmartphoneRefused(
          "se",
          "/authorisation",
          String.format("the secure element refused to sign: SW %04X", signed.sw()),
          signed.sw());
    }
    return signed.signature();
  }

  /** What the holder's authorisation releases to the SE, by platform and model (SP-01, SP-02). */
  private String release(KeyPurpose key, Authorisation how, Installed in) {
    Objects.requireNonNull(how, "how");
    if (platform() == Platform.IPHONE) {
      if (how instanceof Biometric b) {
        if (!b.matches()) {
          throw refusal("Face ID / Touch ID did not match");
        }
        return key == KeyPurpose.SIGNING ? in.secrets().signPassword() : in.secrets().userPin();
      }
      throw refusal("an iPhone authorises use only with Face ID or Touch ID; a passcode does not");
    }
    if (key == KeyPurpose.SIGNING) {
      if (how instanceof Password p) {
        return p.value();
      }
      throw refusal("the phone's signing key needs the phone's signing password");
    }
    if (how instanceof Pin p) {
      return p.value();
    }
    if (how instanceof Biometric b) {
      if (!model.biometricsReplacePin()) {
        throw refusal(
            "biometrics cannot replace the 4-digit PIN on " + model.name() + "; enter the PIN");
      }
      if (!b.matches()) {
        throw refusal("the biometric check did not match");
      }
      return in.secrets().userPin();
    }
    throw refusal("the phone's user certificate needs its 4-digit PIN");
  }

  private SmartphoneRefused refusal(String detail) {
    return new SmartphoneRefused(platform().rule(), "/authorisation", detail);
  }

  private static void requireOk(int sw, String what) {
    if (sw == 0x9000) {
      return;
    }
    String detail =
        (sw & 0xFFF0) == 0x63C0
            ? "wrong " + what + ", " + (sw & 0x0F) + " tries left"
            : sw == 0x6984 ? what + " is locked" : String.format("%s refused: SW %04X", what, sw);
    throw new SmartphoneRefused("se", "/authorisation", detail, sw);
  }

  private Installed require() {
    Installed in = installed;
    if (in == null) {
      throw new SmartphoneRefused(
          platform().rule(), "/phone", "no phone certificates are loaded on " + id);
    }
    return in;
  }

  @Override
  public String toString() {
    return "Smartphone[" + id + ", " + model.name() + (loaded() ? ", loaded" : "") + "]";
  }
}
