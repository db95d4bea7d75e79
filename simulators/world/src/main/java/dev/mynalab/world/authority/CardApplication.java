package dev.mynalab.world.authority;

import dev.mynalab.card.personalisation.Pins;
import java.time.LocalDate;
import java.util.Objects;

/**
 * 交付申請 as the 機構 receives it.
 *
 * @param residentCode the applicant's current 住民票コード
 * @param pins the PINs set at delivery (PN-01); for a face-authentication card only the 券面事項入力補助
 *     and 住基 PINs are used
 * @param receivedOn 申請受付日: decides the 20/18 threshold (CV-02)
 * @param faceAuthentication a 顔認証マイナンバーカード (CV-07, from 2023-12-15)
 */
public record CardApplication(
    String residentCode, Pins pins, LocalDate receivedOn, boolean faceAuthentication) {

  public CardApplication {
    Objects.requireNonNull(residentCode, "residentCode");
    Objects.requireNonNull(pins, "pins");
    Objects.requireNonNull(receivedOn, "receivedOn");
  }

  /** An ordinary application (PINs, both certificates where the law allows). */
  public static CardApplication of(String residentCode, Pins pins, LocalDate receivedOn) {
    return new CardApplication(residentCode, pins, receivedOn, false);
  }
}
