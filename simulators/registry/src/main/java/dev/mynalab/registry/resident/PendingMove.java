package dev.mynalab.registry.resident;

import java.time.LocalDate;

/**
 * A 転出届 waiting for its 転入届 (MV-02, MV-03).
 *
 * @param filedOn the day the 転出届 was filed
 * @param plannedOn 転出予定日
 * @param destination the 6-digit code of the destination municipality
 * @param special true for 特例転出 (with a valid card, no paper 転出証明書, data over 住基ネット)
 */
public record PendingMove(
    LocalDate filedOn, LocalDate plannedOn, String destination, boolean special) {}
