package dev.mynalab.ca.profile;

import dev.mynalab.kit.person.Sex;
import java.time.LocalDate;
import java.util.Objects;

/**
 * 基本4情報 as the signing certificate carries them (card-interface.md §5, SAN otherNames
 * 1.2.392.200149.8.5.5.1–.6). Substitute positions are one digit per character of the name or
 * address: 0 normal, 1 replaced by a substitute character; when none is given, all zeros.
 *
 * @param name 氏名, surname and given name separated by U+3000
 * @param nameSubstitutes 氏名代替文字の使用位置
 * @param sex 性別
 * @param dateOfBirth 生年月日 (Gregorian)
 * @param address 住所 from the prefecture, no postcode, at most 200 characters; for a 国外転出者 the
 *     statement that the holder left Japan (OS-02)
 * @param addressSubstitutes 住所代替文字の使用位置
 */
public record BasicFour(
    String name,
    String nameSubstitutes,
    Sex sex,
    LocalDate dateOfBirth,
    String address,
    String addressSubstitutes) {

  public BasicFour {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(sex, "sex");
    Objects.requireNonNull(dateOfBirth, "dateOfBirth");
    Objects.requireNonNull(address, "address");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
    if (address.isBlank() || address.codePointCount(0, address.length()) > 200) {
      throw new IllegalArgumentException("address must be 1..200 characters");
    }
    nameSubstitutes = positions("nameSubstitutes", nameSubstitutes, name);
    addressSubstitutes = positions("addressSubstitutes", addressSubstitutes, address);
  }

  /** The four facts with no substitute characters. */
  public static BasicFour of(String name, Sex sex, LocalDate dateOfBirth, String address) {
    return new BasicFour(name, null, sex, dateOfBirth, address, null);
  }

  private static String positions(String field, String given, String text) {
    int length = text.codePointCount(0, text.length());
    if (given == null) {
      return "0".repeat(length);
    }
    if (given.length() != length || !given.matches("[01]*")) {
      throw new IllegalArgumentException(
          field + " must be one digit 0/1 per character (" + length + "), got '" + given + "'");
    }
    return given;
  }
}
