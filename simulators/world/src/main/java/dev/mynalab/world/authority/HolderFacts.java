package dev.mynalab.world.authority;

import dev.mynalab.ca.issuance.Holder;
import dev.mynalab.ca.profile.BasicFour;
import dev.mynalab.card.personalisation.HolderData;
import dev.mynalab.kit.person.Sex;
import dev.mynalab.registry.resident.Resident;
import dev.mynalab.world.CrlPartitions;
import java.time.LocalDate;

/**
 * Maps the resident record onto what the CA and the card need. The three simulators spell the same
 * facts differently (a duplication listed for the lead): 性別 is an enum in the registry, another
 * enum in the CA (1/2/3) and an ISO 5218 int on the card (1/2/9); the municipality is 6 digits in
 * the registry and 5 in the CA and on the card (see {@link CrlPartitions}).
 */
public final class HolderFacts {

  private HolderFacts() {}

  /**
   * The CA's holder: personId as reference (stable across a 住民票コード change, MN-06), DOB, the CRL
   * partition of the 住所地, the 在留期間 (CV-04) and the 基本4情報 (EC-01).
   */
  public static Holder holder(Resident r) {
    return new Holder(
        r.personId(),
        r.birthDate(),
        CrlPartitions.partitionOf(r.municipality()),
        r.nationality() == null ? null : r.nationality().stayUntil(),
        basicFour(r));
  }

  /**
   * The CA's holder for a 国外転出者's new signing certificate (OS-02), issued against the 戸籍の附票: the
   * address is replaced by {@code statement}, and the CRL partition is the 本籍地 municipality that
   * manages the 附票 (附票管理市町村).
   */
  static Holder overseasHolder(Resident r, String statement) {
    return new Holder(
        r.personId(),
        r.birthDate(),
        CrlPartitions.partitionOf(r.honseki().municipality()),
        null,
        BasicFour.of(r.name().text(), sex(r), r.birthDate(), statement));
  }

  static BasicFour basicFour(Resident r) {
    return BasicFour.of(r.name().text(), sex(r), r.birthDate(), r.address());
  }

  /** The card's 券面事項 with the expiry the rule book gave (CV-01..04). */
  static HolderData cardData(Resident r, LocalDate cardExpiry, String securityCode) {
    return new HolderData(
        r.name().text(),
        r.address(),
        r.birthDate(),
        sex(r).cardCode(),
        r.myNumber(),
        CrlPartitions.partitionOf(r.municipality()),
        cardExpiry,
        securityCode);
  }

  /**
   * The 券面事項 of a card issued to a 国外転出者 (OS-03): the address is replaced by {@code statement} as
   * in the certificates, and the municipality is the 本籍地 that manages the 附票. What the real card
   * prints in the address field was not verified (domain-rules.md §16 item 5).
   */
  static HolderData overseasCardData(
      Resident r, String statement, LocalDate cardExpiry, String securityCode) {
    return new HolderData(
        r.name().text(),
        statement,
        r.birthDate(),
        sex(r).cardCode(),
        r.myNumber(),
        CrlPartitions.partitionOf(r.honseki().municipality()),
        cardExpiry,
        securityCode);
  }

  /** The register always records one (EC-01); a person without a record is UNKNOWN. */
  private static Sex sex(Resident r) {
    return r.sex() == null ? Sex.UNKNOWN : r.sex();
  }
}
