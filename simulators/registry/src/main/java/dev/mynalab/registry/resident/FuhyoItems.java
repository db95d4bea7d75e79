package dev.mynalab.registry.resident;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The items a 戸籍の附票 records (OS-05): 氏名, 住所 and 住所を定めた日 always; 生年月日 and 性別 were added on
 * 2022-01-11 and the 住民票コード from 2024-05-27. A 附票 that became a 除票 (the person left the 戸籍, for
 * example by death) before those dates never received the later items, so its copy lacks them.
 */
public final class FuhyoItems {

  public static final String NAME = "氏名";
  public static final String ADDRESS = "住所";
  public static final String ADDRESS_FIXED_ON = "住所を定めた日";
  public static final String BIRTH_DATE = "生年月日";
  public static final String SEX = "性別";
  public static final String RESIDENT_CODE = "住民票コード";

  /** The day 生年月日 and 性別 were added to the 附票 (OS-05). */
  public static final LocalDate BIRTH_DATE_AND_SEX_FROM = LocalDate.of(2022, 1, 11);

  /** The day the 住民票コード was added to the 附票 (OS-05, with OS-01's 国外継続利用). */
  public static final LocalDate RESIDENT_CODE_FROM = LocalDate.of(2024, 5, 27);

  private FuhyoItems() {}

  /**
   * The items of a 附票 removed on {@code removedOn} (null: still current, so every item in force
   * today), as of {@code today}.
   */
  public static List<String> recorded(LocalDate removedOn, LocalDate today) {
    LocalDate until = removedOn != null ? removedOn : today;
    List<String> items = new ArrayList<>(List.of(NAME, ADDRESS, ADDRESS_FIXED_ON));
    if (!until.isBefore(BIRTH_DATE_AND_SEX_FROM)) {
      items.add(BIRTH_DATE);
      items.add(SEX);
    }
    if (!until.isBefore(RESIDENT_CODE_FROM)) {
      items.add(RESIDENT_CODE);
    }
    return List.copyOf(items);
  }
}
