package dev.mynalab.registry.event;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.mynalab.kit.person.Sex;
import dev.mynalab.registry.resident.Honseki;
import dev.mynalab.registry.resident.Nationality;
import dev.mynalab.registry.resident.PersonName;
import java.time.LocalDate;

/**
 * One immutable fact recorded in the 住民基本台帳 (event sourcing: a person's current state is the fold
 * of these, {@link ResidentProjection}). Each carries the person it is about, the legal date it
 * takes effect ({@link #effectiveOn()}) and the day the clerk recorded it ({@code filedOn}, the
 * world clock's date). Events are stored as JSON with their {@code type} name.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = RegistryEvent.Born.class, name = "Born"),
  @JsonSubTypes.Type(value = RegistryEvent.MovedOut.class, name = "MovedOut"),
  @JsonSubTypes.Type(value = RegistryEvent.MovedIn.class, name = "MovedIn"),
  @JsonSubTypes.Type(value = RegistryEvent.MovedWithin.class, name = "MovedWithin"),
  @JsonSubTypes.Type(value = RegistryEvent.Emigrated.class, name = "Emigrated"),
  @JsonSubTypes.Type(value = RegistryEvent.ArrivedFromAbroad.class, name = "ArrivedFromAbroad"),
  @JsonSubTypes.Type(value = RegistryEvent.Died.class, name = "Died"),
  @JsonSubTypes.Type(value = RegistryEvent.ResidentCodeChanged.class, name = "ResidentCodeChanged"),
  @JsonSubTypes.Type(value = RegistryEvent.MyNumberChanged.class, name = "MyNumberChanged"),
  @JsonSubTypes.Type(value = RegistryEvent.NameChanged.class, name = "NameChanged"),
  @JsonSubTypes.Type(
      value = RegistryEvent.ParticularsCorrected.class,
      name = "ParticularsCorrected"),
  @JsonSubTypes.Type(value = RegistryEvent.CardIssued.class, name = "CardIssued"),
  @JsonSubTypes.Type(value = RegistryEvent.CardContinuedUse.class, name = "CardContinuedUse"),
  @JsonSubTypes.Type(value = RegistryEvent.CardLapsed.class, name = "CardLapsed")
})
public sealed interface RegistryEvent {

  String personId();

  /** The day the clerk recorded it (world clock). */
  LocalDate filedOn();

  /** The legal date of the fact; a person's events may not go back in effective date. */
  @JsonIgnore
  LocalDate effectiveOn();

  /** The Japanese name of the 届出 or fact, for the journal and reports. */
  @JsonIgnore
  String label();

  /** 出生 (出生届): a new person, a new 住民票コード and My Number (MN-03). */
  record Born(
      String personId,
      String residentCode,
      String myNumber,
      PersonName name,
      LocalDate birthDate,
      Sex sex,
      Nationality nationality,
      Honseki honseki,
      String municipality,
      String address,
      String household,
      LocalDate filedOn)
      implements RegistryEvent {
    public LocalDate effectiveOn() {
      return birthDate;
    }

    public String label() {
      return "出生";
    }
  }

  /** 転出 (転出届); {@code special} = 特例転出 with a valid card (MV-02). */
  record MovedOut(
      String personId, LocalDate plannedOn, String destination, boolean special, LocalDate filedOn)
      implements RegistryEvent {
    public LocalDate effectiveOn() {
      return plannedOn.isBefore(filedOn) ? plannedOn : filedOn;
    }

    public String label() {
      return special ? "特例転出" : "転出";
    }
  }

  /** 転入 (転入届) answering a 転出; {@code cardPresented} = the card was shown (MV-03/04). */
  record MovedIn(
      String personId,
      LocalDate movedInOn,
      String municipality,
      String address,
      String household,
      boolean cardPresented,
      LocalDate filedOn)
      implements RegistryEvent {
    public LocalDate effectiveOn() {
      return movedInOn;
    }

    public String label() {
      return "転入";
    }
  }

  /** 転居 (転居届): a new address in the same municipality (MV-01). */
  record MovedWithin(
      String personId, LocalDate movedOn, String address, String household, LocalDate filedOn)
      implements RegistryEvent {
    public LocalDate effectiveOn() {
      return movedOn;
    }

    public String label() {
      return "転居";
    }
  }

  /**
   * 国外転出 (国外転出届): the 住民票 becomes a 除票 on the departure date; a Japanese national stays on the
   * 戸籍の附票 (OS-01); {@code continuedUseProcedureOn} is the day the 国外継続利用 procedure was done, or
   * null.
   */
  record Emigrated(
      String personId,
      LocalDate departureOn,
      String country,
      String overseasAddress,
      LocalDate continuedUseProcedureOn,
      LocalDate filedOn)
      implements RegistryEvent {
    public LocalDate effectiveOn() {
      return departureOn;
    }

    public String label() {
      return "国外転出";
    }
  }

  /**
   * 国外からの転入: a returning person (who keeps the My Number, LV-03) or a newcomer (new codes). The
   * person's facts are copied into the event so that it stands on its own.
   */
  record ArrivedFromAbroad(
      String personId,
      String residentCode,
      String myNumber,
      PersonName name,
      LocalDate birthDate,
      Sex sex,
      Nationality nationality,
      Honseki honseki,
      LocalDate arrivedOn,
      String municipality,
      String address,
      String household,
      boolean returning,
      LocalDate filedOn)
      implements RegistryEvent {
    public LocalDate effectiveOn() {
      return arrivedOn;
    }

    public String label() {
      return "国外からの転入";
    }
  }

  /** 死亡 (死亡届): the 住民票 and the 附票 become 除票 (RT-01); the card lapses (LV-02). */
  record Died(String personId, LocalDate diedOn, LocalDate filedOn) implements RegistryEvent {
    public LocalDate effectiveOn() {
      return diedOn;
    }

    public String label() {
      return "死亡";
    }
  }

  /** 住民票コードの変更 (MN-06): the My Number stays; the card lapses. */
  record ResidentCodeChanged(
      String personId, String previousCode, String newCode, LocalDate filedOn)
      implements RegistryEvent {
    public LocalDate effectiveOn() {
      return filedOn;
    }

    public String label() {
      return "住民票コード変更";
    }
  }

  /** 個人番号の変更 (MN-05): the old number stays in the uniqueness set; the card lapses. */
  record MyNumberChanged(
      String personId, String previousNumber, String newNumber, String reason, LocalDate filedOn)
      implements RegistryEvent {
    public LocalDate effectiveOn() {
      return filedOn;
    }

    public String label() {
      return "個人番号変更";
    }
  }

  /** 氏名の変更 (e.g. 婚姻): revokes the signing certificate (EC-04). */
  record NameChanged(String personId, PersonName name, LocalDate changedOn, LocalDate filedOn)
      implements RegistryEvent {
    public LocalDate effectiveOn() {
      return changedOn;
    }

    public String label() {
      return "氏名変更";
    }
  }

  /** 記載事項の修正 of 性別 or 生年月日 (null = unchanged): revokes the signing certificate (EC-04). */
  record ParticularsCorrected(String personId, Sex sex, LocalDate birthDate, LocalDate filedOn)
      implements RegistryEvent {
    public LocalDate effectiveOn() {
      return filedOn;
    }

    public String label() {
      return "記載事項修正";
    }
  }

  /** The 機構 issued a card to the person (recorded so that the register can apply LV/MV rules). */
  record CardIssued(String personId, LocalDate issuedOn, LocalDate expiresOn, LocalDate filedOn)
      implements RegistryEvent {
    public LocalDate effectiveOn() {
      return issuedOn;
    }

    public String label() {
      return "カード交付";
    }
  }

  /** 継続利用: the card was presented after a 転入届 filed without it (MV-04). */
  record CardContinuedUse(String personId, LocalDate on, LocalDate filedOn)
      implements RegistryEvent {
    public LocalDate effectiveOn() {
      return on;
    }

    public String label() {
      return "継続利用";
    }
  }

  /**
   * The card lapsed (失効), as a consequence the register derives: {@code rule} is the rule ID (LV-02
   * death, LV-03 abroad, LV-06 number change, MV-03/MV-04 deadlines, LV-01 expiry).
   */
  record CardLapsed(String personId, LocalDate on, String rule, String cause, LocalDate filedOn)
      implements RegistryEvent {
    public LocalDate effectiveOn() {
      return on;
    }

    public String label() {
      return "カード失効";
    }
  }
}
