package dev.mynalab.network.law;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Where the law says a provision is allowed, for a period: the same exchange was authorised by 番号法
 * 別表第二 until 2024-05-26 and by the 主務省令 under 第19条第8号 from 2024-05-27 (DESIGN.md principle 7: rules
 * are effective-dated).
 */
public record Citation(
    String law,
    @JsonProperty("effective_from") LocalDate effectiveFrom,
    @JsonProperty("effective_to") LocalDate effectiveTo,
    String note) {

  public Citation {
    Objects.requireNonNull(law, "law");
    Objects.requireNonNull(effectiveFrom, "effective_from");
  }

  /** Whether this citation is in force on {@code date} (both ends inclusive). */
  public boolean inForceOn(LocalDate date) {
    return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
  }
}
