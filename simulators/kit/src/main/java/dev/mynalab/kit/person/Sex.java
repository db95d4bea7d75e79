package dev.mynalab.kit.person;

/**
 * 性別 — one vocabulary for every simulator, with each system's own encoding kept here in one place:
 *
 * <ul>
 *   <li>the 住民票 records 男 or 女 ({@link #inRegister()}; EC-01: one of the 基本4情報);
 *   <li>the signing certificate's subjectAltName (JPKI OID .5.5.3) says {@code 1} male, {@code 2}
 *       female, {@code 3} unknown ({@link #jpkiCode()});
 *   <li>the 券面事項入力補助AP holds the ISO/IEC 5218 code as the harness writes it: {@code 1}, {@code 2},
 *       {@code 9} not applicable ({@link #cardCode()}).
 * </ul>
 */
public enum Sex {
  MALE("1", 1, "男"),
  FEMALE("2", 2, "女"),
  UNKNOWN("3", 9, "不明");

  private final String jpkiCode;
  private final int cardCode;
  private final String japanese;

  Sex(String jpkiCode, int cardCode, String japanese) {
    this.jpkiCode = jpkiCode;
    this.cardCode = cardCode;
    this.japanese = japanese;
  }

  /** The signing certificate's code: 1 male, 2 female, 3 unknown. */
  public String jpkiCode() {
    return jpkiCode;
  }

  /** The card's ISO/IEC 5218 code: 1 male, 2 female, 9 not applicable. */
  public int cardCode() {
    return cardCode;
  }

  /** As printed on a 住民票の写し: 男, 女. */
  public String japanese() {
    return japanese;
  }

  /** True for what a 住民票 can record (男 or 女). */
  public boolean inRegister() {
    return this != UNKNOWN;
  }

  /** The sex of a card's ISO/IEC 5218 code; anything but 1 and 2 is {@link #UNKNOWN}. */
  public static Sex ofCardCode(int code) {
    return code == 1 ? MALE : code == 2 ? FEMALE : UNKNOWN;
  }
}
