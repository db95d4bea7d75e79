package dev.mynalab.drivers.medical;

import dev.mynalab.ca.access.VerifierRole;
import dev.mynalab.card.personalisation.SyntheticImages;
import dev.mynalab.card.transport.InProcessTransport;
import dev.mynalab.drivers.card.CardSecret;
import dev.mynalab.drivers.lifecycle.Cardholder;
import dev.mynalab.drivers.lifecycle.LifecycleWorld;
import dev.mynalab.kit.problem.ProblemException;
import dev.mynalab.medical.CertificateHolders;
import dev.mynalab.medical.MedicalRefusal;
import dev.mynalab.medical.eligibility.EligibilityAnswer;
import dev.mynalab.medical.eligibility.Identity;
import dev.mynalab.medical.eligibility.OnlineEligibilityService;
import dev.mynalab.medical.facility.MedicalFacility;
import dev.mynalab.medical.insurance.InsuranceRegistry;
import dev.mynalab.medical.insurance.PaperDocuments;
import dev.mynalab.medical.reader.FaceCardReader;
import dev.mynalab.medical.reader.FaceMatcher;
import dev.mynalab.registry.resident.Resident;
import dev.mynalab.verifier.LocalAuthorityVerifier;
import dev.mynalab.verifier.login.Challenge;
import dev.mynalab.world.authority.IssuedCard;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * 医療機関の受付 for one scenario: facilities with or without a 顔認証付きカードリーダー, the insurers' records, and
 * the オンライン資格確認等システム wired to the scenario's reference world (the real verifier over the CA's OCSP,
 * started at the date of the first check; the 機構's ledger). Patients present their real card on
 * jcardsim; the camera captures the face of whoever stands there. Also the paper side (HI-03).
 * Remembers the last answer, the last face match and the last refusal. Knows nothing of Cucumber.
 */
public final class MedicalReception implements AutoCloseable {

  private final LifecycleWorld world;
  private final Map<String, MedicalFacility> facilities = new HashMap<>();
  private final Map<String, PaperDocuments.InsuranceCard> paperCards = new HashMap<>();
  private final InsuranceRegistry insurance = InsuranceRegistry.fromFixture();
  private double threshold = FaceMatcher.DEFAULT_THRESHOLD;
  private LocalAuthorityVerifier verifier;
  private OnlineEligibilityService service;
  private FaceCardReader reader;
  private EligibilityAnswer lastAnswer;
  private FaceMatcher.Match lastMatch;
  private ProblemException lastRefusal;
  private boolean lastPaperCardIssued;
  private PaperDocuments.EligibilityCertificate lastCertificate;

  public MedicalReception(LifecycleWorld world) {
    this.world = world;
  }

  // ------------------------------------------------------------------ set-up

  public void facility(String name, LocalDate readerInstalledOn) {
    facilities.put(name, new MedicalFacility(name, MedicalFacility.Kind.CLINIC, readerInstalledOn));
  }

  public MedicalFacility facility(String name) {
    MedicalFacility f = facilities.get(name);
    if (f == null) {
      throw new IllegalArgumentException("no facility called " + name + " in this scenario");
    }
    return f;
  }

  /** The reader's face-matching threshold (set before the first check). */
  public void threshold(double value) {
    if (service != null) {
      throw new IllegalStateException("set the threshold before the first check");
    }
    threshold = value;
  }

  public void enrol(String name, String insurer, String symbol, String number, LocalDate from) {
    insurance.enrol(
        world.resident(name).personId(),
        insurer,
        symbol.isEmpty() ? null : symbol,
        number,
        from,
        null);
  }

  private CertificateHolders holders() {
    return world.reference().ca().store()::holderOf;
  }

  private OnlineEligibilityService service() {
    if (service == null) {
      var ref = world.reference();
      verifier =
          LocalAuthorityVerifier.start(
              ref.ca(),
              "online-eligibility",
              VerifierRole.AUTHENTICATION_VERIFIER,
              ref.seed(),
              ref.clock(),
              ref.journal());
      reader = new FaceCardReader(new FaceMatcher(ref.seed(), threshold));
      service =
          new OnlineEligibilityService(
              verifier.service(), holders(), insurance, threshold, ref.clock(), ref.journal());
    }
    return service;
  }

  private static InProcessTransport slot(IssuedCard card) {
    card.card().reset();
    return new InProcessTransport(card.card());
  }

  // ------------------------------------------------------------------ checks

  /** {@code person} stands at the reader of {@code facility} with {@code cardOwner}'s card. */
  public void faceCheck(String person, String cardOwner, String facility) {
    attempt(
        () -> {
          OnlineEligibilityService s = service();
          IssuedCard card = world.card(cardOwner);
          lastMatch =
              reader.matchFace(slot(card), card.holder().verificationNumberB(), liveFace(person));
          X509Certificate cert = reader.userCertificate(slot(card));
          lastAnswer =
              s.check(
                  facility(facility),
                  cert,
                  new Identity.Face(lastMatch.score(), lastMatch.matched()));
        });
  }

  /** The face the camera captures: the person's own (the generator that drew the chip photo). */
  private byte[] liveFace(String person) {
    if (world.hasCard(person)) {
      var h = world.card(person).holder();
      return SyntheticImages.face(h.name() + h.birthYyyymmdd());
    }
    Resident r = world.resident(person);
    return SyntheticImages.face(r.name().text() + r.birthDate());
  }

  public void pinCheck(String name, String facility) {
    attempt(
        () -> {
          OnlineEligibilityService s = service();
          IssuedCard card = world.card(name);
          Challenge c = s.challenge();
          byte[] sig =
              reader.signWithPin(
                  slot(card), Cardholder.correct(CardSecret.AUTHENTICATION), c.nonce());
          X509Certificate cert = reader.userCertificate(slot(card));
          lastAnswer = s.check(facility(facility), cert, new Identity.Pin(c.id(), sig));
        });
  }

  public void visualCheck(String name, String facility) {
    attempt(
        () -> {
          OnlineEligibilityService s = service();
          X509Certificate cert = reader.userCertificate(slot(world.card(name)));
          lastAnswer = s.check(facility(facility), cert, new Identity.Visual("受付職員 TEST"));
        });
  }

  private void attempt(Runnable action) {
    lastAnswer = null;
    lastRefusal = null;
    try {
      action.run();
    } catch (ProblemException e) {
      lastRefusal = e;
    }
  }

  // ------------------------------------------------------------------ paper (HI-03)

  private InsuranceRegistry.Enrolment enrolment(String name) {
    return insurance
        .coverageOn(world.resident(name).personId(), world.today())
        .orElseThrow(() -> new IllegalStateException(name + " is not insured today"));
  }

  public void issuePaperCard(String name) {
    try {
      PaperDocuments.issueCard(enrolment(name), world.today(), world.today().plusYears(2));
      lastPaperCardIssued = true;
    } catch (MedicalRefusal e) {
      lastPaperCardIssued = false;
      lastRefusal = e;
    }
  }

  public void holdsPaperCard(String name, LocalDate issuedOn, LocalDate printedExpiry) {
    paperCards.put(name, PaperDocuments.issueCard(enrolment(name), issuedOn, printedExpiry));
  }

  public boolean paperCardUsable(String name) {
    return PaperDocuments.usable(paperCards.get(name), world.today());
  }

  public void issueEligibilityCertificate(String name) {
    lastCertificate = PaperDocuments.issueCertificate(enrolment(name), world.today());
  }

  // ------------------------------------------------------------------ observations

  public LocalDate today() {
    return world.today();
  }

  public EligibilityAnswer lastAnswer() {
    return lastAnswer;
  }

  public FaceMatcher.Match lastMatch() {
    return lastMatch;
  }

  public String lastRefusalRule() {
    return lastRefusal instanceof MedicalRefusal m ? m.rule() : null;
  }

  public String lastRefusalDetail() {
    return lastRefusal == null ? null : lastRefusal.problem().detail();
  }

  public boolean lastPaperCardIssued() {
    return lastPaperCardIssued;
  }

  public PaperDocuments.EligibilityCertificate lastCertificate() {
    return lastCertificate;
  }

  @Override
  public void close() {
    if (verifier != null) {
      verifier.close();
    }
  }
}
