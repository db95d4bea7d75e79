package dev.mynalab.world.authority;

import dev.mynalab.card.personalisation.HolderData;
import dev.mynalab.card.sim.MynaCard;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The 機構's ledger entry of one manufactured and issued card: the physical card (a real applet set
 * on jcardsim), whom it belongs to, what was written on it, and the 一時停止 flag. The card's validity
 * itself is the registry's fact (CV-01..07, LV-01..06); the certificates' state is the CA's.
 */
public final class IssuedCard {

  private final String serial;
  private final String personId;
  private final MynaCard card;
  private final LocalDate issuedOn;
  private final boolean faceAuthentication;
  private volatile HolderData holder;
  private volatile X509Certificate authenticationCertificate;
  private volatile X509Certificate signingCertificate;
  private volatile boolean suspended;

  IssuedCard(
      String serial,
      String personId,
      MynaCard card,
      LocalDate issuedOn,
      boolean faceAuthentication,
      HolderData holder,
      X509Certificate authenticationCertificate,
      X509Certificate signingCertificate) {
    this.serial = serial;
    this.personId = personId;
    this.card = card;
    this.issuedOn = issuedOn;
    this.faceAuthentication = faceAuthentication;
    this.holder = holder;
    this.authenticationCertificate = authenticationCertificate;
    this.signingCertificate = signingCertificate;
  }

  public String serial() {
    return serial;
  }

  /** The registry's stable person key, also the CA's holder reference. */
  public String personId() {
    return personId;
  }

  /** The card itself: talk to it through {@code new InProcessTransport(card())}. */
  public MynaCard card() {
    return card;
  }

  public LocalDate issuedOn() {
    return issuedOn;
  }

  /** 顔認証マイナンバーカード (CV-07): no user-certificate PIN, no signing certificate. */
  public boolean faceAuthentication() {
    return faceAuthentication;
  }

  /** What the 機構 last wrote into the 券面事項入力補助AP / 券面AP. */
  public HolderData holder() {
    return holder;
  }

  /** The 利用者証明用電子証明書 the 機構 last wrote on the card. */
  public X509Certificate authenticationCertificate() {
    return authenticationCertificate;
  }

  /** The 署名用電子証明書 the 機構 last wrote, if any (none under 15, EC-03; none on CV-07 cards). */
  public Optional<X509Certificate> signingCertificate() {
    return Optional.ofNullable(signingCertificate);
  }

  /** True while a 一時停止 (EC-05) is in force for this card. */
  public boolean suspended() {
    return suspended;
  }

  void holder(HolderData h) {
    holder = h;
  }

  void authenticationCertificate(X509Certificate c) {
    authenticationCertificate = c;
  }

  void signingCertificate(X509Certificate c) {
    signingCertificate = c;
  }

  void suspended(boolean s) {
    suspended = s;
  }

  @Override
  public String toString() {
    return "IssuedCard[" + serial + ", person " + personId + ", issued " + issuedOn + "]";
  }
}
