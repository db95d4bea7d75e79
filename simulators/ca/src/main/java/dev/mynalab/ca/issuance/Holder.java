package dev.mynalab.ca.issuance;

import dev.mynalab.ca.profile.BasicFour;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What the CA needs to know about a card holder: an opaque reference (the world joins it with the
 * card and the resident record), the date of birth (validity, EC-03), the municipality whose CRL
 * partition the certificates go to, a foreign resident's 在留期間満了日 (CV-04), and for a signing
 * certificate the 基本4情報.
 *
 * @param reference opaque, stable id of the holder, e.g. the card's serial or a person key
 * @param dateOfBirth 生年月日
 * @param municipalityCode 5-digit code of the 住所地 municipality (CRL partition)
 * @param stayUntil 在留期間満了日, or null for holders without a fixed stay
 * @param basicFour 基本4情報, required for a signing certificate, may be null otherwise
 */
public record Holder(
    String reference,
    LocalDate dateOfBirth,
    String municipalityCode,
    LocalDate stayUntil,
    BasicFour basicFour) {

  public Holder {
    if (reference == null || reference.isBlank()) {
      throw new IllegalArgumentException("holder reference must not be blank");
    }
    Objects.requireNonNull(dateOfBirth, "dateOfBirth");
    Objects.requireNonNull(municipalityCode, "municipalityCode");
    if (basicFour != null && !basicFour.dateOfBirth().equals(dateOfBirth)) {
      throw new IllegalArgumentException(
          "basicFour.dateOfBirth " + basicFour.dateOfBirth() + " differs from " + dateOfBirth);
    }
  }

  /** A holder with the 基本4情報 (enough for both certificates). */
  public static Holder of(String reference, String municipalityCode, BasicFour basicFour) {
    return new Holder(reference, basicFour.dateOfBirth(), municipalityCode, null, basicFour);
  }

  public Optional<LocalDate> stay() {
    return Optional.ofNullable(stayUntil);
  }

  /** The same holder after a change of the 基本4情報 or of the municipality (転居・転入). */
  public Holder with(String newMunicipalityCode, BasicFour newBasicFour) {
    return new Holder(
        reference,
        newBasicFour == null ? dateOfBirth : newBasicFour.dateOfBirth(),
        newMunicipalityCode,
        stayUntil,
        newBasicFour);
  }
}
