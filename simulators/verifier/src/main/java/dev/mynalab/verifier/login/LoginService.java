package dev.mynalab.verifier.login;

import dev.mynalab.verifier.CertificateValidator;
import dev.mynalab.verifier.Purpose;
import dev.mynalab.verifier.Verdict;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Login with the 利用者証明用 key (JPKI法 第17条 利用者証明検証者): the verifier issues a random challenge, the card
 * signs it (RSA PKCS#1 v1.5, SHA-256 by default), and the verifier checks the signature and the
 * certificate. Challenges are single-use (consumed by the first answer, right or wrong, so a guess
 * costs a challenge) and expire after {@code ttl} on the world clock. Expired ones are swept when
 * new ones are issued, so memory stays bounded by the issue rate × ttl.
 */
public final class LoginService {

  /** Signature algorithms a card answer may use. */
  public static final Set<String> ALGORITHMS =
      Set.of("SHA256withRSA", "SHA384withRSA", "SHA512withRSA");

  private final CertificateValidator certificates;
  private final Clock clock;
  private final SecureRandom random;
  private final Duration ttl;
  private final Map<String, Challenge> live = new ConcurrentHashMap<>();
  private final Map<String, Instant> used = new ConcurrentHashMap<>();

  public LoginService(
      CertificateValidator certificates, Clock clock, SecureRandom random, Duration ttl) {
    this.certificates = certificates;
    this.clock = clock;
    this.random = random;
    this.ttl = ttl;
  }

  public Duration ttl() {
    return ttl;
  }

  public Challenge issue() {
    Instant now = clock.instant();
    sweep(now);
    byte[] nonce = new byte[32];
    byte[] id = new byte[12];
    synchronized (random) {
      random.nextBytes(nonce);
      random.nextBytes(id);
    }
    Challenge c =
        new Challenge(
            Base64.getUrlEncoder().withoutPadding().encodeToString(id), nonce, now, now.plus(ttl));
    live.put(c.id(), c);
    return c;
  }

  /**
   * Checks a card's answer.
   *
   * @throws IllegalArgumentException for an unsupported algorithm (a 4xx, not a verdict)
   */
  public LoginVerdict answer(
      String challengeId, byte[] signature, X509Certificate cert, String algorithm) {
    String alg = algorithm == null ? "SHA256withRSA" : algorithm;
    if (!ALGORITHMS.contains(alg)) {
      throw new IllegalArgumentException("algorithm must be one of " + ALGORITHMS);
    }
    Instant now = clock.instant();
    Challenge c = live.remove(challengeId);
    if (c == null) {
      boolean wasUsed = used.containsKey(challengeId);
      return new LoginVerdict(
          false,
          wasUsed ? "CHALLENGE_USED" : "UNKNOWN_CHALLENGE",
          List.of(
              wasUsed ? "the challenge was already answered (single use)" : "no such challenge"),
          null);
    }
    used.put(c.id(), c.expiresAt());
    if (!now.isBefore(c.expiresAt())) {
      return new LoginVerdict(
          false, "CHALLENGE_EXPIRED", List.of("the challenge expired at " + c.expiresAt()), null);
    }
    boolean ok;
    try {
      Signature s = Signature.getInstance(alg);
      s.initVerify(cert.getPublicKey());
      s.update(c.nonce());
      ok = s.verify(signature);
    } catch (Exception e) {
      ok = false;
    }
    if (!ok) {
      return new LoginVerdict(
          false,
          "BAD_SIGNATURE",
          List.of("the signature over the challenge does not verify with the certificate's key"),
          null);
    }
    Verdict v = certificates.validate(cert, Purpose.AUTH, now);
    if (!v.isValid()) {
      return new LoginVerdict(false, "CERTIFICATE_REJECTED", v.reasons(), v);
    }
    return new LoginVerdict(true, "AUTHENTICATED", v.reasons(), v);
  }

  private void sweep(Instant now) {
    live.values().removeIf(c -> !now.isBefore(c.expiresAt()));
    used.values().removeIf(expiry -> !now.isBefore(expiry.plus(ttl)));
  }
}
