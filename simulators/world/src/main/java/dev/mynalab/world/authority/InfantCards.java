package dev.mynalab.world.authority;

import java.time.LocalDate;

/**
 * 顔写真のないカード for infants (CV-05): every application received on or after 2024-12-02 for a child
 * before the first birthday yields a card without a face photo; a photo card cannot be requested.
 * The validity of such a card was found in no source (domain-rules.md CV-05, §16 item 4): the world
 * gives it the expiry the rule book gives any minor's card (CV-01) and no scenario asserts it — an
 * open question, not a rule.
 */
public final class InfantCards {

  /** The first day of applications that yield photo-less infant cards (CV-05). */
  public static final LocalDate PHOTOLESS_FROM = LocalDate.of(2024, 12, 2);

  private InfantCards() {}

  /**
   * Whether an application received on {@code receivedOn} for a child born on {@code birthDate}
   * yields a photo-less card: received from 2024-12-02 and before the first birthday (the age is
   * completed at the end of the day before it, AG-01, so the birthday itself is already age 1).
   */
  public static boolean photoless(LocalDate birthDate, LocalDate receivedOn) {
    return !receivedOn.isBefore(PHOTOLESS_FROM) && receivedOn.isBefore(birthDate.plusYears(1));
  }
}
