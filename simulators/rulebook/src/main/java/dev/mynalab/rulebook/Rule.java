package dev.mynalab.rulebook;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One legal rule of reference/domain-rules.md, with the dates between which it is in force.
 *
 * @param id the rule ID of domain-rules.md, e.g. {@code CV-02}
 * @param title what the rule says, in a line (Japanese terms kept)
 * @param effectiveFrom first day in force, or {@code null} when it held from the start (2015/2016)
 * @param effectiveTo last day in force, or {@code null} while still in force
 * @param source the rule's primary source as cited in domain-rules.md
 */
public record Rule(
    String id, String title, LocalDate effectiveFrom, LocalDate effectiveTo, String source) {

  public Rule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(source, "source");
  }

  /** True when the rule is in force on {@code date}. */
  public boolean inForceOn(LocalDate date) {
    return (effectiveFrom == null || !date.isBefore(effectiveFrom))
        && (effectiveTo == null || !date.isAfter(effectiveTo));
  }

  public Optional<LocalDate> from() {
    return Optional.ofNullable(effectiveFrom);
  }

  public Optional<LocalDate> to() {
    return Optional.ofNullable(effectiveTo);
  }
}
