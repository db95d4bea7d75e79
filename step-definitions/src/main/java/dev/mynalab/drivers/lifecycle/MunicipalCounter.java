package dev.mynalab.drivers.lifecycle;

import dev.mynalab.card.personalisation.SecretRef;
import dev.mynalab.card.transport.InProcessTransport;
import dev.mynalab.drivers.card.CardDriver;
import dev.mynalab.kit.person.Sex;
import dev.mynalab.registry.api.Requests;
import dev.mynalab.registry.municipality.Municipality;
import dev.mynalab.registry.resident.Honseki;
import dev.mynalab.registry.resident.Nationality;
import dev.mynalab.registry.resident.PersonName;
import dev.mynalab.registry.resident.Resident;
import java.time.LocalDate;

/**
 * 市区町村窓口 in the lifecycle: the 届出 that change the person (転居, 転出, 転入, 国外転出, 死亡, 氏名の変更), the 追記 on
 * the card with the holder's 住基 PIN, and the reset of a locked PIN. Files against the reference
 * world's registry, whose notifications reach the CA; the registry-only rules (deadlines, refusals,
 * stores) are demonstrated by {@code drivers.registry.MunicipalOffice}.
 */
public final class MunicipalCounter {

  private final LifecycleWorld world;

  public MunicipalCounter(LifecycleWorld world) {
    this.world = world;
  }

  private Municipality municipality(String name) {
    return world.reference().registry().municipalities().all().stream()
        .filter(m -> m.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no municipality named " + name));
  }

  /** A Japanese national living in {@code municipality} (recorded as a 出生届). */
  public void registerJapanese(String name, LocalDate birthDate, String municipality, Sex sex) {
    Municipality m = municipality(municipality);
    Resident r =
        world
            .reference()
            .registry()
            .birth(
                new Requests.Birth(
                    m.code(),
                    PersonName.of(name),
                    birthDate,
                    sex,
                    Nationality.JAPANESE,
                    new Honseki(m.code(), m.name() + "1番地"),
                    m.prefecture() + m.name() + "1-1",
                    null));
    world.remember(name, r);
  }

  /** A foreign national with a fixed 在留期間 who arrived today (国外からの転入届). */
  public void registerForeigner(
      String name, LocalDate birthDate, LocalDate stayUntil, String municipality) {
    Municipality m = municipality(municipality);
    Resident r =
        world
            .reference()
            .registry()
            .arriveFromAbroad(
                new Requests.Arrival(
                    null,
                    m.code(),
                    world.today(),
                    m.prefecture() + m.name() + "2-2",
                    null,
                    PersonName.of(name),
                    birthDate,
                    Sex.MALE,
                    new Nationality("VN", stayUntil),
                    null));
    world.remember(name, r);
  }

  /** 転居届 today to {@code address} in the same municipality. */
  public void moveWithin(String name, String address) {
    world.attempt(
        () ->
            world
                .reference()
                .registry()
                .moveWithin(
                    new Requests.MoveWithin(world.code(name), world.today(), address, null)));
  }

  /** 氏名の変更 today. */
  public void changeName(String name, String newName) {
    world.attempt(
        () ->
            world
                .reference()
                .registry()
                .changeName(
                    new Requests.NameChange(
                        world.code(name), PersonName.of(newName), world.today())));
  }

  /** 記載事項の修正 of 性別. */
  public void correctSex(String name) {
    Resident r = world.resident(name);
    Sex other = r.sex() == Sex.MALE ? Sex.FEMALE : Sex.MALE;
    world.attempt(
        () ->
            world
                .reference()
                .registry()
                .correct(new Requests.Correction(r.residentCode(), other, null)));
  }

  /** 転出届 today, moving on {@code plannedOn} to {@code destination}. */
  public void moveOut(String name, LocalDate plannedOn, String destination) {
    String code = municipality(destination).code();
    world.attempt(
        () ->
            world
                .reference()
                .registry()
                .moveOut(new Requests.MoveOut(world.code(name), plannedOn, code)));
  }

  /** 転入届 today at the destination, having moved in on {@code movedInOn}. */
  public void moveIn(String name, LocalDate movedInOn, String municipality, boolean card) {
    Municipality m = municipality(municipality);
    world.attempt(
        () ->
            world
                .reference()
                .registry()
                .moveIn(
                    new Requests.MoveIn(
                        world.code(name),
                        m.code(),
                        movedInOn,
                        m.prefecture() + m.name() + "3-3",
                        null,
                        card)));
  }

  /** 継続利用 today with the card (MV-04). */
  public void continuedUse(String name) {
    world.attempt(
        () ->
            world
                .reference()
                .registry()
                .continuedUse(new Requests.ContinuedUse(world.code(name), world.today())));
  }

  /** 国外転出届 today; the 国外継続利用 procedure done today when {@code continuedUse}. */
  public void emigrate(String name, LocalDate departureOn, boolean continuedUse) {
    world.attempt(
        () ->
            world
                .reference()
                .registry()
                .emigrate(
                    new Requests.Emigration(
                        world.code(name),
                        departureOn,
                        "US",
                        null,
                        continuedUse ? world.today() : null)));
  }

  /** 死亡届 today of a death today. */
  public void death(String name) {
    world.attempt(
        () ->
            world
                .reference()
                .registry()
                .death(new Requests.Death(world.code(name), world.today())));
  }

  /** 死亡届 filed today of a death on {@code diedOn} (a 届出 recorded late: the revocation is dated). */
  public void deathOn(String name, LocalDate diedOn) {
    world.attempt(
        () -> world.reference().registry().death(new Requests.Death(world.code(name), diedOn)));
  }

  /** 返納 (LV-04): the holder hands the card back at the counter today. */
  public void returnCard(String name) {
    world.attempt(
        () ->
            world
                .reference()
                .registry()
                .returnCard(new Requests.CardReturn(world.code(name), world.today())));
  }

  /**
   * Someone asks {@code municipality}'s counter today for the 除票の写し of {@code name}'s 住民票 there
   * (RT-01): the answer is the copy or a 廃棄証明, remembered for the Then-steps.
   */
  public void requestRemovedRecordCopy(String name, String municipality) {
    String code = municipality(municipality).code();
    world
        .attempt(
            () -> world.reference().registry().removedRecordCertificate(world.code(name), code))
        .ifPresent(world::answered);
  }

  /** Someone asks the 本籍地 today for the 戸籍の附票の除票の写し of {@code name} (RT-01). */
  public void requestFuhyoRemovedCopy(String name) {
    world
        .attempt(() -> world.reference().registry().fuhyoRemovedCertificate(world.code(name)))
        .ifPresent(world::answered);
  }

  /** The code of the municipality called {@code name} (the 本籍地 counter of OS-02). */
  public String codeOf(String name) {
    return municipality(name).code();
  }

  /** 個人番号の変更 (MN-05): the card lapses (LV-06). */
  public void changeMyNumber(String name) {
    world.attempt(
        () ->
            world
                .reference()
                .registry()
                .changeMyNumber(new Requests.MyNumberChange(world.code(name), "漏えいのおそれ")));
  }

  /**
   * 追記: the clerk writes the registry's new address into the card; the holder enters the 住基 PIN
   * ({@code correctPin}) or a wrong one.
   */
  public void writeAddressOnCard(String name, boolean correctPin) {
    String pin = correctPin ? CardDriver.PINS.jukiPin() : "0000";
    world.attempt(() -> world.reference().authority().writeNewAddress(world.code(name), pin));
  }

  /** 暗証番号の再設定 at the counter (PN-02): the issuer channel sets a new value, full counter. */
  public void resetPin(String name, SecretRef which, String value) {
    var card = world.card(name);
    card.card().reset();
    world.reference().cardIssuer().open(new InProcessTransport(card.card())).resetPin(which, value);
  }
}
