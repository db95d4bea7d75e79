package dev.mynalab.registry.resident;

import java.time.LocalDate;

/**
 * One stay in one municipality's register. A closed period is that municipality's 住民票の除票 (removed
 * record), kept per RT-01.
 *
 * @param municipality the 6-digit code
 * @param address the last address recorded there
 * @param from the day the record was made (birth, 転入, arrival from abroad)
 * @param to the day it was removed, or null while current
 * @param removal why it was removed (転出, 国外転出, 死亡), or null while current
 */
public record RecordPeriod(
    String municipality, String address, LocalDate from, LocalDate to, String removal) {

  public boolean removed() {
    return to != null;
  }

  public RecordPeriod withAddress(String newAddress) {
    return new RecordPeriod(municipality, newAddress, from, to, removal);
  }

  public RecordPeriod closed(LocalDate on, String why) {
    return new RecordPeriod(municipality, address, from, on, why);
  }
}
