package dev.mynalab.rulebook;

import java.time.LocalDate;

/**
 * How long a 除票 (住民票の除票 or 戸籍の附票の除票) is kept (RT-01).
 *
 * @param removedOn the day the record was removed (消除)
 * @param years 5 or 150
 * @param retainedThrough the last day it must be kept; it may be destroyed (廃棄証明) after
 */
public record Retention(LocalDate removedOn, int years, LocalDate retainedThrough) {

  public boolean disposableOn(LocalDate date) {
    return date.isAfter(retainedThrough);
  }
}
