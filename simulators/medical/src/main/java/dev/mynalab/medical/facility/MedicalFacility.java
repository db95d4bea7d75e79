package dev.mynalab.medical.facility;

import java.time.LocalDate;

/**
 * 保険医療機関・薬局 as far as オンライン資格確認 is concerned: whether, and since when, it has a 顔認証付きカードリーダー
 * connected to the eligibility system. The reader reports this property; the obligation to have one
 * (HI-02) is a rule on the date, {@link #meetsObligationOn}.
 *
 * @param readerInstalledOn the day online checks started there, or null for none
 */
public record MedicalFacility(String name, Kind kind, LocalDate readerInstalledOn) {

  /** What kind of facility. */
  public enum Kind {
    CLINIC,
    HOSPITAL,
    PHARMACY
  }

  /** HI-02: institutions must offer online checks in principle from this day (療養担当規則の改正). */
  public static final LocalDate OBLIGATION_FROM = LocalDate.of(2023, 4, 1);

  public MedicalFacility {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a facility has a name");
    }
    if (kind == null) {
      throw new IllegalArgumentException("a facility has a kind");
    }
  }

  public boolean offersOnlineChecksOn(LocalDate date) {
    return readerInstalledOn != null && !date.isBefore(readerInstalledOn);
  }

  /**
   * HI-02: before 2023-04-01 offering online checks was voluntary; from then on a facility without
   * them falls short of the obligation "in principle" (exemptions — e.g. facilities that still
   * claim on paper — are not modelled).
   */
  public boolean meetsObligationOn(LocalDate date) {
    return date.isBefore(OBLIGATION_FROM) || offersOnlineChecksOn(date);
  }
}
