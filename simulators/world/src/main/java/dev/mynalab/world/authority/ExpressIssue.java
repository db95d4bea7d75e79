package dev.mynalab.world.authority;

import java.time.LocalDate;

/**
 * 特急発行 (MN-07): from 2024-12-02 the 機構 issues a card in about one week for four kinds of
 * application — a child under 1, a person arriving from abroad, a re-issue after loss, and after a
 * change of the My Number. Other applications take the ordinary route, whose lead time no source in
 * domain-rules.md states, so the world models only which applications qualify, not the days.
 */
public final class ExpressIssue {

  /** The first day of 特急発行 (MN-07). */
  public static final LocalDate FROM = LocalDate.of(2024, 12, 2);

  /** "About one week" (MN-07); the simulation's bound for an express card. */
  public static final int ABOUT_DAYS = 7;

  /** Why an application is made. */
  public enum Ground {
    /** 1歳未満の乳児 (with CV-05's photo-less card). */
    INFANT,
    /** 国外からの転入者. */
    ARRIVAL_FROM_ABROAD,
    /** 紛失等による再交付. */
    LOSS_REISSUE,
    /** 個人番号の変更 (MN-05) の後. */
    NUMBER_CHANGE,
    /** Any other application (first card, renewal). */
    ORDINARY
  }

  private ExpressIssue() {}

  /**
   * Whether an application on {@code ground}, received on {@code receivedOn}, is issued express. An
   * infant application also needs the child to be under 1 on the day of receipt.
   */
  public static boolean applies(Ground ground, LocalDate receivedOn, LocalDate birthDate) {
    if (receivedOn.isBefore(FROM)) {
      return false;
    }
    return switch (ground) {
      case INFANT -> receivedOn.isBefore(birthDate.plusYears(1));
      case ARRIVAL_FROM_ABROAD, LOSS_REISSUE, NUMBER_CHANGE -> true;
      case ORDINARY -> false;
    };
  }
}
