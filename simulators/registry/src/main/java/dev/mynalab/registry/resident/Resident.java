package dev.mynalab.registry.resident;

import dev.mynalab.kit.person.Sex;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A person's current state in the 住民基本台帳, derived from the person's events (never edited in place:
 * each event yields a new value). Immutable.
 *
 * @param personId the registry's internal key: the first 住民票コード the person was given; stable when
 *     the 住民票コード changes (MN-06)
 * @param residentCode the current 住民票コード (11 digits, opaque, MN-04)
 * @param myNumber the current 個人番号 (12 digits)
 * @param formerMyNumbers numbers replaced under MN-05 (never reissued)
 * @param formerResidentCodes codes replaced under MN-06
 * @param name 氏名
 * @param birthDate 生年月日
 * @param sex 性別
 * @param nationality 国籍 and 在留期間
 * @param honseki 本籍 of a Japanese national, else null
 * @param status where the person stands
 * @param municipality current (or, once removed, last) municipality code
 * @param address current (or last) address
 * @param household 世帯 identifier
 * @param pendingMove the 転出届 awaiting a 転入届, or null
 * @param continuedUseDue last day of 継続利用 after a 転入届 without the card (MV-04), or null
 * @param card the card as far as the register knows, or null when none was issued
 * @param records every stay in a municipality's register; closed ones are 除票
 * @param fuhyo the 戸籍の附票 address history (Japanese nationals only)
 * @param fuhyoRemovedOn the day the 附票 itself became a 除票 (death), or null
 * @param lastEffectiveOn the latest effective date of any event so far (events may not go back)
 * @param version the number of events applied
 */
public record Resident(
    String personId,
    String residentCode,
    String myNumber,
    List<String> formerMyNumbers,
    List<String> formerResidentCodes,
    PersonName name,
    LocalDate birthDate,
    Sex sex,
    Nationality nationality,
    Honseki honseki,
    ResidentStatus status,
    String municipality,
    String address,
    String household,
    PendingMove pendingMove,
    LocalDate continuedUseDue,
    CardState card,
    List<RecordPeriod> records,
    List<FuhyoEntry> fuhyo,
    LocalDate fuhyoRemovedOn,
    LocalDate lastEffectiveOn,
    long version) {

  public Resident {
    Objects.requireNonNull(personId, "personId");
    formerMyNumbers = List.copyOf(formerMyNumbers);
    formerResidentCodes = List.copyOf(formerResidentCodes);
    records = List.copyOf(records);
    fuhyo = List.copyOf(fuhyo);
  }

  /** True while the person holds a card that is valid on {@code date}. */
  public boolean holdsValidCard(LocalDate date) {
    return card != null && card.validOn(date);
  }

  /** True while the person is recorded in a municipality's register (including mid-move). */
  public boolean registered() {
    return status == ResidentStatus.RESIDENT || status == ResidentStatus.MOVING_OUT;
  }

  /** The 除票: closed record periods. */
  public List<RecordPeriod> removedRecords() {
    return records.stream().filter(RecordPeriod::removed).toList();
  }

  /** A builder seeded with this state, for the projection. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Mutable copy used only while one event is applied. */
  public static final class Builder {
    public String personId;
    public String residentCode;
    public String myNumber;
    public List<String> formerMyNumbers = new ArrayList<>();
    public List<String> formerResidentCodes = new ArrayList<>();
    public PersonName name;
    public LocalDate birthDate;
    public Sex sex;
    public Nationality nationality;
    public Honseki honseki;
    public ResidentStatus status;
    public String municipality;
    public String address;
    public String household;
    public PendingMove pendingMove;
    public LocalDate continuedUseDue;
    public CardState card;
    public List<RecordPeriod> records = new ArrayList<>();
    public List<FuhyoEntry> fuhyo = new ArrayList<>();
    public LocalDate fuhyoRemovedOn;
    public LocalDate lastEffectiveOn;
    public long version;

    public Builder() {}

    Builder(Resident r) {
      personId = r.personId;
      residentCode = r.residentCode;
      myNumber = r.myNumber;
      formerMyNumbers = new ArrayList<>(r.formerMyNumbers);
      formerResidentCodes = new ArrayList<>(r.formerResidentCodes);
      name = r.name;
      birthDate = r.birthDate;
      sex = r.sex;
      nationality = r.nationality;
      honseki = r.honseki;
      status = r.status;
      municipality = r.municipality;
      address = r.address;
      household = r.household;
      pendingMove = r.pendingMove;
      continuedUseDue = r.continuedUseDue;
      card = r.card;
      records = new ArrayList<>(r.records);
      fuhyo = new ArrayList<>(r.fuhyo);
      fuhyoRemovedOn = r.fuhyoRemovedOn;
      lastEffectiveOn = r.lastEffectiveOn;
      version = r.version;
    }

    /** Closes the current record period (the municipality's record becomes a 除票). */
    public void closeCurrentRecord(LocalDate on, String why) {
      int last = records.size() - 1;
      if (last >= 0 && !records.get(last).removed()) {
        records.set(last, records.get(last).closed(on, why));
      }
    }

    /** Opens a record period in {@code code} at {@code addr}. */
    public void openRecord(String code, String addr, LocalDate on) {
      municipality = code;
      address = addr;
      records.add(new RecordPeriod(code, addr, on, null, null));
    }

    /** Changes the address inside the current record period (転居). */
    public void moveWithin(String addr) {
      address = addr;
      int last = records.size() - 1;
      records.set(last, records.get(last).withAddress(addr));
    }

    /** Adds an address to the 戸籍の附票, for Japanese nationals. */
    public void addToFuhyo(String addr, String code, LocalDate from) {
      if (honseki != null) {
        fuhyo.add(new FuhyoEntry(addr, code, from));
      }
    }

    public Resident build() {
      return new Resident(
          personId,
          residentCode,
          myNumber,
          formerMyNumbers,
          formerResidentCodes,
          name,
          birthDate,
          sex,
          nationality,
          honseki,
          status,
          municipality,
          address,
          household,
          pendingMove,
          continuedUseDue,
          card,
          records,
          fuhyo,
          fuhyoRemovedOn,
          lastEffectiveOn,
          version);
    }
  }
}
