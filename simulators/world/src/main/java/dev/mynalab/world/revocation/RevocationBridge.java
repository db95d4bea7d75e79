package dev.mynalab.world.revocation;

import dev.mynalab.ca.revocation.RevocationPort;
import dev.mynalab.ca.store.CertificateRecord;
import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.kit.journal.Journal;
import dev.mynalab.registry.notify.IssuingAuthorityNotification;
import dev.mynalab.registry.notify.IssuingAuthorityNotifications;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Supplier;

/**
 * 住基ネット → 機構: turns the registry's notifications into the CA's revocations. EC-04 (a change of the
 * 基本4情報, MV-01/02) revokes the signing certificate; OS-02 (departure abroad with the card kept)
 * revokes it <em>on the departure date</em>; LV-02 (death) and LV-03/05/06, MV-03/04 (the card
 * lapsed) revoke both. The holder reference the CA knows is the registry's personId.
 *
 * <p>A notification whose effective date is still ahead (a 国外転出届 filed before the departure) is
 * held and applied by {@link #applyDue()} once the world's clock reaches that day; the reference
 * world calls it whenever a driver moves the clock.
 *
 * <p><b>Which date the CA uses (a design choice).</b> The revocation time (CRL revocationDate, OCSP
 * revocationTime) is the world's instant when the CA processes the notification: RFC 5280 §5.3.1
 * defines it as the date the CA processed the revocation, and a CA cannot publish the past. A
 * notification recorded late — a 死亡届 filed on day D+5 for a death on day D (LV-02: the card lapses
 * with the death, not with the 届出) — additionally carries the invalidityDate (RFC 5280 §5.3.2, and
 * as an OCSP singleExtension, RFC 6960 §4.4) set to 00:00 JST of the effective date the registry
 * gives. The registry records dates, not times, so the start of the day is the conservative choice:
 * a signature dated on the day of death is treated as made after it. The domain rules say only that
 * the card and certificates end with the death; they say nothing about invalidityDate, so this is
 * our reading, not a documented J-LIS practice.
 *
 * <p><b>Companions.</b> Certificates issued under another holder reference on the person's behalf
 * (スマホ用電子証明書, SP-01/SP-02, keyed by the phone) are registered with {@link #follow}; every
 * notification then revokes the companions' certificates by the same rule as the person's. Whether
 * phone certificates follow the card at all is the open question SP-04 (rule-book parameter {@code
 * mynalab.rule.phoneCertificatesFollowCard}); the caller registers a companion only when it does.
 */
public final class RevocationBridge implements IssuingAuthorityNotifications {

  private final Supplier<? extends RevocationPort> port;
  private final WorldClock clock;
  private final Journal journal;
  private final List<IssuingAuthorityNotification> pending = new ArrayList<>();
  private final Map<String, Set<String>> companions = new ConcurrentHashMap<>();

  public RevocationBridge(
      Supplier<? extends RevocationPort> port, WorldClock clock, Journal journal) {
    this.port = port;
    this.clock = clock;
    this.journal = journal;
  }

  @Override
  public synchronized void notify(IssuingAuthorityNotification n) {
    if (n.effectiveOn().isAfter(clock.today())) {
      pending.add(n);
      journal.record(
          "world",
          "revocation-scheduled",
          n.reason() + " (" + n.ruleId() + "): revocation held until " + n.effectiveOn(),
          Map.of("person", n.personId(), "effectiveOn", n.effectiveOn().toString()));
      return;
    }
    apply(n);
  }

  /** Applies the held notifications whose day has come; returns the certificates revoked. */
  public synchronized List<CertificateRecord> applyDue() {
    List<CertificateRecord> revoked = new ArrayList<>();
    for (var it = pending.iterator(); it.hasNext(); ) {
      IssuingAuthorityNotification n = it.next();
      if (!n.effectiveOn().isAfter(clock.today())) {
        it.remove();
        revoked.addAll(apply(n));
      }
    }
    return revoked;
  }

  /**
   * Lets the certificates held under {@code companionReference} follow the person's: each later
   * notification about {@code personId} revokes them by the same rule (SP-04 parameter).
   */
  public void follow(String personId, String companionReference) {
    companions.computeIfAbsent(personId, p -> new CopyOnWriteArraySet<>()).add(companionReference);
  }

  /** The companion references following {@code personId}. */
  public Set<String> companions(String personId) {
    return Set.copyOf(companions.getOrDefault(personId, Set.of()));
  }

  /** Notifications still waiting for their day. */
  public synchronized List<IssuingAuthorityNotification> pending() {
    return List.copyOf(pending);
  }

  private List<CertificateRecord> apply(IssuingAuthorityNotification n) {
    java.time.Instant effective = n.effectiveOn().atStartOfDay(clock.getZone()).toInstant();
    RevocationPort ca =
        effective.isBefore(clock.instant()) ? port.get().invalidSince(effective) : port.get();
    List<CertificateRecord> revoked = new ArrayList<>(revoke(ca, n, n.personId()));
    for (String companion : companions(n.personId())) {
      revoked.addAll(revoke(ca, n, companion));
    }
    journal.record(
        "world",
        "revocation",
        n.reason() + " (" + n.ruleId() + "): " + revoked.size() + " certificate(s) revoked",
        Map.of(
            "person", n.personId(), "rule", n.ruleId(), "effectiveOn", n.effectiveOn().toString()));
    return revoked;
  }

  private static List<CertificateRecord> revoke(
      RevocationPort ca, IssuingAuthorityNotification n, String holder) {
    return switch (n.reason()) {
      case DIED -> ca.died(holder);
      case CARD_LAPSED -> ca.cardLapsed(holder);
      case MOVED_ABROAD -> ca.emigrated(holder);
      case NAME_CHANGED, ADDRESS_CHANGED, SEX_CHANGED, BIRTH_DATE_CHANGED ->
          n.revokesUserCertificate() ? ca.cardLapsed(holder) : ca.basicFourChanged(holder);
    };
  }
}
