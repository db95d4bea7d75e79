package dev.mynalab.ca.crl;

import dev.mynalab.ca.hierarchy.CaGeneration;
import dev.mynalab.ca.hierarchy.CaHierarchy;
import dev.mynalab.ca.profile.Municipalities;
import dev.mynalab.ca.profile.Municipality;
import dev.mynalab.ca.store.CertificateRecord;
import dev.mynalab.ca.store.CertificateStore;
import dev.mynalab.ca.store.Revocation;
import dev.mynalab.kit.journal.Journal;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongPredicate;

/**
 * Publishes the partitioned CRLs of every issuer generation — one full and one delta CRL per
 * (generation, municipality), plus one ARL per generation — lazily and on demand:
 *
 * <ul>
 *   <li>a full CRL is re-issued when none exists or its nextUpdate is less than half its window
 *       away (so a fetched CRL is never stale), or on {@link #publishAll()};
 *   <li>a delta CRL lists the revocations after its base full CRL and is re-issued whenever a newer
 *       revocation exists, or half-way through its window.
 * </ul>
 *
 * Seeded variation (DESIGN.md principle 8): entry order is shuffled per CRL and the windows vary by
 * 0–100 % over the configured minimum, from the world seed's {@code ca.crl.order} and {@code
 * ca.crl.window} streams. Revoked certificates are dropped from CRLs once expired (RFC 5280 §3.3).
 * cRLNumbers are strictly increasing per partition, shared by its full and delta CRLs (§5.2.3).
 */
public final class CrlPublisher {

  private static final class State {
    BigInteger lastNumber = BigInteger.ZERO;
    PublishedCrl full;
    PublishedCrl delta;
  }

  private final CaHierarchy hierarchy;
  private final Municipalities municipalities;
  private final CertificateStore store;
  private final Clock clock;
  private final Journal journal;
  private final Duration fullWindow;
  private final Duration deltaWindow;
  private final SplittableRandom order;
  private final SplittableRandom windows;
  private final Map<String, State> states = new ConcurrentHashMap<>();

  public CrlPublisher(
      CaHierarchy hierarchy,
      Municipalities municipalities,
      CertificateStore store,
      Clock clock,
      Journal journal,
      Duration fullWindow,
      Duration deltaWindow,
      SplittableRandom order,
      SplittableRandom windows) {
    this.hierarchy = hierarchy;
    this.municipalities = municipalities;
    this.store = store;
    this.clock = clock;
    this.journal = journal;
    this.fullWindow = fullWindow;
    this.deltaWindow = deltaWindow;
    this.order = order;
    this.windows = windows;
  }

  /** Every partition of every generation, ARLs included. */
  public List<CrlPartition> partitions() {
    List<CrlPartition> list = new ArrayList<>();
    for (CaGeneration g : hierarchy.all()) {
      for (Municipality m : municipalities.all()) {
        list.add(new CrlPartition(g, m));
      }
      list.add(new CrlPartition(g, null));
    }
    return list;
  }

  public Optional<CrlPartition> partition(String id) {
    return partitions().stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /** The partition a certificate belongs to (its CRLDP). */
  public CrlPartition partitionOf(CertificateRecord record) {
    return new CrlPartition(record.issuer(), record.municipality());
  }

  /** The current full CRL of {@code partition}, re-issued first when due. */
  public PublishedCrl full(CrlPartition partition) {
    State state = states.computeIfAbsent(partition.id(), id -> new State());
    synchronized (state) {
      Instant now = now();
      if (state.full == null || halfGone(state.full, now)) {
        issueFull(partition, state, now);
      }
      return state.full;
    }
  }

  /** The current delta CRL of {@code partition} against its current full CRL. */
  public PublishedCrl delta(CrlPartition partition) {
    PublishedCrl base = full(partition);
    State state = states.get(partition.id());
    synchronized (state) {
      base = state.full;
      Instant now = now();
      long sequence = store.revocationSequence();
      if (state.delta == null
          || !state.delta.baseNumber().equals(base.number())
          || state.delta.baseSequence() < sequence
          || halfGone(state.delta, now)) {
        long from = base.baseSequence();
        List<CrlEntry> entries = entries(partition, now, s -> s > from && s <= sequence);
        state.delta = sign(partition, state, now, deltaWindow, entries, sequence, base.number());
      }
      return state.delta;
    }
  }

  /** Re-issues every full CRL now (a scheduled publication), returning them. */
  public List<PublishedCrl> publishAll() {
    List<PublishedCrl> list = new ArrayList<>();
    for (CrlPartition p : partitions()) {
      State state = states.computeIfAbsent(p.id(), id -> new State());
      synchronized (state) {
        issueFull(p, state, now());
        list.add(state.full);
      }
    }
    return list;
  }

  private void issueFull(CrlPartition partition, State state, Instant now) {
    long sequence = store.revocationSequence();
    List<CrlEntry> entries = entries(partition, now, s -> s <= sequence);
    state.full = sign(partition, state, now, fullWindow, entries, sequence, null);
  }

  private PublishedCrl sign(
      CrlPartition partition,
      State state,
      Instant now,
      Duration window,
      List<CrlEntry> entries,
      long sequence,
      BigInteger baseNumber) {
    Instant next = now.plus(varied(window));
    BigInteger number = state.lastNumber.add(BigInteger.ONE);
    byte[] der = CrlEncoder.encode(partition, number, baseNumber, now, next, entries);
    state.lastNumber = number; // only after a successful signature: a broken signer leaves no gap
    PublishedCrl crl =
        new PublishedCrl(partition, der, number, now, next, sequence, baseNumber, entries.size());
    journal.record(
        "crl",
        baseNumber == null ? "publish" : "publish-delta",
        crl.fileName() + " #" + number + " with " + entries.size() + " entries",
        Map.of(
            "partition", partition.id(),
            "number", number.toString(),
            "entries", Integer.toString(entries.size()),
            "nextUpdate", next.toString()));
    return crl;
  }

  private List<CrlEntry> entries(CrlPartition partition, Instant now, LongPredicate sequences) {
    List<CrlEntry> entries = new ArrayList<>();
    if (partition.isArl()) {
      return entries; // no CA certificate of the simulated hierarchy is revoked
    }
    for (CertificateRecord r : store.issuedBy(partition.issuer())) {
      Optional<Revocation> rev = r.revocation();
      if (rev.isPresent()
          && r.municipality().code().equals(partition.municipality().code())
          && !r.isExpiredAt(now)
          && sequences.test(rev.get().sequence())) {
        entries.add(
            new CrlEntry(r.serial(), rev.get().at(), rev.get().reason(), rev.get().invalidFrom()));
      }
    }
    synchronized (order) {
      Collections.shuffle(entries, new java.util.Random(order.nextLong()));
    }
    return entries;
  }

  private Duration varied(Duration window) {
    long extra;
    synchronized (windows) {
      extra = (long) (window.toSeconds() * windows.nextDouble());
    }
    return window.plusSeconds(extra);
  }

  private static boolean halfGone(PublishedCrl crl, Instant now) {
    Duration window = Duration.between(crl.thisUpdate(), crl.nextUpdate());
    return !now.isBefore(crl.nextUpdate().minus(window.dividedBy(2)));
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.SECONDS);
  }
}
