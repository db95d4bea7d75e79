package dev.mynalab.registry;

import dev.mynalab.registry.resident.FuhyoEntry;
import dev.mynalab.registry.resident.Honseki;
import dev.mynalab.registry.resident.PersonName;
import dev.mynalab.rulebook.Retention;
import java.time.LocalDate;
import java.util.List;

/** Read-only answers of the register (the HTTP API serialises them as they are). */
public final class Views {

  private Views() {}

  /**
   * A 戸籍の附票 as the 本籍地 municipality keeps it: the address history, including abroad.
   *
   * @param removedOn the day it became a 除票 (death), or null
   * @param retention how long the 除票 is kept (RT-01), or null while current
   */
  public record Fuhyo(
      String residentCode,
      PersonName name,
      LocalDate birthDate,
      Honseki honseki,
      List<FuhyoEntry> entries,
      LocalDate removedOn,
      Retention retention) {}

  /**
   * One 住民票の除票: the record a municipality closed when the person moved out, left Japan or died,
   * with its retention as the law stands today (RT-01).
   */
  public record RemovedRecord(
      String municipality,
      String address,
      LocalDate from,
      LocalDate removedOn,
      String reason,
      Retention retention,
      boolean disposable) {}
}
