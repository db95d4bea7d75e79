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

  /**
   * What the counter hands over when someone asks for a 除票の写し (RT-01): the copy while the 除票 is
   * kept, a 廃棄証明 (certificate of disposal) once it may have been destroyed. The simulation takes it
   * that the municipality destroyed the record on the first day the law allowed; cities that kept
   * records longer of their own accord (Kagoshima: 10 years) are not modelled.
   *
   * @param kind {@code 除票の写し} or {@code 廃棄証明}
   * @param register {@code 住民票} or {@code 戸籍の附票}
   * @param municipality the 6-digit code of the municipality that kept (or destroyed) the 除票
   * @param removedOn the day the record was removed (消除)
   * @param reason why it was removed (転出, 国外転出, 死亡)
   * @param retention the retention as the law stands on {@code issuedOn}
   * @param issuedOn the day the copy or the certificate was issued
   * @param items the items the copy shows (for a 附票, OS-05: those in force when it was removed);
   *     empty for a 廃棄証明
   */
  public record RemovedRecordCertificate(
      String kind,
      String register,
      String municipality,
      LocalDate removedOn,
      String reason,
      Retention retention,
      LocalDate issuedOn,
      List<String> items) {

    public RemovedRecordCertificate {
      items = List.copyOf(items);
    }

    public static final String COPY = "除票の写し";
    public static final String DISPOSAL = "廃棄証明";

    public boolean isCopy() {
      return COPY.equals(kind);
    }
  }
}
