package dev.mynalab.card.personalisation;

import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.util.Objects;

/**
 * What the issuer writes about the holder: the 基本4情報 (氏名, 住所, 生年月日, 性別), the 個人番号, and the card's
 * own facts (municipality, expiry, the 4-digit セキュリティコード printed on the face).
 *
 * @param name 氏名, surname and given name separated by U+3000
 * @param address 住所, from the prefecture, no postcode (at most 200 characters)
 * @param dateOfBirth 生年月日 (Gregorian)
 * @param sex 性別 code: 1 male, 2 female, 9 not applicable (ISO 5218, as the card's DF25)
 * @param myNumber 個人番号, 12 digits with a valid check digit (MN-01, MN-02)
 * @param municipalityCode 5-digit 全国地方公共団体コード of the issuing municipality
 * @param cardExpiry the card's last valid day (CV-01)
 * @param securityCode the 4-digit セキュリティコード (part of 照合番号B)
 * @param facePhoto whether the card face carries the holder's photo; false for the photo-less card
 *     of a child under 1 applied for from 2024-12-02 (CV-05): the 券面AP's DF27 is then empty
 */
public record HolderData(
    String name,
    String address,
    LocalDate dateOfBirth,
    int sex,
    String myNumber,
    String municipalityCode,
    LocalDate cardExpiry,
    String securityCode,
    boolean facePhoto) {

  /** Holder data of a card with a face photo (every card but CV-05's). */
  public HolderData(
      String name,
      String address,
      LocalDate dateOfBirth,
      int sex,
      String myNumber,
      String municipalityCode,
      LocalDate cardExpiry,
      String securityCode) {
    this(
        name,
        address,
        dateOfBirth,
        sex,
        myNumber,
        municipalityCode,
        cardExpiry,
        securityCode,
        true);
  }

  private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

  public HolderData {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(dateOfBirth, "dateOfBirth");
    Objects.requireNonNull(myNumber, "myNumber");
    Objects.requireNonNull(municipalityCode, "municipalityCode");
    Objects.requireNonNull(cardExpiry, "cardExpiry");
    Objects.requireNonNull(securityCode, "securityCode");
    if (name.isBlank() || name.length() > 100) {
      throw new IllegalArgumentException("name must be 1–100 characters");
    }
    if (address.isBlank() || address.length() > 200) {
      throw new IllegalArgumentException("address must be 1–200 characters");
    }
    if (sex != 1 && sex != 2 && sex != 9) {
      throw new IllegalArgumentException("sex must be 1, 2 or 9 (ISO 5218), got " + sex);
    }
    if (!MyNumbers.valid(myNumber)) {
      throw new IllegalArgumentException("myNumber is not a valid 個人番号 (12 digits, check digit)");
    }
    if (!municipalityCode.matches("[0-9]{5}")) {
      throw new IllegalArgumentException("municipalityCode must be 5 digits");
    }
    if (!securityCode.matches("[0-9]{4}")) {
      throw new IllegalArgumentException("securityCode must be 4 digits");
    }
  }

  /** A copy with a new address (転居・転入: the 追記 record). */
  public HolderData withAddress(String newAddress) {
    return new HolderData(
        name,
        newAddress,
        dateOfBirth,
        sex,
        myNumber,
        municipalityCode,
        cardExpiry,
        securityCode,
        facePhoto);
  }

  /** The same holder data for a card without a face photo (CV-05). */
  public HolderData withoutFacePhoto() {
    return new HolderData(
        name,
        address,
        dateOfBirth,
        sex,
        myNumber,
        municipalityCode,
        cardExpiry,
        securityCode,
        false);
  }

  /** 照合番号A: the 個人番号 itself (card-interface.md §3). */
  public String verificationNumberA() {
    return myNumber;
  }

  /**
   * 照合番号B: DOB as Japanese-era {@code YYMMDD} + expiry year {@code YYYY} + security code, e.g.
   * 1980-02-17 (昭和55), 2035, 2285 → {@code 55021720352285} (card-interface.md §3).
   */
  public String verificationNumberB() {
    return eraBirthDate() + cardExpiry.getYear() + securityCode;
  }

  /** 生年月日 in Japanese-era {@code YYMMDD} (the 券面AP's 生年月日 key). */
  public String eraBirthDate() {
    JapaneseDate jd = JapaneseDate.from(dateOfBirth);
    return String.format(
        "%02d%02d%02d",
        jd.get(ChronoField.YEAR_OF_ERA), dateOfBirth.getMonthValue(), dateOfBirth.getDayOfMonth());
  }

  public String birthYyyymmdd() {
    return dateOfBirth.format(YYYYMMDD);
  }

  public String expiryYyyymmdd() {
    return cardExpiry.format(YYYYMMDD);
  }

  @Override
  public String toString() {
    return "HolderData[" + name + ", born " + dateOfBirth + ", 個人番号 ****]";
  }
}
