package dev.mynalab.konbini;

import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.kit.journal.Journal;
import dev.mynalab.registry.resident.Resident;
import dev.mynalab.verifier.Status;
import dev.mynalab.verifier.VerifierService;
import dev.mynalab.verifier.login.Challenge;
import dev.mynalab.verifier.login.LoginVerdict;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * 証明書交付センター (operated for the municipalities by J-LIS): the server side of コンビニ交付. A kiosk opens a
 * login (a challenge from the verifier's {@code LoginService}), the card signs it with the 利用者証明用
 * key after its 4-digit PIN (the PIN never leaves the card), the centre has the verifier check
 * signature and certificate (chain, validity, OCSP: not re-implemented here), learns the holder
 * from the 機構 ({@link CertificateHolders}), and issues documents from the registry's facts of the
 * moment ({@link Residents}, {@link DocumentRules}). Hours are checked at every step (CS-01). Every
 * step is journalled on channel {@code konbini}.
 */
public final class IssuanceCenter {

  /** How long an authenticated kiosk session lasts (world clock). */
  public static final Duration SESSION_TTL = Duration.ofMinutes(10);

  /** An authenticated kiosk session and its menu. */
  public record Session(
      String id, String personId, Instant expiresAt, List<DocumentRules.Offer> menu) {}

  private final VerifierService verifier;
  private final CertificateHolders holders;
  private final Residents residents;
  private final DocumentRules rules;
  private final ServiceHours hours;
  private final WorldClock clock;
  private final Journal journal;
  private final Map<String, Session> sessions = new ConcurrentHashMap<>();
  private final AtomicLong serials = new AtomicLong();

  public IssuanceCenter(
      VerifierService verifier,
      CertificateHolders holders,
      Residents residents,
      DocumentRules rules,
      ServiceHours hours,
      WorldClock clock,
      Journal journal) {
    this.verifier = verifier;
    this.holders = holders;
    this.residents = residents;
    this.rules = rules;
    this.hours = hours;
    this.clock = clock;
    this.journal = journal;
  }

  public ServiceHours hours() {
    return hours;
  }

  public DocumentRules rules() {
    return rules;
  }

  public WorldClock clock() {
    return clock;
  }

  /** Why the service is closed now, or empty (CS-01). */
  public Optional<String> closedReason() {
    return hours.closedReason(clock.localNow());
  }

  /** Opens a login: the challenge the card is to sign. Refused outside the hours (CS-01). */
  public Challenge begin() {
    requireOpen();
    Challenge c = verifier.logins().issue();
    journal.record("konbini", "challenge", "login challenge " + c.id());
    return c;
  }

  /**
   * Checks the card's answer and opens a session for its holder.
   *
   * @throws KonbiniRefusal when the login fails (the reason in the verifier's words) or the holder
   *     is unknown
   */
  public Session authenticate(
      String challengeId, X509Certificate certificate, byte[] signature, String algorithm) {
    requireOpen();
    LoginVerdict v = verifier.logins().answer(challengeId, signature, certificate, algorithm);
    if (!v.authenticated()) {
      journal.record("konbini", "login-refused", v.outcome() + ": " + v.reasons());
      throw loginRefusal(v);
    }
    String personId =
        holders
            .personIdOf(certificate)
            .orElseThrow(
                () ->
                    KonbiniRefusal.refused(
                        "holder-unknown",
                        "CS-01",
                        "/certificate",
                        "the 機構 knows no holder of this certificate"));
    Resident r = resident(personId);
    Instant now = clock.instant();
    sweep(now);
    Session s =
        new Session(challengeId, personId, now.plus(SESSION_TTL), rules.menu(r, clock.today()));
    sessions.put(s.id(), s);
    journal.record(
        "konbini",
        "login",
        "session " + s.id() + " opened; menu " + s.menu().size() + " document(s)");
    return s;
  }

  /**
   * Issues {@code document} in session {@code sessionId}, printed at {@code store}.
   *
   * @throws KonbiniRefusal when closed, when the session is unknown or expired, or by {@link
   *     DocumentRules}
   */
  public IssuedDocument issue(String sessionId, Document document, String store) {
    requireOpen();
    Session s = sessions.get(sessionId);
    Instant now = clock.instant();
    if (s == null || !now.isBefore(s.expiresAt())) {
      throw KonbiniRefusal.refused(
          "session-unknown",
          "CS-01",
          "/sessionId",
          "no live session " + sessionId + "; authenticate with the card again");
    }
    Resident r = resident(s.personId());
    String municipality;
    try {
      municipality = rules.issuer(r, document, clock.today());
    } catch (KonbiniRefusal e) {
      journal.record("konbini", "refused", document.japaneseName() + ": " + e.problem().detail());
      throw e;
    }
    IssuedDocument d =
        new IssuedDocument(
            String.format("KB-%08d", serials.incrementAndGet()),
            document,
            municipality,
            rules.offerings().nameOf(municipality).orElse(municipality),
            store,
            now,
            DocumentPrinter.content(r, document, clock.today()));
    journal.record(
        "konbini",
        "issued",
        d.serial() + " " + document.japaneseName() + " by " + d.municipalityName() + " at " + store,
        Map.of("document", document.name(), "municipality", municipality, "store", store));
    return d;
  }

  /**
   * A session id nobody can guess before the login: derived from the card's signature over the
   * fresh challenge (not the challenge id, which the kiosk saw before authenticating).
   */
  private static String sessionId(byte[] signature) {
    try {
      byte[] h = java.security.MessageDigest.getInstance("SHA-256").digest(signature);
      return java.util.Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(java.util.Arrays.copyOf(h, 18));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Forgets every session (admin reset). */
  public void reset() {
    sessions.clear();
  }

  private Resident resident(String personId) {
    return residents
        .byPersonId(personId)
        .orElseThrow(
            () ->
                KonbiniRefusal.refused(
                    "holder-unknown", "CS-01", "/certificate", "the registry has no such person"));
  }

  private void requireOpen() {
    hours.requireOpen(clock.localNow());
  }

  private void sweep(Instant now) {
    sessions.values().removeIf(s -> !now.isBefore(s.expiresAt()));
  }

  private static KonbiniRefusal loginRefusal(LoginVerdict v) {
    String why = v.reasons().isEmpty() ? v.outcome() : v.reasons().get(0);
    if ("CERTIFICATE_REJECTED".equals(v.outcome()) && v.certificate() != null) {
      Status st = v.certificate().status();
      return switch (st) {
        case REVOKED ->
            KonbiniRefusal.refused(
                "certificate-revoked",
                "EC-05",
                "/certificate",
                "the user certificate is revoked: " + why);
        case EXPIRED ->
            KonbiniRefusal.refused(
                "certificate-expired",
                "EC-01",
                "/certificate",
                "the user certificate expired: " + why);
        default ->
            KonbiniRefusal.refused(
                "certificate-rejected", "CS-01", "/certificate", st + ": " + why);
      };
    }
    return switch (v.outcome()) {
      case "BAD_SIGNATURE" -> KonbiniRefusal.refused("bad-signature", "CS-01", "/signature", why);
      default ->
          KonbiniRefusal.refused(
              v.outcome().toLowerCase().replace('_', '-'), "CS-01", "/challengeId", why);
    };
  }
}
