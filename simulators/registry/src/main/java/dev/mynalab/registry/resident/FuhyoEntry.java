package dev.mynalab.registry.resident;

import java.time.LocalDate;

/**
 * One line of the address history on the 戸籍の附票, kept by the 本籍地 municipality: every address in
 * Japan, and after a 国外転出 the statement that the person lives abroad (OS-02: for a 国外転出者 the
 * address is replaced by that statement, dated by the departure).
 *
 * @param address the address, or {@code 国外転出者 (XX)} with the country
 * @param municipality the municipality of the address, or null when abroad
 * @param from the day the address was fixed (住所を定めた日; for a 国外転出者 the departure date)
 */
public record FuhyoEntry(String address, String municipality, LocalDate from) {

  public boolean overseas() {
    return municipality == null;
  }
}
