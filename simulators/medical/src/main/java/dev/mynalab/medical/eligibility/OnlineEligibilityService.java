package dev.mynalab.medical.eligibility;

import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.kit.journal.Journal;
import dev.mynalab.medical.CertificateHolders;
import dev.mynalab.medical.MedicalRefusal;
import dev.mynalab.medical.facility.MedicalFacility;
import dev.mynalab.medical.insurance.InsuranceRegistry;
import dev.mynalab.verifier.Purpose;
import dev.mynalab.verifier.Status;
import dev.mynalab.verifier.Verdict;
import dev.mynalab.verifier.VerifierService;
import dev.mynalab.verifier.login.Challenge;
import dev.mynalab.verifier.login.LoginVerdict;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * オンライン資格確認等システム: answers a facility's eligibility check from the card's 利用者証明用電子証明書 (HI-01). The
 * certificate is judged by the verifier (chain, validity, OCSP — not re-implemented here); with the
 * PIN, by the verifier's login check of the card's signature. Then the holder (from the 機構, {@link
 * CertificateHolders}) is looked up in the insurers' records.
 *
 * <ul>
 *   <li>HI-01: no service before the pilot (2021-03-04); pilot until 2021-10-19; full from
 *       2021-10-20. Identity by face (score at least the reader's threshold), PIN or visual check;
 *       a 顔認証マイナンバーカード (CV-07) works without a PIN.
 *   <li>HI-02: a facility without a connected reader cannot check online.
 *   <li>EC-06: from 2024-12-02 an <b>expired</b> user certificate still gives the check until the
 *       end of the 3rd month after the month of expiry, without 薬剤・診療情報 sharing; then not. A
 *       revoked certificate never.
 * </ul>
 */
public final class OnlineEligibilityService {

  public static final LocalDate PILOT_FROM = LocalDate.of(2021, 3, 4);
  public static final LocalDate FULL_FROM = LocalDate.of(2021, 10, 20);
  public static final LocalDate GRACE_FROM = LocalDate.of(2024, 12, 2);
  public static final int GRACE_MONTHS = 3;

  private final VerifierService verifier;
  private final CertificateHolders holders;
  private final InsuranceRegistry insurance;
  private final double faceThreshold;
  private final WorldClock clock;
  private final Journal journal;

  public OnlineEligibilityService(
      VerifierService verifier,
      CertificateHolders holders,
      InsuranceRegistry insurance,
      double faceThreshold,
      WorldClock clock,
      Journal journal) {
    this.verifier = verifier;
    this.holders = holders;
    this.insurance = insurance;
    this.faceThreshold = faceThreshold;
    this.clock = clock;
    this.journal = journal;
  }

  public InsuranceRegistry insurance() {
    return insurance;
  }

  public WorldClock clock() {
    return clock;
  }

  /** A challenge for the PIN path (single use, expires). */
  public Challenge challenge() {
    requireInOperation(clock.today());
    return verifier.logins().issue();
  }

  /**
   * One eligibility check at {@code facility}.
   *
   * @throws MedicalRefusal not in operation, no reader, identity not confirmed, certificate refused
   */
  public EligibilityAnswer check(
      MedicalFacility facility, X509Certificate certificate, Identity identity) {
    LocalDate today = clock.today();
    String operation = requireInOperation(today);
    if (!facility.offersOnlineChecksOn(today)) {
      throw new MedicalRefusal(
          "no-reader",
          "HI-02",
          "/facility",
          facility.name()
              + " has no 顔認証付きカードリーダー: online eligibility checks are not possible there");
    }
    Verdict verdict = confirm(certificate, identity);
    List<String> notes = new ArrayList<>();
    boolean sharing = true;
    if (verdict.status() == Status.EXPIRED) {
      LocalDate expired = verdict.notAfter().atZone(clock.getZone()).toLocalDate();
      LocalDate lastDay = YearMonth.from(expired).plusMonths(GRACE_MONTHS).atEndOfMonth();
      if (today.isBefore(GRACE_FROM) || today.isAfter(lastDay)) {
        throw new MedicalRefusal(
            "certificate-expired",
            "EC-06",
            "/certificate",
            "the user certificate expired on "
                + expired
                + (today.isBefore(GRACE_FROM)
                    ? " (no grace period before " + GRACE_FROM + ")"
                    : "; the grace period ended on " + lastDay)
                + ": use a 資格確認書");
      }
      sharing = false;
      notes.add(
          "EC-06: certificate expired on "
              + expired
              + "; eligibility confirmed until "
              + lastDay
              + " without 薬剤情報・診療情報");
    } else if (verdict.status() != Status.VALID) {
      throw new MedicalRefusal(
          verdict.status() == Status.REVOKED ? "certificate-revoked" : "certificate-rejected",
          "HI-01",
          "/certificate",
          "the user certificate is "
              + verdict.status()
              + ": "
              + String.join("; ", verdict.reasons()));
    }
    String personId =
        holders
            .personIdOf(certificate)
            .orElseThrow(
                () ->
                    new MedicalRefusal(
                        "holder-unknown", "HI-01", "/certificate", "the 機構 knows no such holder"));
    Optional<InsuranceRegistry.Enrolment> cover = insurance.coverageOn(personId, today);
    EligibilityAnswer answer =
        cover
            .map(
                e ->
                    new EligibilityAnswer(
                        true,
                        operation,
                        identity.method(),
                        e.insurer().number(),
                        e.insurer().name(),
                        e.symbol(),
                        e.number(),
                        e.from(),
                        e.to(),
                        false,
                        notes))
            .orElseGet(
                () -> {
                  notes.add("no 資格 covers " + today);
                  return new EligibilityAnswer(
                      false,
                      operation,
                      identity.method(),
                      null,
                      null,
                      null,
                      null,
                      null,
                      null,
                      false,
                      notes);
                });
    if (answer.eligible() && sharing) {
      answer =
          new EligibilityAnswer(
              true,
              operation,
              answer.identity(),
              answer.insurerNumber(),
              answer.insurerName(),
              answer.symbol(),
              answer.number(),
              answer.coverageFrom(),
              answer.coverageTo(),
              true,
              notes);
    }
    journal.record(
        "medical",
        "eligibility",
        facility.name()
            + ": "
            + (answer.eligible() ? "eligible" : "not eligible")
            + " by "
            + identity.method()
            + (notes.isEmpty() ? "" : " — " + String.join("; ", notes)));
    return answer;
  }

  private Verdict confirm(X509Certificate certificate, Identity identity) {
    if (identity instanceof Identity.Face f) {
      if (!f.matched() || f.score() < faceThreshold) {
        throw new MedicalRefusal(
            "face-mismatch",
            "HI-01",
            "/identity/score",
            "the face did not match the chip's photo (score "
                + f.score()
                + " < "
                + faceThreshold
                + "): confirm by PIN or visually");
      }
      return verifier.certificates().validate(certificate, Purpose.AUTH);
    }
    if (identity instanceof Identity.Visual v) {
      if (v.staff() == null || v.staff().isBlank()) {
        throw new MedicalRefusal(
            "visual-unconfirmed", "HI-01", "/identity/staff", "a visual check names the staff");
      }
      return verifier.certificates().validate(certificate, Purpose.AUTH);
    }
    Identity.Pin p = (Identity.Pin) identity;
    LoginVerdict login =
        verifier.logins().answer(p.challengeId(), p.signature(), certificate, "SHA256withRSA");
    if (login.authenticated()
        || ("CERTIFICATE_REJECTED".equals(login.outcome()) && login.certificate() != null)) {
      return login.certificate();
    }
    throw new MedicalRefusal(
        login.outcome().toLowerCase().replace('_', '-'),
        "HI-01",
        "BAD_SIGNATURE".equals(login.outcome()) ? "/identity/signature" : "/identity/challengeId",
        String.join("; ", login.reasons()));
  }

  private static String requireInOperation(LocalDate today) {
    if (today.isBefore(PILOT_FROM)) {
      throw new MedicalRefusal(
          "not-in-operation",
          "HI-01",
          null,
          "オンライン資格確認 starts with the pilot on "
              + PILOT_FROM
              + " (full operation "
              + FULL_FROM
              + ")");
    }
    return today.isBefore(FULL_FROM) ? "pilot" : "full";
  }
}
