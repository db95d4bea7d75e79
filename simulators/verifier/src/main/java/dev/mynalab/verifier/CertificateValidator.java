package dev.mynalab.verifier;

import dev.mynalab.kit.journal.Journal;
import dev.mynalab.verifier.profile.BasicFourReader;
import dev.mynalab.verifier.revocation.RevocationChecker;
import dev.mynalab.verifier.revocation.RevocationOutcome;
import dev.mynalab.verifier.trust.Anchor;
import dev.mynalab.verifier.trust.TrustAnchors;
import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.Extension;

/**
 * The validation library: one JPKI end-entity certificate, one claimed purpose, one instant. The
 * checks, in order (the first failure decides the status):
 *
 * <ol>
 *   <li>chain: JPKI end-entity certificates are issued directly by a root; the issuing generation
 *       is chosen by AKI key id (names are shared across generations, card-interface.md §5) and its
 *       signature verified — no anchor with that key id is UNTRUSTED, a failing signature
 *       INVALID_SIGNATURE; the anchor must itself be valid at {@code at};
 *   <li>validity at {@code at}: NOT_YET_VALID / EXPIRED (EC-01: the 5th birthday after issue);
 *   <li>purpose: the root's OU, keyUsage, EKU and certificatePolicies must fit the claimed purpose
 *       (WRONG_PURPOSE);
 *   <li>revocation: {@link RevocationChecker} (OCSP, then the municipal CRL); REVOKED when revoked
 *       at or before {@code at}; INDETERMINATE when no source gave a usable answer — never VALID.
 * </ol>
 *
 * <p>Cached: the fact that a certificate's signature verifies under an anchor (a pure function of
 * the certificate bytes and the anchor key, so it can never become wrong), keyed by the SHA-256 of
 * the DER; validity, purpose and revocation are judged on every call.
 */
public final class CertificateValidator {

  private static final Set<String> KNOWN_CRITICAL =
      Set.of(
          Extension.keyUsage.getId(),
          Extension.certificatePolicies.getId(),
          Extension.basicConstraints.getId(),
          Extension.extendedKeyUsage.getId(),
          Extension.subjectAlternativeName.getId());

  private static final int CHAIN_CACHE_LIMIT = 200_000;

  private final TrustAnchors anchors;
  private final RevocationChecker revocation;
  private final Clock clock;
  private final Journal journal;
  private final Map<String, Anchor> verifiedChains = new ConcurrentHashMap<>();
  private final Duration skew = Duration.ofMinutes(5);
  private volatile boolean chainCaching = true;

  public CertificateValidator(
      TrustAnchors anchors, RevocationChecker revocation, Clock clock, Journal journal) {
    this.anchors = anchors;
    this.revocation = revocation;
    this.clock = clock;
    this.journal = journal;
  }

  public TrustAnchors anchors() {
    return anchors;
  }

  public RevocationChecker revocation() {
    return revocation;
  }

  public Clock clock() {
    return clock;
  }

  /** Turns the verified-chain cache off (comparison runs) or on. */
  public void setChainCaching(boolean on) {
    chainCaching = on;
    if (!on) {
      verifiedChains.clear();
    }
  }

  /** Parses DER and validates; bad bytes are an {@link IllegalArgumentException}. */
  public Verdict validate(byte[] der, Purpose purpose, Instant at) {
    return validate(parse(der), purpose, at);
  }

  public static X509Certificate parse(byte[] der) {
    try {
      return (X509Certificate)
          CertificateFactory.getInstance("X.509")
              .generateCertificate(new ByteArrayInputStream(der));
    } catch (CertificateException | RuntimeException e) {
      throw new IllegalArgumentException("not a DER X.509 certificate");
    }
  }

  /** Validates at the world clock's now. */
  public Verdict validate(X509Certificate cert, Purpose purpose) {
    return validate(cert, purpose, clock.instant());
  }

  /**
   * Validates {@code cert} for {@code purpose} at {@code at} (a past instant asks "was it valid
   * when signed?"). Revocation freshness is always judged at the world clock's now.
   */
  public Verdict validate(X509Certificate cert, Purpose purpose, Instant at) {
    Instant now = clock.instant();
    List<String> reasons = new ArrayList<>();
    ChainResult chain = chain(cert);
    if (chain.anchor == null) {
      return verdict(chain.status, List.of(chain.reason), null, purpose, at, cert, null);
    }
    Anchor anchor = chain.anchor;
    if (at.isBefore(anchor.certificate().getNotBefore().toInstant())
        || at.isAfter(anchor.certificate().getNotAfter().toInstant())) {
      return verdict(
          Status.UNTRUSTED,
          List.of("the issuing root " + anchor.label() + " is not valid at " + at),
          null,
          purpose,
          at,
          cert,
          anchor);
    }
    if (at.isBefore(cert.getNotBefore().toInstant())) {
      return verdict(
          Status.NOT_YET_VALID,
          List.of("not valid before " + cert.getNotBefore().toInstant()),
          null,
          purpose,
          at,
          cert,
          anchor);
    }
    if (at.isAfter(cert.getNotAfter().toInstant())) {
      return verdict(
          Status.EXPIRED,
          List.of("expired at " + cert.getNotAfter().toInstant() + " (EC-01)"),
          null,
          purpose,
          at,
          cert,
          anchor);
    }
    String wrong = PurposeRules.mismatch(cert, anchor, purpose);
    if (wrong != null) {
      return verdict(Status.WRONG_PURPOSE, List.of(wrong), null, purpose, at, cert, anchor);
    }
    for (String oid : cert.getCriticalExtensionOIDs()) {
      if (!KNOWN_CRITICAL.contains(oid)) {
        return verdict(
            Status.UNTRUSTED,
            List.of("unsupported critical extension " + oid),
            null,
            purpose,
            at,
            cert,
            anchor);
      }
    }
    if (at.isAfter(now.plus(skew))) {
      return verdict(
          Status.INDETERMINATE,
          List.of("the revocation status at a future instant (" + at + ") cannot be known"),
          null,
          purpose,
          at,
          cert,
          anchor);
    }
    RevocationOutcome r = revocation.check(cert, anchor, now, reasons);
    switch (r.state()) {
      case UNAVAILABLE -> {
        List<String> list = new ArrayList<>();
        list.add("revocation status cannot be established (fail closed)");
        list.addAll(reasons);
        return verdict(Status.INDETERMINATE, list, null, purpose, at, cert, anchor);
      }
      case UNKNOWN -> {
        List<String> list = new ArrayList<>(List.of(r.reason()));
        list.addAll(reasons);
        return verdict(Status.INDETERMINATE, list, r.info(), purpose, at, cert, anchor);
      }
      case REVOKED -> {
        if (!r.info().revokedAt().isAfter(at)) {
          List<String> list = new ArrayList<>(List.of(r.reason()));
          list.addAll(reasons);
          return verdict(Status.REVOKED, list, r.info(), purpose, at, cert, anchor);
        }
        reasons.add(0, "revoked later, at " + r.info().revokedAt() + " — valid at " + at);
        return verdict(Status.VALID, reasons, r.info(), purpose, at, cert, anchor);
      }
      default -> {
        return verdict(Status.VALID, reasons, r.info(), purpose, at, cert, anchor);
      }
    }
  }

  private Verdict verdict(
      Status status,
      List<String> reasons,
      RevocationInfo info,
      Purpose purpose,
      Instant at,
      X509Certificate cert,
      Anchor anchor) {
    journal.record(
        "verifier",
        "verdict",
        purpose.code() + " #" + cert.getSerialNumber().toString(16) + " → " + status,
        Map.of("status", status.name(), "reasons", String.join(" | ", reasons)));
    return new Verdict(
        status,
        List.copyOf(reasons),
        info,
        purpose,
        at,
        cert.getSerialNumber().toString(16),
        cert.getSubjectX500Principal().getName(),
        anchor == null ? null : anchor.label() + " (keyId " + anchor.keyIdHex() + ")",
        cert.getNotBefore().toInstant(),
        cert.getNotAfter().toInstant(),
        null);
  }

  /** The 基本4情報 of a signing certificate (empty when absent). */
  public static Map<String, String> basicFour(X509Certificate cert) {
    return BasicFourReader.read(cert);
  }

  private record ChainResult(Anchor anchor, Status status, String reason) {}

  private ChainResult chain(X509Certificate cert) {
    String key = chainCaching ? fingerprint(cert) : null;
    if (key != null) {
      Anchor known = verifiedChains.get(key);
      if (known != null) {
        return new ChainResult(known, Status.VALID, null);
      }
    }
    byte[] aki = authorityKeyId(cert);
    X500Name issuer = X500Name.getInstance(cert.getIssuerX500Principal().getEncoded());
    List<Anchor> candidates = aki != null ? anchors.byKeyId(aki) : anchors.byName(issuer);
    if (candidates.isEmpty()) {
      return new ChainResult(
          null,
          Status.UNTRUSTED,
          aki != null
              ? "no configured root has key id "
                  + HexFormat.of().formatHex(aki)
                  + " (issuer "
                  + cert.getIssuerX500Principal().getName()
                  + ")"
              : "no configured root is named " + issuer);
    }
    for (Anchor a : candidates) {
      if (!a.name().equals(issuer)) {
        continue;
      }
      try {
        cert.verify(a.publicKey());
        if (key != null) {
          if (verifiedChains.size() > CHAIN_CACHE_LIMIT) {
            verifiedChains.clear();
          }
          verifiedChains.put(key, a);
        }
        return new ChainResult(a, Status.VALID, null);
      } catch (Exception e) {
        // try the next generation with this key id / name
      }
    }
    return new ChainResult(
        null,
        Status.INVALID_SIGNATURE,
        "the certificate signature does not verify under "
            + candidates.stream().map(Anchor::label).toList());
  }

  private static byte[] authorityKeyId(X509Certificate cert) {
    byte[] ext = cert.getExtensionValue(Extension.authorityKeyIdentifier.getId());
    if (ext == null) {
      return null;
    }
    try {
      return AuthorityKeyIdentifier.getInstance(ASN1OctetString.getInstance(ext).getOctets())
          .getKeyIdentifierOctets();
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static String fingerprint(X509Certificate cert) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(cert.getEncoded()));
    } catch (NoSuchAlgorithmException | java.security.cert.CertificateEncodingException e) {
      throw new IllegalStateException(e);
    }
  }
}
