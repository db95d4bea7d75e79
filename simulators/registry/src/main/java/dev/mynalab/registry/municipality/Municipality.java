package dev.mynalab.registry.municipality;

import java.util.Objects;

/**
 * A 市区町村 (or 特別区) that keeps a 住民基本台帳, with its 全国地方公共団体コード.
 *
 * @param code the 6-digit code including its check digit, e.g. {@code 131016} (千代田区)
 * @param prefecture the 都道府県, e.g. {@code 東京都}
 * @param name e.g. {@code 千代田区}
 * @param kind 特別区, 市 (政令指定都市 or other), 町 or 村
 */
public record Municipality(String code, String prefecture, String name, Kind kind) {

  /** What kind of local government keeps the register. */
  public enum Kind {
    SPECIAL_WARD,
    DESIGNATED_CITY,
    CITY,
    TOWN,
    VILLAGE
  }

  public Municipality {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(prefecture, "prefecture");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    if (!LocalGovernmentCode.isValid(code)) {
      throw new IllegalArgumentException(
          name + ": " + code + " is not a 全国地方公共団体コード with a correct check digit");
    }
  }

  /** The prefecture's 2-digit number, e.g. {@code 13} for 東京都. */
  public String prefectureNumber() {
    return code.substring(0, 2);
  }

  public String displayName() {
    return prefecture + name;
  }
}
