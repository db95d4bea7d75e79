package dev.mynalab.verifier.revocation;

import dev.mynalab.kit.journal.Journal;
import dev.mynalab.verifier.trust.Anchor;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Revocation status, OCSP first and the municipal CRL partition second, fail closed.
 *
 * <p>Caching, and why it is correct: a verified OCSP answer (GOOD, REVOKED or UNKNOWN) is reused
 * for the same (issuer generation, serial) while the world clock is inside its
 * thisUpdate..nextUpdate window — the responder itself promises that its answer holds until
 * nextUpdate (RFC 6960 §4.2.2.1; RFC 5019 §6 lets caches serve it), and the CA pre-signs its
 * answers for exactly that window, so a fresh query could not say anything newer. A revocation
 * inside the window therefore shows up at the latest at nextUpdate — the same latency every OCSP
 * client with caching (and every CRL user) accepts. Failed answers are never cached: the next
 * validation asks again.
 */
public final class RevocationChecker {

  private final OcspClient ocsp;
  private final CrlClient crl;
  private final Journal journal;
  private final Map<String, RevocationOutcome> cache = new ConcurrentHashMap<>();
  private final AtomicLong ocspQueries = new AtomicLong();
  private final AtomicLong cacheHits = new AtomicLong();
  private volatile boolean caching = true;
  private volatile boolean ocspCutOff;
  private volatile boolean crlCutOff;

  public RevocationChecker(OcspClient ocsp, CrlClient crl, Journal journal) {
    this.ocsp = ocsp;
    this.crl = crl;
    this.journal = journal;
  }

  /** Turns the OCSP answer cache off (for comparison runs) or on. */
  public void setCaching(boolean on) {
    this.caching = on;
    if (!on) {
      cache.clear();
    }
  }

  public long ocspQueries() {
    return ocspQueries.get();
  }

  public long cacheHits() {
    return cacheHits.get();
  }

  /**
   * Fault knob (TEST): the OCSP responder and/or the CRL distribution are out of the verifier's
   * reach, as if the network to them were down; answers cached before stay usable until their
   * nextUpdate, exactly as in a real outage. What a verifier must then say is the contract's
   * REVOCATION_UNKNOWN, never VALID.
   */
  public void cutOff(boolean ocspUnreachable, boolean crlUnreachable) {
    this.ocspCutOff = ocspUnreachable;
    this.crlCutOff = crlUnreachable;
    journal.record(
        "verifier",
        "fault",
        "revocation sources cut off (TEST fault): OCSP "
            + (ocspUnreachable ? "down" : "up")
            + ", CRL "
            + (crlUnreachable ? "down" : "up"));
  }

  public boolean ocspCutOff() {
    return ocspCutOff;
  }

  public boolean crlCutOff() {
    return crlCutOff;
  }

  /** Empties the cache (a test changed the world behind the verifier's back). */
  public void clearCache() {
    cache.clear();
  }

  /**
   * The status of {@code cert} (issued by {@code issuer}) as known at {@code now}, with the reasons
   * collected on the way (e.g. why OCSP was skipped) in {@code notes}.
   */
  public RevocationOutcome check(
      X509Certificate cert, Anchor issuer, Instant now, List<String> notes) {
    String key = issuer.keyIdHex() + ":" + cert.getSerialNumber().toString(16);
    if (caching) {
      RevocationOutcome hit = cache.get(key);
      if (hit != null && hit.freshAt(now)) {
        cacheHits.incrementAndGet();
        return new RevocationOutcome(hit.state(), hit.info().asCached(), hit.reason());
      }
    }
    ocspQueries.incrementAndGet();
    RevocationOutcome answer =
        ocspCutOff
            ? RevocationOutcome.unavailable("OCSP responder unreachable (TEST fault, admin plane)")
            : ocsp.check(cert, issuer, now);
    journal.record(
        "verifier",
        "ocsp",
        "OCSP #" + cert.getSerialNumber().toString(16) + " → " + answer.state(),
        answer.reason() == null ? Map.of() : Map.of("reason", answer.reason()));
    if (answer.state() != RevocationOutcome.State.UNAVAILABLE) {
      if (caching && answer.freshAt(now)) {
        cache.put(key, answer);
      }
      return answer;
    }
    List<String> local = new ArrayList<>();
    local.add(answer.reason());
    RevocationOutcome fallback =
        crlCutOff
            ? RevocationOutcome.unavailable(
                "CRL distribution unreachable (TEST fault, admin plane)")
            : crl.check(cert, issuer, now);
    journal.record(
        "verifier",
        "crl",
        "CRL #" + cert.getSerialNumber().toString(16) + " → " + fallback.state(),
        fallback.reason() == null ? Map.of() : Map.of("reason", fallback.reason()));
    if (fallback.state() == RevocationOutcome.State.UNAVAILABLE) {
      local.add(fallback.reason());
      notes.addAll(local);
      return RevocationOutcome.unavailable(String.join("; ", local));
    }
    notes.add(answer.reason() + " — answered from the CRL instead");
    return fallback;
  }
}
