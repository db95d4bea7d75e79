package dev.mynalab.ca.store;

import dev.mynalab.ca.hierarchy.CaGeneration;
import dev.mynalab.ca.hierarchy.CaPurpose;
import dev.mynalab.ca.profile.Municipality;
import java.math.BigInteger;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * One issued end-entity certificate and its revocation state (the CA's 発行・失効 台帳 entry). The
 * revocation is set once; everything else is immutable.
 */
public final class CertificateRecord {

  private final CaGeneration issuer;
  private final X509CertificateHolder holder;
  private final X509Certificate certificate;
  private final String holderReference;
  private final Municipality municipality;
  private final LocalDate lastDay;
  private volatile Revocation revocation;

  public CertificateRecord(
      CaGeneration issuer,
      X509CertificateHolder holder,
      X509Certificate certificate,
      String holderReference,
      Municipality municipality,
      LocalDate lastDay) {
    this.issuer = issuer;
    this.holder = holder;
    this.certificate = certificate;
    this.holderReference = holderReference;
    this.municipality = municipality;
    this.lastDay = lastDay;
  }

  public CaPurpose purpose() {
    return issuer.purpose();
  }

  public CaGeneration issuer() {
    return issuer;
  }

  public BigInteger serial() {
    return holder.getSerialNumber();
  }

  public X509Certificate certificate() {
    return certificate;
  }

  public X509CertificateHolder holder() {
    return holder;
  }

  /** The opaque reference of the holder (card or person) given at issuance. */
  public String holderReference() {
    return holderReference;
  }

  /** The CRL partition of this certificate. */
  public Municipality municipality() {
    return municipality;
  }

  public Instant notAfter() {
    return holder.getNotAfter().toInstant();
  }

  public LocalDate lastDay() {
    return lastDay;
  }

  public Optional<Revocation> revocation() {
    return Optional.ofNullable(revocation);
  }

  public boolean isRevoked() {
    return revocation != null;
  }

  public boolean isExpiredAt(Instant at) {
    return at.isAfter(notAfter());
  }

  /** Neither revoked nor expired at {@code at}. */
  public boolean isActiveAt(Instant at) {
    return revocation == null
        && !isExpiredAt(at)
        && !at.isBefore(holder.getNotBefore().toInstant());
  }

  synchronized boolean revoke(Revocation r) {
    if (revocation != null) {
      return false;
    }
    revocation = r;
    return true;
  }

  @Override
  public String toString() {
    return purpose().code()
        + " #"
        + serial().toString(16)
        + " ("
        + issuer.label()
        + ", "
        + municipality.code()
        + (revocation != null ? ", revoked " + revocation.reason() : "")
        + ")";
  }
}
