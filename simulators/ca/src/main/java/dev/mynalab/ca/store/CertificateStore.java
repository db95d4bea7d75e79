package dev.mynalab.ca.store;

import dev.mynalab.ca.hierarchy.CaGeneration;
import dev.mynalab.ca.hierarchy.CaPurpose;
import java.math.BigInteger;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The issued certificates of both CAs, by issuer generation and serial, and by holder. Revocation
 * happens here, once per certificate, and is announced to listeners (the OCSP cache re-signs, the
 * CRL publisher marks the partition's delta stale).
 */
public final class CertificateStore {

  /** Told about every issuance and revocation, on the calling thread. */
  public interface Listener {
    default void issued(CertificateRecord record) {}

    default void revoked(CertificateRecord record) {}
  }

  private record Key(String generation, BigInteger serial) {}

  private final Map<Key, CertificateRecord> bySerial = new ConcurrentHashMap<>();
  private final Map<String, List<CertificateRecord>> byHolder = new ConcurrentHashMap<>();
  private final Map<X509Certificate, CertificateRecord> byCertificate = new ConcurrentHashMap<>();
  private final List<Listener> listeners = new CopyOnWriteArrayList<>();
  private final AtomicLong revocationSequence = new AtomicLong();

  public void subscribe(Listener listener) {
    listeners.add(listener);
  }

  /** True when {@code serial} is already used by {@code issuer}. */
  public boolean contains(CaGeneration issuer, BigInteger serial) {
    return bySerial.containsKey(new Key(issuer.label(), serial));
  }

  public void add(CertificateRecord record) {
    Key key = new Key(record.issuer().label(), record.serial());
    if (bySerial.putIfAbsent(key, record) != null) {
      throw new IllegalStateException(
          "serial " + record.serial() + " reused by " + key.generation());
    }
    byHolder
        .computeIfAbsent(record.holderReference(), h -> new CopyOnWriteArrayList<>())
        .add(record);
    byCertificate.put(record.certificate(), record);
    listeners.forEach(l -> l.issued(record));
  }

  public Optional<CertificateRecord> find(CaGeneration issuer, BigInteger serial) {
    return Optional.ofNullable(bySerial.get(new Key(issuer.label(), serial)));
  }

  /** The ledger entry of {@code certificate}, when this CA issued exactly that certificate. */
  public Optional<CertificateRecord> byCertificate(X509Certificate certificate) {
    return Optional.ofNullable(byCertificate.get(certificate));
  }

  /**
   * The holder reference the CA recorded for {@code certificate} (the 機構's link from a certificate
   * to its holder — the certificate itself carries no personal facts, EC-01).
   */
  public Optional<String> holderOf(X509Certificate certificate) {
    return byCertificate(certificate).map(CertificateRecord::holderReference);
  }

  /** Every certificate issued to {@code holderReference}, oldest first. */
  public List<CertificateRecord> byHolder(String holderReference) {
    return List.copyOf(byHolder.getOrDefault(holderReference, List.of()));
  }

  /**
   * The holder's certificates of {@code purpose} that are neither revoked nor expired at {@code
   * at}.
   */
  public List<CertificateRecord> active(String holderReference, CaPurpose purpose, Instant at) {
    return byHolder(holderReference).stream()
        .filter(r -> r.purpose() == purpose && r.isActiveAt(at))
        .toList();
  }

  /** Every certificate of one issuer generation. */
  public List<CertificateRecord> issuedBy(CaGeneration issuer) {
    List<CertificateRecord> list = new ArrayList<>();
    for (CertificateRecord r : bySerial.values()) {
      if (r.issuer() == issuer) {
        list.add(r);
      }
    }
    return list;
  }

  public List<CertificateRecord> all() {
    return List.copyOf(bySerial.values());
  }

  /** The sequence number of the newest revocation (0 when none). */
  public long revocationSequence() {
    return revocationSequence.get();
  }

  /**
   * Revokes {@code record}; false (and nothing changes) when it already was.
   *
   * @return true when this call revoked it
   */
  public boolean revoke(
      CertificateRecord record, Instant at, RevocationReason reason, String cause) {
    return revoke(record, at, reason, cause, null);
  }

  /**
   * Revokes {@code record}, processed at {@code at}, invalid since {@code invalidFrom} (the
   * invalidityDate; null or not before {@code at}: none).
   *
   * @return true when this call revoked it
   */
  public boolean revoke(
      CertificateRecord record,
      Instant at,
      RevocationReason reason,
      String cause,
      Instant invalidFrom) {
    Instant invalid =
        invalidFrom == null || !invalidFrom.isBefore(at)
            ? null
            : invalidFrom.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    synchronized (record) {
      if (record.isRevoked()) {
        return false;
      }
      Revocation revocation =
          new Revocation(
              at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
              reason,
              revocationSequence.incrementAndGet(),
              cause,
              invalid);
      record.revoke(revocation);
    }
    listeners.forEach(l -> l.revoked(record));
    return true;
  }
}
