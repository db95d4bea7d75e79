package dev.mynalab.registry.notify;

import dev.mynalab.registry.event.RegistryEvent;
import dev.mynalab.registry.notify.IssuingAuthorityNotification.AllCertificatesRevocation;
import dev.mynalab.registry.notify.IssuingAuthorityNotification.Reason;
import dev.mynalab.registry.notify.IssuingAuthorityNotification.SigningCertificateRevocation;
import dev.mynalab.registry.resident.Resident;
import java.util.ArrayList;
import java.util.List;

/**
 * Which events the issuing authority must hear of, in one place: EC-04 (name, address, sex, date of
 * birth → signing certificate), OS-02 (departure abroad with the card kept → signing certificate on
 * the departure date), LV-02 (death → both), and every card lapse (LV-03, LV-06, MV-03, MV-04 →
 * both).
 */
public final class NotificationRules {

  private NotificationRules() {}

  /**
   * The notifications one event causes. {@code before} is the state before the event (null for a
   * first registration), {@code after} the state after it.
   */
  public static List<IssuingAuthorityNotification> of(
      Resident before, RegistryEvent event, Resident after) {
    List<IssuingAuthorityNotification> out = new ArrayList<>();
    if (before == null) {
      return out;
    }
    String pid = before.personId();
    String code = before.residentCode();
    String number = before.myNumber();
    if (event instanceof RegistryEvent.NameChanged e) {
      out.add(signing(pid, code, number, e.filedOn(), Reason.NAME_CHANGED, "EC-04"));
    } else if (event instanceof RegistryEvent.MovedOut e) {
      out.add(signing(pid, code, number, e.filedOn(), Reason.ADDRESS_CHANGED, "EC-04"));
    } else if (event instanceof RegistryEvent.MovedWithin e) {
      out.add(signing(pid, code, number, e.filedOn(), Reason.ADDRESS_CHANGED, "MV-01"));
    } else if (event instanceof RegistryEvent.ParticularsCorrected e) {
      if (e.sex() != null && e.sex() != before.sex()) {
        out.add(signing(pid, code, number, e.filedOn(), Reason.SEX_CHANGED, "EC-04"));
      }
      if (e.birthDate() != null && !e.birthDate().equals(before.birthDate())) {
        out.add(signing(pid, code, number, e.filedOn(), Reason.BIRTH_DATE_CHANGED, "EC-04"));
      }
    } else if (event instanceof RegistryEvent.Emigrated e) {
      if (after.card() != null && after.card().abroad() && !after.card().lapsed()) {
        out.add(signing(pid, code, number, e.departureOn(), Reason.MOVED_ABROAD, "OS-02"));
      }
    } else if (event instanceof RegistryEvent.Died e) {
      out.add(new AllCertificatesRevocation(pid, code, number, e.diedOn(), Reason.DIED, "LV-02"));
    } else if (event instanceof RegistryEvent.CardLapsed e && !"LV-02".equals(e.rule())) {
      out.add(
          new AllCertificatesRevocation(pid, code, number, e.on(), Reason.CARD_LAPSED, e.rule()));
    }
    return out;
  }

  private static SigningCertificateRevocation signing(
      String pid, String code, String number, java.time.LocalDate on, Reason r, String rule) {
    return new SigningCertificateRevocation(pid, code, number, on, r, rule);
  }
}
