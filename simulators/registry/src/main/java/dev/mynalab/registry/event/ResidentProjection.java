package dev.mynalab.registry.event;

import dev.mynalab.kit.person.Sex;
import dev.mynalab.registry.event.RegistryEvent.ArrivedFromAbroad;
import dev.mynalab.registry.event.RegistryEvent.Born;
import dev.mynalab.registry.event.RegistryEvent.CardContinuedUse;
import dev.mynalab.registry.event.RegistryEvent.CardIssued;
import dev.mynalab.registry.event.RegistryEvent.CardLapsed;
import dev.mynalab.registry.event.RegistryEvent.Died;
import dev.mynalab.registry.event.RegistryEvent.Emigrated;
import dev.mynalab.registry.event.RegistryEvent.MovedIn;
import dev.mynalab.registry.event.RegistryEvent.MovedOut;
import dev.mynalab.registry.event.RegistryEvent.MovedWithin;
import dev.mynalab.registry.event.RegistryEvent.MyNumberChanged;
import dev.mynalab.registry.event.RegistryEvent.NameChanged;
import dev.mynalab.registry.event.RegistryEvent.ParticularsCorrected;
import dev.mynalab.registry.event.RegistryEvent.ResidentCodeChanged;
import dev.mynalab.registry.resident.CardState;
import dev.mynalab.registry.resident.Honseki;
import dev.mynalab.registry.resident.Nationality;
import dev.mynalab.registry.resident.PendingMove;
import dev.mynalab.registry.resident.PersonName;
import dev.mynalab.registry.resident.Resident;
import dev.mynalab.registry.resident.ResidentStatus;
import java.time.LocalDate;
import java.util.List;

/**
 * Derives a person's state from events: {@code state = fold(apply, null, events)}. Pure: no
 * validation (the registry validates before recording), no I/O; replaying the stored events of a
 * person always yields the stored state.
 */
public final class ResidentProjection {

  private ResidentProjection() {}

  /** The state after all of {@code events}, starting from nothing. */
  public static Resident replay(List<RegistryEvent> events) {
    Resident state = null;
    for (RegistryEvent e : events) {
      state = apply(state, e);
    }
    return state;
  }

  /** The state after {@code event}; {@code before} is null only for a person's first event. */
  public static Resident apply(Resident before, RegistryEvent event) {
    Resident.Builder b = before == null ? new Resident.Builder() : before.toBuilder();
    if (event instanceof Born e) {
      identify(
          b,
          e.personId(),
          e.residentCode(),
          e.myNumber(),
          e.name(),
          e.birthDate(),
          e.sex(),
          e.nationality(),
          e.honseki(),
          e.household());
      b.openRecord(e.municipality(), e.address(), e.birthDate());
      b.addToFuhyo(e.address(), e.municipality(), e.birthDate());
    } else if (event instanceof ArrivedFromAbroad e) {
      identify(
          b,
          e.personId(),
          e.residentCode(),
          e.myNumber(),
          e.name(),
          e.birthDate(),
          e.sex(),
          e.nationality(),
          e.honseki(),
          e.household());
      b.pendingMove = null;
      if (b.card != null) {
        b.card = b.card.backHome();
      }
      b.openRecord(e.municipality(), e.address(), e.arrivedOn());
      b.addToFuhyo(e.address(), e.municipality(), e.arrivedOn());
    } else if (event instanceof MovedOut e) {
      b.status = ResidentStatus.MOVING_OUT;
      b.pendingMove = new PendingMove(e.filedOn(), e.plannedOn(), e.destination(), e.special());
      b.continuedUseDue = null;
    } else if (event instanceof MovedIn e) {
      b.closeCurrentRecord(e.movedInOn(), "転出");
      b.status = ResidentStatus.RESIDENT;
      b.pendingMove = null;
      b.household = e.household();
      b.openRecord(e.municipality(), e.address(), e.movedInOn());
      b.addToFuhyo(e.address(), e.municipality(), e.movedInOn());
      boolean cardStillValid = b.card != null && b.card.validOn(e.filedOn());
      b.continuedUseDue =
          cardStillValid && !e.cardPresented()
              ? e.filedOn().plusDays(dev.mynalab.rulebook.RuleBook.CONTINUED_USE_DAYS)
              : null;
    } else if (event instanceof MovedWithin e) {
      b.household = e.household();
      b.moveWithin(e.address());
      b.addToFuhyo(e.address(), b.municipality, e.movedOn());
    } else if (event instanceof Emigrated e) {
      b.closeCurrentRecord(e.departureOn(), "国外転出");
      b.status = ResidentStatus.ABROAD;
      b.pendingMove = null;
      b.continuedUseDue = null;
      b.addToFuhyo("国外転出者 (" + e.country() + ")", null, e.departureOn());
      if (b.card != null && !b.card.lapsed()) {
        b.card = b.card.goneAbroad();
      }
    } else if (event instanceof Died e) {
      b.closeCurrentRecord(e.diedOn(), "死亡");
      b.status = ResidentStatus.DECEASED;
      b.pendingMove = null;
      b.continuedUseDue = null;
      if (b.honseki != null) {
        b.fuhyoRemovedOn = e.diedOn();
      }
    } else if (event instanceof ResidentCodeChanged e) {
      b.formerResidentCodes.add(e.previousCode());
      b.residentCode = e.newCode();
    } else if (event instanceof MyNumberChanged e) {
      b.formerMyNumbers.add(e.previousNumber());
      b.myNumber = e.newNumber();
    } else if (event instanceof NameChanged e) {
      b.name = e.name();
    } else if (event instanceof ParticularsCorrected e) {
      if (e.sex() != null) {
        b.sex = e.sex();
      }
      if (e.birthDate() != null) {
        b.birthDate = e.birthDate();
      }
    } else if (event instanceof CardIssued e) {
      // a card issued to a 国外転出者 (OS-03) is in use abroad from the start
      b.card =
          new CardState(e.issuedOn(), e.expiresOn(), null, null, b.status == ResidentStatus.ABROAD);
      b.continuedUseDue = null;
    } else if (event instanceof CardContinuedUse e) {
      b.continuedUseDue = null;
    } else if (event instanceof CardLapsed e) {
      b.card = b.card.lapse(e.on(), e.rule());
      b.continuedUseDue = null;
    }
    LocalDate effective = event.effectiveOn();
    if (b.lastEffectiveOn == null || effective.isAfter(b.lastEffectiveOn)) {
      b.lastEffectiveOn = effective;
    }
    b.version++;
    return b.build();
  }

  /** The identity a 出生 or a 国外からの転入 writes onto a (new or returning) resident record. */
  private static void identify(
      Resident.Builder b,
      String personId,
      String residentCode,
      String myNumber,
      PersonName name,
      LocalDate birthDate,
      Sex sex,
      Nationality nationality,
      Honseki honseki,
      String household) {
    b.personId = personId;
    b.residentCode = residentCode;
    b.myNumber = myNumber;
    b.name = name;
    b.birthDate = birthDate;
    b.sex = sex;
    b.nationality = nationality;
    b.honseki = honseki;
    b.household = household;
    b.status = ResidentStatus.RESIDENT;
  }
}
