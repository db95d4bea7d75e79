package dev.mynalab.registry.api;

import dev.mynalab.kit.person.Sex;
import dev.mynalab.registry.resident.Honseki;
import dev.mynalab.registry.resident.Nationality;
import dev.mynalab.registry.resident.PersonName;
import java.time.LocalDate;

/**
 * What a clerk submits at the 市区町村窓口, one record per 届出. The same records are the Java API's
 * parameters and the HTTP API's JSON bodies (field names = JSON names; problem pointers name them).
 * Validation lives in the registry, not here, so that every bad field gets a problem document.
 */
public final class Requests {

  private Requests() {}

  /** 出生届. {@code honseki} for a Japanese national only; {@code household} optional. */
  public record Birth(
      String municipality,
      PersonName name,
      LocalDate birthDate,
      Sex sex,
      Nationality nationality,
      Honseki honseki,
      String address,
      String household) {}

  /** 転出届: {@code plannedOn} = 転出予定日, {@code destination} = the municipality's code. */
  public record MoveOut(String residentCode, LocalDate plannedOn, String destination) {}

  /** 転入届 at {@code municipality}; {@code cardPresented} = the card was shown (MV-03). */
  public record MoveIn(
      String residentCode,
      String municipality,
      LocalDate movedInOn,
      String address,
      String household,
      boolean cardPresented) {}

  /** 転居届. */
  public record MoveWithin(
      String residentCode, LocalDate movedOn, String address, String household) {}

  /**
   * 国外転出届; {@code continuedUseProcedureOn} = the day the 国外継続利用 procedure was done (OS-01), or
   * null.
   */
  public record Emigration(
      String residentCode,
      LocalDate departureOn,
      String country,
      String overseasAddress,
      LocalDate continuedUseProcedureOn) {}

  /**
   * 国外からの転入届. {@code residentCode} of a returning person, or null for a newcomer, who then gives
   * {@code name}, {@code birthDate}, {@code sex}, {@code nationality} (and {@code honseki}).
   */
  public record Arrival(
      String residentCode,
      String municipality,
      LocalDate arrivedOn,
      String address,
      String household,
      PersonName name,
      LocalDate birthDate,
      Sex sex,
      Nationality nationality,
      Honseki honseki) {}

  /** 死亡届. */
  public record Death(String residentCode, LocalDate diedOn) {}

  /** 氏名の変更. */
  public record NameChange(String residentCode, PersonName name, LocalDate changedOn) {}

  /** 記載事項の修正 of 性別 and/or 生年月日. */
  public record Correction(String residentCode, Sex sex, LocalDate birthDate) {}

  /** 個人番号の変更請求 with its reason (令 第3条, MN-05). */
  public record MyNumberChange(String residentCode, String reason) {}

  /** 住民票コードの変更請求 (MN-06). */
  public record ResidentCodeChange(String residentCode) {}

  /**
   * The 機構 issued a card: {@code applicationReceivedOn} decides the 20/18 threshold (CV-02), the
   * rule book computes the expiry.
   */
  public record CardIssue(
      String residentCode, LocalDate applicationReceivedOn, LocalDate issuedOn) {}

  /** 継続利用: the card presented after a 転入届 filed without it (MV-04). */
  public record ContinuedUse(String residentCode, LocalDate on) {}

  /** 返納: the holder hands the card back at the counter, at any time (LV-04, 令 第15条第4項). */
  public record CardReturn(String residentCode, LocalDate on) {}
}
