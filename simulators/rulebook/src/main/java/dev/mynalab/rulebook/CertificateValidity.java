package dev.mynalab.rulebook;

import java.time.LocalDate;

/**
 * A JPKI certificate's validity (EC-01, EC-02).
 *
 * @param expiresOn the last day it is valid
 * @param birthdays 5, or 6 when renewed with less than 3 months left (EC-02)
 * @param cappedBy {@code null} when the birthday rule decides; otherwise what ended it earlier:
 *     {@code "card"} (the card expires first) or {@code "stay"} (在留期間, CV-04)
 */
public record CertificateValidity(LocalDate expiresOn, int birthdays, String cappedBy) {}
