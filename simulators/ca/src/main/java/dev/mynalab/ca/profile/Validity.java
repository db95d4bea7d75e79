package dev.mynalab.ca.profile;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The validity of one end-entity certificate.
 *
 * @param notBefore the issue instant (seconds)
 * @param notAfter 14:59:59Z (23:59:59 JST) of {@code lastDay}
 * @param lastDay the last Japanese calendar day of validity
 * @param birthdays 5, or 6 for a renewal inside the last 3 months (EC-02)
 * @param limitedBy what fixed {@code lastDay}: {@code birthday}, {@code card-expiry}, {@code
 *     stay-period} or {@code authentication-certificate}
 */
public record Validity(
    Instant notBefore, Instant notAfter, LocalDate lastDay, int birthdays, String limitedBy) {}
