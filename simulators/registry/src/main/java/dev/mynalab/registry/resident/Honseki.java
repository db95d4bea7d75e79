package dev.mynalab.registry.resident;

/**
 * 本籍地 of a Japanese national: the municipality that keeps the 戸籍 and the 戸籍の附票 (OS-01: the 附票管理市町村
 * that manages the record after a move abroad).
 *
 * @param municipality the 6-digit code of the 本籍 municipality
 * @param address the 本籍 as written, e.g. {@code 千代田区千代田1番}
 */
public record Honseki(String municipality, String address) {}
