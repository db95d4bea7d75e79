package dev.mynalab.drivers.lifecycle;

import dev.mynalab.drivers.card.CardDriver;
import dev.mynalab.world.authority.CardApplication;
import dev.mynalab.world.authority.ExpressIssue;
import java.time.LocalDate;

/**
 * 機構 (J-LIS) as the lifecycle scenarios use it: issue (ordinary or 顔認証), 一時停止 and its lifting,
 * re-issue after loss, a new signing certificate, renewal. Every card is a real card on jcardsim
 * whose keys were generated on the card and certified by the reference world's CA.
 */
public final class IssuingAuthorityDesk {

  /** The 署名用パスワード chosen at a re-issue of the signing certificate. */
  public static final String NEW_SIGN_PASSWORD = "NEW2468";

  private final LifecycleWorld world;

  public IssuingAuthorityDesk(LifecycleWorld world) {
    this.world = world;
  }

  /** The 機構 issues a card today on an application received on {@code receivedOn}. */
  public void issueCard(String name, LocalDate receivedOn) {
    issue(name, receivedOn, false);
  }

  /** The 機構 issues a 顔認証マイナンバーカード today (CV-07). */
  public void issueFaceAuthenticationCard(String name, LocalDate receivedOn) {
    issue(name, receivedOn, true);
  }

  private void issue(String name, LocalDate receivedOn, boolean face) {
    world
        .attempt(
            () ->
                world
                    .reference()
                    .authority()
                    .issueCard(
                        new CardApplication(world.code(name), CardDriver.PINS, receivedOn, face)))
        .ifPresent(card -> world.issued(name, card));
  }

  /** 一時停止 phoned in (EC-05). */
  public void suspend(String name) {
    world.attempt(() -> world.reference().authority().suspend(world.code(name)));
  }

  /** The card was found: the 一時停止 is lifted. */
  public void liftSuspension(String name) {
    world.attempt(
        () -> {
          world.reference().authority().liftSuspension(world.code(name));
          return Boolean.TRUE;
        });
  }

  /** A new signing certificate on the current card (EC-04 after a change of the 基本4情報). */
  public void reissueSigningCertificate(String name) {
    world.attempt(
        () ->
            world
                .reference()
                .authority()
                .reissueSigningCertificate(world.code(name), NEW_SIGN_PASSWORD));
  }

  /** 電子証明書の更新 today (EC-02). */
  public void renewCertificates(String name) {
    world.attempt(() -> world.reference().authority().renewCertificates(world.code(name)));
  }

  /**
   * A 国外転出者's new signing certificate (OS-02) at the counter of {@code counterMunicipality}, with
   * the new password {@link #NEW_SIGN_PASSWORD}.
   */
  public void issueOverseasSigningCertificate(String name, String counterMunicipalityCode) {
    world.attempt(
        () ->
            world
                .reference()
                .authority()
                .issueOverseasSigningCertificate(
                    world.code(name), counterMunicipalityCode, NEW_SIGN_PASSWORD));
  }

  /** A 国外転出者's user certificate re-issued at the counter of the given municipality (OS-02). */
  public void reissueOverseasUserCertificate(String name, String counterMunicipalityCode) {
    world.attempt(
        () ->
            world
                .reference()
                .authority()
                .reissueOverseasUserCertificate(world.code(name), counterMunicipalityCode));
  }

  /** Whether an application on {@code ground} received on {@code receivedOn} is 特急発行 (MN-07). */
  public boolean express(String name, ExpressIssue.Ground ground, LocalDate receivedOn) {
    return ExpressIssue.applies(ground, receivedOn, world.resident(name).birthDate());
  }
}
