package dev.mynalab.ca.ocsp;

import dev.mynalab.ca.hierarchy.CaGeneration;
import dev.mynalab.ca.hierarchy.CaHierarchy;
import dev.mynalab.ca.hierarchy.CaPurpose;
import dev.mynalab.ca.hierarchy.SignerFailure;
import dev.mynalab.ca.store.CertificateRecord;
import dev.mynalab.ca.store.CertificateStore;
import dev.mynalab.kit.journal.Journal;
import java.io.IOException;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.Req;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * The OCSP responder of both CAs (RFC 6960), built so that the hot path does no RSA signing: every
 * certificate's answer is signed ahead — at issuance, again at revocation, and again by {@link
 * #refreshDue()} before its nextUpdate — and a request for one certificate is answered with those
 * bytes.
 *
 * <ul>
 *   <li>good / revoked (time and reason) / unknown (a serial the issuer never issued, signed on
 *       demand and not cached);
 *   <li>malformedRequest for anything that does not parse (or a bad nonce under {@link
 *       NoncePolicy#SIGN_ON_DEMAND}); unauthorized for an issuer this responder does not serve, an
 *       unsupported CertID hash, or a verifier not entitled to the purpose (J-LIS access rules);
 *       internalError when the CA key cannot sign — never an exception;
 *   <li>several CertIDs in one request, or a nonce under SIGN_ON_DEMAND: signed on demand.
 * </ul>
 *
 * Response windows vary by a seeded 0–50 % over {@code validity} ({@code ca.ocsp.window} stream).
 */
public final class OcspResponder implements CertificateStore.Listener {

  /** More CertIDs than this in one request is refused as malformed. */
  public static final int MAX_REQUESTS = 32;

  private record CacheKey(String generation, BigInteger serial, String hashAlgorithm) {}

  private record Presigned(byte[] der, Instant thisUpdate, Instant nextUpdate, CertificateID id) {}

  private final CaHierarchy hierarchy;
  private final CertificateStore store;
  private final Clock clock;
  private final Journal journal;
  private final NoncePolicy noncePolicy;
  private final Duration validity;
  private final Duration refreshAhead;
  private final SplittableRandom windows;
  private final IssuerIndex issuers;
  private final Map<CacheKey, Presigned> cache = new ConcurrentHashMap<>();
  private final AtomicLong signatures = new AtomicLong();
  private final Map<String, ResponderIdentity> responders = new ConcurrentHashMap<>();
  private final dev.mynalab.kit.random.WorldSeed seed;
  private volatile boolean presigning = true;

  public OcspResponder(
      CaHierarchy hierarchy,
      CertificateStore store,
      Clock clock,
      Journal journal,
      NoncePolicy noncePolicy,
      Duration validity,
      Duration refreshAhead,
      SplittableRandom windows,
      dev.mynalab.kit.random.WorldSeed seed) {
    this.seed = seed;
    this.hierarchy = hierarchy;
    this.store = store;
    this.clock = clock;
    this.journal = journal;
    this.noncePolicy = noncePolicy;
    this.validity = validity;
    this.refreshAhead = refreshAhead;
    this.windows = windows;
    this.issuers = new IssuerIndex(hierarchy);
  }

  public NoncePolicy noncePolicy() {
    return noncePolicy;
  }

  /**
   * Turns pre-signing off (every request is signed) or on — the baseline of the throughput
   * benchmark, and nothing else.
   */
  public void setPresigning(boolean on) {
    this.presigning = on;
  }

  /** RSA signatures made by this responder so far (tests prove the hot path makes none). */
  public long signatures() {
    return signatures.get();
  }

  /** Pre-signed responses held. */
  public int presignedCount() {
    return cache.size();
  }

  /**
   * Answers one DER OCSPRequest.
   *
   * @param mayQuery whether the caller may ask about certificates of a purpose (access rules)
   */
  public OcspAnswer respond(byte[] requestDer, Predicate<CaPurpose> mayQuery) {
    OcspAnswer answer;
    try {
      answer = answer(requestDer, mayQuery);
    } catch (SignerFailure e) {
      answer = error(OCSPRespBuilder.INTERNAL_ERROR, "internalError");
    } catch (RuntimeException e) {
      // anything unexpected is still an OCSP answer, never an HTTP 500 (principle 9)
      journal.record("ocsp", "failure", e.toString());
      answer = error(OCSPRespBuilder.INTERNAL_ERROR, "internalError");
    }
    journal.record(
        "ocsp",
        "response",
        "OCSP → " + answer.outcome() + (answer.presigned() ? " (pre-signed)" : ""),
        Map.of("outcome", answer.outcome(), "presigned", Boolean.toString(answer.presigned())));
    return answer;
  }

  private OcspAnswer answer(byte[] requestDer, Predicate<CaPurpose> mayQuery) {
    OCSPReq request;
    Req[] list;
    try {
      request = new OCSPReq(requestDer);
      list = request.getRequestList();
    } catch (IOException | RuntimeException e) {
      return error(OCSPRespBuilder.MALFORMED_REQUEST, "malformedRequest");
    }
    if (list.length == 0 || list.length > MAX_REQUESTS) {
      return error(OCSPRespBuilder.MALFORMED_REQUEST, "malformedRequest");
    }
    Extension nonce = null;
    if (noncePolicy == NoncePolicy.SIGN_ON_DEMAND) {
      Extension n = request.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
      if (n != null) {
        Optional<Extension> valid = validNonce(n);
        if (valid.isEmpty()) {
          return error(OCSPRespBuilder.MALFORMED_REQUEST, "malformedRequest");
        }
        nonce = valid.get();
      }
    }
    List<OcspResponseSigner.Single> singles = new ArrayList<>();
    CaGeneration issuer = null;
    for (Req r : list) {
      CertificateID id = r.getCertID();
      Optional<CaGeneration> g = issuers.issuerOf(id);
      if (g.isEmpty() || !mayQuery.test(g.get().purpose())) {
        return error(OCSPRespBuilder.UNAUTHORIZED, "unauthorized");
      }
      if (issuer != null && issuer != g.get()) {
        // one response has one signer: CertIDs of different issuers cannot be answered together
        return error(OCSPRespBuilder.UNAUTHORIZED, "unauthorized");
      }
      issuer = g.get();
      singles.add(
          new OcspResponseSigner.Single(id, store.find(issuer, id.getSerialNumber()).orElse(null)));
    }
    Instant now = now();
    if (singles.size() == 1 && nonce == null && singles.get(0).record() != null && presigning) {
      OcspResponseSigner.Single single = singles.get(0);
      CacheKey key = key(single.record(), single.id());
      Presigned p = cache.get(key);
      if (p == null || now.isBefore(p.thisUpdate()) || !now.isBefore(p.nextUpdate())) {
        p = presign(single.record(), single.id(), now);
        return new OcspAnswer(p.der(), outcome(singles), false, maxAge(p, now));
      }
      return new OcspAnswer(p.der(), outcome(singles), true, maxAge(p, now));
    }
    byte[] der = sign(issuer, singles, now, nonce);
    return new OcspAnswer(der, outcome(singles), false, 0);
  }

  /** Pre-signs the answer for a newly issued certificate (SHA-1 CertID, as clients send). */
  @Override
  public void issued(CertificateRecord record) {
    try {
      presign(record, sha1Id(record), now());
    } catch (SignerFailure e) {
      journal.record("ocsp", "presign-failed", record + ": " + e.getMessage());
    }
  }

  /** Re-signs every cached answer of a revoked certificate at once, so none still says good. */
  @Override
  public void revoked(CertificateRecord record) {
    Instant now = now();
    for (Map.Entry<CacheKey, Presigned> e : cache.entrySet()) {
      CacheKey k = e.getKey();
      if (k.serial().equals(record.serial()) && k.generation().equals(record.issuer().label())) {
        try {
          presign(record, e.getValue().id(), now);
        } catch (SignerFailure failure) {
          cache.remove(k); // never serve a stale "good": the next request signs or fails loudly
          journal.record("ocsp", "presign-failed", record + ": " + failure.getMessage());
        }
      }
    }
  }

  /**
   * Re-signs every cached answer whose nextUpdate is within {@code refreshAhead}; the server calls
   * this periodically.
   *
   * @return how many answers were re-signed
   */
  public int refreshDue() {
    Instant now = now();
    int count = 0;
    for (Map.Entry<CacheKey, Presigned> e : cache.entrySet()) {
      Presigned p = e.getValue();
      if (!now.isBefore(p.nextUpdate().minus(refreshAhead)) || now.isBefore(p.thisUpdate())) {
        Optional<CaGeneration> g =
            hierarchy.all().stream()
                .filter(x -> x.label().equals(e.getKey().generation()))
                .findFirst();
        Optional<CertificateRecord> r = g.flatMap(x -> store.find(x, e.getKey().serial()));
        if (r.isPresent()) {
          try {
            presign(r.get(), p.id(), now);
            count++;
          } catch (SignerFailure failure) {
            journal.record("ocsp", "refresh-failed", r.get() + ": " + failure.getMessage());
          }
        }
      }
    }
    return count;
  }

  private Presigned presign(CertificateRecord record, CertificateID id, Instant now) {
    Instant next = now.plus(varied());
    byte[] der =
        sign(record.issuer(), List.of(new OcspResponseSigner.Single(id, record)), now, null, next);
    Presigned p = new Presigned(der, now, next, id);
    cache.put(key(record, id), p);
    return p;
  }

  private byte[] sign(
      CaGeneration issuer, List<OcspResponseSigner.Single> singles, Instant now, Extension nonce) {
    return sign(issuer, singles, now, nonce, now.plus(varied()));
  }

  private byte[] sign(
      CaGeneration issuer,
      List<OcspResponseSigner.Single> singles,
      Instant now,
      Extension nonce,
      Instant next) {
    byte[] der = OcspResponseSigner.sign(responder(issuer), singles, now, next, nonce);
    signatures.incrementAndGet();
    return der;
  }

  /** The delegated responder of {@code generation}, certified on first use (one CA signature). */
  public ResponderIdentity responder(CaGeneration generation) {
    return responders.computeIfAbsent(
        generation.label(),
        label ->
            new ResponderIdentity(
                generation,
                dev.mynalab.ca.hierarchy.TestKeys.rsa2048(
                    seed, "ocsp." + generation.purpose().code())));
  }

  private Duration varied() {
    double f;
    synchronized (windows) {
      f = windows.nextDouble() * 0.5;
    }
    return validity.plusSeconds((long) (validity.toSeconds() * f));
  }

  private static long maxAge(Presigned p, Instant now) {
    return Math.max(0, Duration.between(now, p.nextUpdate()).toSeconds());
  }

  private static Optional<Extension> validNonce(Extension n) {
    try {
      ASN1OctetString inner = ASN1OctetString.getInstance(n.getParsedValue());
      int length = inner.getOctets().length;
      if (length < 1 || length > 32) {
        return Optional.empty(); // RFC 8954 §2.1: 1..32 octets
      }
      return Optional.of(
          new Extension(
              OCSPObjectIdentifiers.id_pkix_ocsp_nonce, false, new DEROctetString(inner)));
    } catch (RuntimeException | IOException e) {
      return Optional.empty();
    }
  }

  private static String outcome(List<OcspResponseSigner.Single> singles) {
    if (singles.size() > 1) {
      return "mixed";
    }
    CertificateRecord r = singles.get(0).record();
    return r == null ? "unknown" : r.isRevoked() ? "revoked" : "good";
  }

  private static CacheKey key(CertificateRecord record, CertificateID id) {
    try {
      return new CacheKey(
          record.issuer().label(),
          record.serial(),
          HexFormat.of().formatHex(id.toASN1Primitive().getHashAlgorithm().getEncoded("DER")));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The SHA-1 CertID of {@code record} (hashAlgorithm sha1 with NULL parameters). */
  public static CertificateID sha1Id(CertificateRecord record) {
    try {
      return new CertificateID(
          new JcaDigestCalculatorProviderBuilder().build().get(CertificateID.HASH_SHA1),
          record.issuer().holder(),
          record.serial());
    } catch (OCSPException | OperatorCreationException e) {
      throw new IllegalStateException("cannot build a CertID", e);
    }
  }

  private OcspAnswer error(int status, String outcome) {
    return new OcspAnswer(OcspResponseSigner.error(status), outcome, false, 0);
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.SECONDS);
  }
}
