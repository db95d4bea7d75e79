package dev.mynalab.drivers.smartphone;

import dev.mynalab.drivers.card.CardDriver;
import dev.mynalab.smartphone.CardCredentials;
import dev.mynalab.smartphone.Platform;
import dev.mynalab.smartphone.Smartphone;
import dev.mynalab.smartphone.health.EligibilityAnswer;
import dev.mynalab.verifier.Purpose;
import dev.mynalab.verifier.Status;
import dev.mynalab.verifier.login.LoginVerdict;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * 利用者 with a smartphone: buys one, loads the スマホ用電子証明書 with the card (マイナポータルアプリ / Apple Wallet),
 * logs in and signs with it, shows the card-face data, presents it at a medical facility's reader,
 * reports it lost. Every act goes through the smartphone module's real flows (the card on jcardsim
 * signs, the verifier checks over HTTPS/OCSP, the CA certifies keys made in the phone's secure
 * element).
 */
public final class PhoneHolder {

  /** The 券面事項入力補助用暗証番号 a scenario mistypes. */
  public static final String WRONG_TEXT_PIN = "0000";

  private final SmartphoneLab lab;
  private Boolean lastLogin;
  private Status lastSignature;
  private Boolean lastEligibility;

  public PhoneHolder(SmartphoneLab lab) {
    this.lab = lab;
  }

  /** {@code name} buys a phone of {@code kind}. */
  public void buys(String name, PhoneKind kind) {
    lab.hands(name, lab.service().buy(kind.model()));
  }

  /** Loading with the card's right secrets (the iPhone also gets the 券面事項入力補助用暗証番号). */
  public boolean load(String name) {
    Smartphone p = lab.phone(name);
    String textPin = p.platform() == Platform.IPHONE ? CardDriver.PINS.textPin() : null;
    return load(name, new CardCredentials(CardDriver.PINS.signPassword(), textPin));
  }

  /** Loading with a wrong card signing password. */
  public boolean loadWithWrongSigningPassword(String name) {
    Smartphone p = lab.phone(name);
    String textPin = p.platform() == Platform.IPHONE ? CardDriver.PINS.textPin() : null;
    return load(name, new CardCredentials("WRONG000", textPin));
  }

  /** iPhone setup without the card's 券面事項入力補助用暗証番号. */
  public boolean loadWithoutTextPin(String name) {
    return load(name, CardCredentials.signingPassword(CardDriver.PINS.signPassword()));
  }

  /** iPhone setup with a wrong 券面事項入力補助用暗証番号. */
  public boolean loadWithWrongTextPin(String name) {
    return load(name, new CardCredentials(CardDriver.PINS.signPassword(), WRONG_TEXT_PIN));
  }

  private boolean load(String name, CardCredentials card) {
    Smartphone p = lab.phone(name);
    String code = lab.lifecycle().code(name);
    return lab.attempt(
            () -> lab.service().loading().load(p, code, card, SmartphoneLab.PHONE_SECRETS))
        .isPresent();
  }

  /** Logs in to a relying party (マイナポータル) with the phone's user certificate. */
  public void logIn(String name, PhoneAuthorisation how) {
    Smartphone p = lab.phone(name);
    Optional<LoginVerdict> v =
        lab.attempt(() -> p.logIn(lab.service().verifier().logins(), how.authorisation()));
    lastLogin = v.map(LoginVerdict::authenticated).orElse(false);
  }

  /** Signs a document with the phone's signing key; the verifier judges signature and cert. */
  public void signDocument(String name, PhoneAuthorisation how) {
    Smartphone p = lab.phone(name);
    byte[] doc = ("申請書 " + lab.lifecycle().today()).getBytes(StandardCharsets.UTF_8);
    lastSignature =
        lab.attempt(() -> p.signWithSigningKey(doc, how.authorisation()))
            .map(
                sig ->
                    lab.service()
                        .verifier()
                        .verifySignature(
                            doc, sig, p.signingCertificate().orElseThrow(), Purpose.SIGN)
                        .status())
            .orElse(null);
  }

  /** Whether the phone shows the card-face data containing {@code text} (Face ID, iPhone). */
  public boolean cardFaceShows(String name, String text) {
    Smartphone p = lab.phone(name);
    return lab.attempt(() -> p.cardFaceShows(text, PhoneAuthorisation.BIOMETRIC.authorisation()))
        .orElse(false);
  }

  /** Presents the phone as the health-insurance card at a facility (SP-03). */
  public void presentAtFacility(String name, boolean readerAdded) {
    Smartphone p = lab.phone(name);
    PhoneAuthorisation how =
        p.platform() == Platform.IPHONE ? PhoneAuthorisation.BIOMETRIC : PhoneAuthorisation.PIN;
    lastEligibility =
        lab.attempt(
                () ->
                    lab.service().facilityReader(readerAdded).presentPhone(p, how.authorisation()))
            .map(EligibilityAnswer::accepted)
            .orElse(false);
  }

  /** マイナンバーカード総合フリーダイヤル: the phone is lost. */
  public void reportLost(String name) {
    Smartphone p = lab.phone(name);
    lab.attempt(() -> lab.service().hotline().reportLost(p));
  }

  /** Whether the last login succeeded. */
  public boolean lastLoginSucceeded() {
    return Boolean.TRUE.equals(lastLogin);
  }

  /** The verifier's status of the last signed document, null when the phone refused to sign. */
  public Status lastSignature() {
    return lastSignature;
  }

  /** Whether the last facility presentation was accepted. */
  public boolean lastEligibilityAccepted() {
    return Boolean.TRUE.equals(lastEligibility);
  }
}
