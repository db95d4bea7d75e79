package dev.mynalab.registry.resident;

import java.time.LocalDate;

/**
 * What the register knows of the person's 個人番号カード: whether one is valid, and why it lapsed
 * (LV-01..06). The card itself, its chip and certificates live in the card and CA simulators.
 *
 * @param issuedOn the issue date
 * @param expiresOn the last valid day (CV-01)
 * @param lapsedOn the day it lapsed, or null while valid
 * @param lapseRule the rule ID that made it lapse, e.g. {@code LV-02}, or null
 * @param abroad true once it continues in use abroad (OS-01)
 */
public record CardState(
    LocalDate issuedOn, LocalDate expiresOn, LocalDate lapsedOn, String lapseRule, boolean abroad) {

  public boolean validOn(LocalDate date) {
    return lapsedOn == null && !date.isAfter(expiresOn);
  }

  public boolean lapsed() {
    return lapsedOn != null;
  }

  public CardState lapse(LocalDate on, String rule) {
    return new CardState(issuedOn, expiresOn, on, rule, abroad);
  }

  public CardState goneAbroad() {
    return new CardState(issuedOn, expiresOn, lapsedOn, lapseRule, true);
  }

  public CardState backHome() {
    return new CardState(issuedOn, expiresOn, lapsedOn, lapseRule, false);
  }
}
