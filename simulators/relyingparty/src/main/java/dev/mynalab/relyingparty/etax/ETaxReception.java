package dev.mynalab.relyingparty.etax;

import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.kit.journal.Journal;
import dev.mynalab.kit.problem.Problem;
import dev.mynalab.kit.problem.ProblemException;
import dev.mynalab.kit.random.WorldSeed;
import dev.mynalab.relyingparty.signing.SignedSubmission;
import dev.mynalab.verifier.Status;
import dev.mynalab.verifier.VerifierService;
import dev.mynalab.verifier.document.DocumentVerdict;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;

/**
 * e-Tax 受付システム (seed: 【公的サービスの例】 税申告 (e-Tax): "e-Taxの利用登録時及び申告書データ作成時にカード利用(電子署名)"). A signed
 * submission is a CMS SignedData made on the card with the 署名用 key; the reception asks the verifier
 * (chain, validity, purpose, OCSP/CRL — {@code SignedDocumentValidator}) and answers 受付 with a
 * number, or a {@link Refusal}. A signature that passes is an 電子署名 within 電子署名法 第2条 and may carry
 * the 真正な成立の推定 of 第3条 (seed: 公的個人認証制度の概要②).
 *
 * <ul>
 *   <li>{@link #register}: 利用登録 — a signed {@code registration} form binds the signer certificate
 *       to a new 利用者識別番号 (the same certificate always gets the same number);
 *   <li>{@link #file}: 申告書の送信 — a signed {@code return} naming a 利用者識別番号 is received only when
 *       signed with the certificate registered for that number (otherwise UNKNOWN_SIGNER).
 * </ul>
 *
 * The certificate is judged at the signed signingTime, which must lie within {@link
 * #MAX_SIGNING_AGE} before reception and not in its future (so a signer cannot backdate past a
 * revocation). Nothing is recorded for a refused submission.
 */
public final class ETaxReception {

  /** How long before reception a signature may have been made. */
  public static final Duration MAX_SIGNING_AGE = Duration.ofHours(24);

  private static final Duration SKEW = Duration.ofMinutes(5);
  private static final DateTimeFormatter RECEIPT_DAY =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

  private final VerifierService verifier;
  private final WorldClock clock;
  private final Journal journal;
  private final SplittableRandom numbers;
  private final Map<String, String> certificateByUser = new ConcurrentHashMap<>();
  private final Map<String, String> userByCertificate = new ConcurrentHashMap<>();
  private final List<String> receipts = new ArrayList<>();

  public ETaxReception(
      VerifierService verifier, WorldClock clock, WorldSeed seed, Journal journal) {
    this.verifier = verifier;
    this.clock = clock;
    this.journal = journal;
    this.numbers = seed.stream("relyingparty.etax.numbers");
  }

  /**
   * 利用登録 with a signed registration form.
   *
   * @throws ProblemException 422 for bytes that are not a CMS or a form that is not a registration
   */
  public synchronized ETaxOutcome register(byte[] cms) {
    Checked c = check(cms, ETaxForm.REGISTRATION);
    if (c.refusal != null) {
      return c.refusal;
    }
    String fingerprint = c.submission.signerFingerprint();
    String userId = userByCertificate.computeIfAbsent(fingerprint, f -> newUserId());
    certificateByUser.put(userId, fingerprint);
    journal.record(
        "etax",
        "registered",
        "利用者識別番号 " + userId + " registered for " + c.signer,
        Map.of("userId", userId));
    return ETaxOutcome.accepted(userId, c.verdict.reasons(), c.signer, c.signingTime, c.now);
  }

  /**
   * 申告書の送信 with a signed return form.
   *
   * @throws ProblemException 422 for bytes that are not a CMS or a form that is not a return
   */
  public synchronized ETaxOutcome file(byte[] cms) {
    Checked c = check(cms, ETaxForm.RETURN);
    if (c.refusal != null) {
      return c.refusal;
    }
    String registered = certificateByUser.get(c.form.userId());
    if (registered == null || !registered.equals(c.submission.signerFingerprint())) {
      return refuse(
          Refusal.UNKNOWN_SIGNER,
          List.of(
              registered == null
                  ? "利用者識別番号 " + c.form.userId() + " is not registered"
                  : "利用者識別番号 " + c.form.userId() + " is registered to another certificate"),
          c.signer,
          c.signingTime,
          c.now);
    }
    String receipt =
        clock.zonedNow().format(RECEIPT_DAY) + String.format("%06d", numbers.nextInt(1_000_000));
    receipts.add(receipt);
    journal.record(
        "etax",
        "received",
        "受付 " + receipt + ": return " + c.form.taxYear() + " of " + c.form.userId(),
        Map.of("receipt", receipt, "userId", c.form.userId()));
    return ETaxOutcome.accepted(receipt, c.verdict.reasons(), c.signer, c.signingTime, c.now);
  }

  /** The 受付番号 issued so far, in order. */
  public synchronized List<String> receipts() {
    return List.copyOf(receipts);
  }

  /** Forgets every registration and receipt (admin plane). */
  public synchronized void reset() {
    certificateByUser.clear();
    userByCertificate.clear();
    receipts.clear();
  }

  // ------------------------------------------------------------------ the common checks

  private record Checked(
      SignedSubmission submission,
      DocumentVerdict verdict,
      ETaxForm form,
      String signer,
      Instant signingTime,
      Instant now,
      ETaxOutcome refusal) {}

  private Checked check(byte[] cms, String expectedForm) {
    if (cms == null || cms.length == 0) {
      throw new ProblemException(Problem.invalidField("/document", "the signed document is empty"));
    }
    Instant now = clock.instant();
    SignedSubmission submission = SignedSubmission.parse(cms, "/document");
    DocumentVerdict verdict;
    try {
      verdict = verifier.documents().validate(cms, null, now);
    } catch (IllegalArgumentException e) {
      throw new ProblemException(Problem.invalidField("/document", e.getMessage()));
    }
    String signer = verdict.certificate() == null ? null : verdict.certificate().subject();
    Instant signed = verdict.signingTime();
    if (verdict.status() != Status.VALID) {
      return refusal(Refusal.of(verdict.status()), verdict.reasons(), signer, signed, now);
    }
    if (signed != null
        && (signed.isAfter(now.plus(SKEW)) || signed.isBefore(now.minus(MAX_SIGNING_AGE)))) {
      return refusal(
          Refusal.SIGNING_TIME_OUT_OF_RANGE,
          List.of("signingTime " + signed + " is not within " + MAX_SIGNING_AGE + " before " + now),
          signer,
          signed,
          now);
    }
    ETaxForm form = ETaxForm.parse(submission.content());
    if (!form.form().equals(expectedForm)) {
      throw new ProblemException(
          Problem.invalidField(
              "/document/form", "this endpoint takes a " + expectedForm + ", got " + form.form()));
    }
    return new Checked(submission, verdict, form, signer, signed, now, null);
  }

  private Checked refusal(
      Refusal why, List<String> reasons, String signer, Instant signed, Instant now) {
    return new Checked(
        null, null, null, signer, signed, now, refuse(why, reasons, signer, signed, now));
  }

  private ETaxOutcome refuse(
      Refusal why, List<String> reasons, String signer, Instant signed, Instant now) {
    journal.record(
        "etax",
        "refused",
        "refused (" + why + "): " + why.japanese(),
        Map.of("refusal", why.name()));
    List<String> all = new ArrayList<>();
    all.add(why.japanese());
    all.addAll(reasons);
    return ETaxOutcome.refused(why, all, signer, signed, now);
  }

  private String newUserId() {
    String id;
    do {
      id = String.format("%016d", numbers.nextLong(10_000_000_000_000_000L));
    } while (certificateByUser.containsKey(id));
    return id;
  }
}
