package dev.mynalab.ca.revocation;

import dev.mynalab.ca.hierarchy.CaPurpose;
import dev.mynalab.ca.store.CertificateRecord;
import dev.mynalab.ca.store.CertificateStore;
import dev.mynalab.ca.store.RevocationReason;
import dev.mynalab.kit.journal.Journal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Revocation by JPKI event (domain-rules.md EC-04, EC-05, LV-02, OS-02) and by explicit reason.
 * Every revocation is journalled on channel {@code ca} with the rule that caused it.
 */
public final class Revocations implements RevocationPort {

  private final CertificateStore store;
  private final Clock clock;
  private final Journal journal;
  private final Instant invalidFrom;

  public Revocations(CertificateStore store, Clock clock, Journal journal) {
    this(store, clock, journal, null);
  }

  private Revocations(CertificateStore store, Clock clock, Journal journal, Instant invalidFrom) {
    this.store = store;
    this.clock = clock;
    this.journal = journal;
    this.invalidFrom = invalidFrom;
  }

  @Override
  public Revocations invalidSince(Instant invalidFrom) {
    return new Revocations(store, clock, journal, invalidFrom);
  }

  @Override
  public List<CertificateRecord> suspendAfterLoss(String holderReference) {
    return revokeActive(
        holderReference,
        EnumSet.allOf(CaPurpose.class),
        RevocationReason.KEY_COMPROMISE,
        "一時停止 (EC-05)");
  }

  @Override
  public List<CertificateRecord> basicFourChanged(String holderReference) {
    return revokeActive(
        holderReference,
        EnumSet.of(CaPurpose.SIGNATURE),
        RevocationReason.AFFILIATION_CHANGED,
        "基本4情報の変更 (EC-04)");
  }

  @Override
  public List<CertificateRecord> emigrated(String holderReference) {
    return revokeActive(
        holderReference,
        EnumSet.of(CaPurpose.SIGNATURE),
        RevocationReason.AFFILIATION_CHANGED,
        "国外転出 (OS-02)");
  }

  @Override
  public List<CertificateRecord> died(String holderReference) {
    return revokeActive(
        holderReference,
        EnumSet.allOf(CaPurpose.class),
        RevocationReason.CESSATION_OF_OPERATION,
        "死亡 (LV-02)");
  }

  @Override
  public List<CertificateRecord> cardLapsed(String holderReference) {
    return revokeActive(
        holderReference,
        EnumSet.allOf(CaPurpose.class),
        RevocationReason.CESSATION_OF_OPERATION,
        "カードの失効 (LV-01..06)");
  }

  /** The holder asks for revocation of one purpose's certificate (EC-05: 失効申請). */
  public List<CertificateRecord> holderRequest(String holderReference, CaPurpose purpose) {
    return revokeActive(
        holderReference, EnumSet.of(purpose), RevocationReason.UNSPECIFIED, "失効申請 (EC-05)");
  }

  /**
   * Revokes one certificate with an explicit reason.
   *
   * @return false when it was already revoked (its first revocation stands)
   */
  public boolean revoke(CertificateRecord record, RevocationReason reason, String cause) {
    Instant now = clock.instant();
    boolean done = store.revoke(record, now, reason, cause, invalidFrom);
    if (done) {
      journal.record(
          "ca",
          "revoke",
          record.purpose().code()
              + " #"
              + record.serial().toString(16)
              + " revoked: "
              + reason
              + " — "
              + cause,
          Map.of(
              "serial",
              record.serial().toString(16),
              "issuer",
              record.issuer().label(),
              "holder",
              record.holderReference(),
              "reason",
              reason.name(),
              "cause",
              cause,
              "invalidityDate",
              record.revocation().map(r -> String.valueOf(r.invalidFrom())).orElse("null")));
    }
    return done;
  }

  private List<CertificateRecord> revokeActive(
      String holderReference, Set<CaPurpose> purposes, RevocationReason reason, String cause) {
    Instant now = clock.instant();
    List<CertificateRecord> revoked = new ArrayList<>();
    for (CaPurpose purpose : purposes) {
      for (CertificateRecord record : store.active(holderReference, purpose, now)) {
        if (revoke(record, reason, cause)) {
          revoked.add(record);
        }
      }
    }
    return revoked;
  }
}
