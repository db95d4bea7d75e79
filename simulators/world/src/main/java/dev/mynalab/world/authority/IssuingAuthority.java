package dev.mynalab.world.authority;

import dev.mynalab.ca.JpkiCertificateAuthority;
import dev.mynalab.ca.hierarchy.CaPurpose;
import dev.mynalab.ca.issuance.Holder;
import dev.mynalab.ca.issuance.IssuanceRefused;
import dev.mynalab.ca.store.CertificateRecord;
import dev.mynalab.card.journal.ApduJournal;
import dev.mynalab.card.personalisation.CardIssuer;
import dev.mynalab.card.personalisation.CertificateSlot;
import dev.mynalab.card.personalisation.HolderData;
import dev.mynalab.card.personalisation.IssuerException;
import dev.mynalab.card.personalisation.IssuerSession;
import dev.mynalab.card.personalisation.KeyPurpose;
import dev.mynalab.card.personalisation.SecretRef;
import dev.mynalab.card.sim.MynaCard;
import dev.mynalab.card.transport.InProcessTransport;
import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.kit.journal.Journal;
import dev.mynalab.kit.random.WorldSeed;
import dev.mynalab.registry.ResidentRegistry;
import dev.mynalab.registry.api.Requests;
import dev.mynalab.registry.resident.Resident;
import dev.mynalab.registry.resident.ResidentStatus;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * 地方公共団体情報システム機構 (J-LIS) in the reference world: manufactures and issues cards, has the card
 * generate its key pairs, has the CA certify them, writes everything back through the card's issuer
 * channel, and keeps the ledger of cards. Joins three simulators that do not know each other: the
 * registry (the person and the card's validity), the card (keys, PINs, 券面事項) and the CA
 * (certificates).
 *
 * <p>Rules: CV-01..04 (card validity, from the rule book through the registry), EC-01 (certificate
 * validity, the CA), EC-03 (no signing certificate under 15: the CA refuses and the card then has
 * none), CV-07 (face-authentication card: no user-certificate PIN, no signing certificate), MV-01 /
 * MV-05 (追記 with the 住基 PIN), EC-04 (new signing certificate after a change of the 基本4情報), EC-02
 * (renewal), EC-05 (一時停止), LV-05 (re-issue makes the old card lapse).
 */
public final class IssuingAuthority {

  /** The day 顔認証マイナンバーカード became available (CV-07). */
  public static final LocalDate FACE_AUTHENTICATION_FROM = LocalDate.of(2023, 12, 15);

  /**
   * Renewal opens this many months before the last valid day (RN-01). Sources differ on the first
   * day ("from the day 3 months are left", tsuruga; "from the day after", oguchi); the world takes
   * the day after the date 3 months before, the same boundary as the EC-02 bonus in the rule book.
   */
  public static final int RENEWAL_WINDOW_MONTHS = 3;

  /**
   * What a 国外転出者's signing certificate says in place of the address (OS-02: for a person who has
   * left Japan the address item is replaced by the statement that they are a 国外転出者, JPKI法 第3条の2
   * with 住基法 第17条). The exact wording, and which subject fields carry it, were not verified
   * (domain-rules.md §16 item 5); the world writes this text into the address otherName.
   */
  public static final String OVERSEAS_ADDRESS_STATEMENT = "国外転出者";

  private final ResidentRegistry registry;
  private final Supplier<JpkiCertificateAuthority> ca;
  private final CardIssuer issuer;
  private final WorldClock clock;
  private final Journal journal;
  private final SplittableRandom serials;
  private final SplittableRandom securityCodes;
  private final Map<String, IssuedCard> bySerial = new ConcurrentHashMap<>();
  private final Map<String, IssuedCard> currentByPerson = new ConcurrentHashMap<>();

  public IssuingAuthority(
      ResidentRegistry registry,
      Supplier<JpkiCertificateAuthority> ca,
      CardIssuer issuer,
      WorldClock clock,
      WorldSeed seed,
      Journal journal) {
    this.registry = registry;
    this.ca = ca;
    this.issuer = issuer;
    this.clock = clock;
    this.journal = journal;
    this.serials = seed.stream("world.card-serials");
    this.securityCodes = seed.stream("world.security-codes");
  }

  public CardIssuer cardIssuer() {
    return issuer;
  }

  // ------------------------------------------------------------------ 発行

  /** Issues an ordinary card today (see {@link #issueCard(CardApplication)}). */
  public IssuedCard issueCard(
      String residentCode, dev.mynalab.card.personalisation.Pins pins, LocalDate receivedOn) {
    return issueCard(CardApplication.of(residentCode, pins, receivedOn));
  }

  /**
   * Issues a card today: records the issue in the registry (which computes the expiry with the rule
   * book and lets an older card lapse, LV-05, CV-06), manufactures the card, has it generate both
   * RSA key pairs, certifies the public keys, writes certificates, CA certificates and holder data,
   * sets the PINs and locks the card.
   *
   * @throws IssuanceFailure when the person cannot get a card (not living here, the 在留期間 over,
   *     CV-07 before it existed) — then nothing is recorded
   */
  public synchronized IssuedCard issueCard(CardApplication application) {
    LocalDate today = clock.today();
    Resident before = resident(application.residentCode());
    boolean abroad = before.status() == ResidentStatus.ABROAD && before.honseki() != null;
    if (abroad) {
      requireApplicationFromAbroad(before, application);
    } else if (before.status() != ResidentStatus.RESIDENT) {
      throw new IssuanceFailure(
          "CV-01",
          "a card is issued to a person living in Japan; this person is " + before.status());
    }
    if (application.faceAuthentication() && today.isBefore(FACE_AUTHENTICATION_FROM)) {
      throw new IssuanceFailure(
          "CV-07", "face-authentication cards exist from " + FACE_AUTHENTICATION_FROM);
    }
    LocalDate stay = before.nationality() == null ? null : before.nationality().stayUntil();
    if (stay != null && stay.isBefore(today)) {
      throw new IssuanceFailure("CV-04", "the 在留期間 ended on " + stay);
    }
    // the registry first: it computes the expiry, and lets the old card lapse (its certificates are
    // revoked through the bridge) before the new card's certificates exist
    Resident r =
        registry.recordCardIssued(
            new Requests.CardIssue(application.residentCode(), application.receivedOn(), today));
    LocalDate expiry = r.card().expiresOn();
    IssuedCard previous = currentByPerson.get(r.personId());

    String serial = String.format("MYNA%012d", serials.nextLong(1_000_000_000_000L));
    MynaCard card =
        issuer.manufacture(
            serial,
            new ApduJournal(
                journal, issuer.applets().isReference() ? "in-process" : "jcardsim-vendor"));
    IssuerSession s = issuer.open(new InProcessTransport(card));
    Holder holder =
        abroad ? HolderFacts.overseasHolder(r, OVERSEAS_ADDRESS_STATEMENT) : HolderFacts.holder(r);

    PublicKey authKey = s.generateKeyPair(KeyPurpose.AUTHENTICATION);
    CertificateRecord auth = ca.get().issue(CaPurpose.AUTHENTICATION, authKey, holder, expiry);
    s.writeCertificate(CertificateSlot.AUTHENTICATION, auth.certificate());
    s.writeCertificate(CertificateSlot.AUTHENTICATION_CA, auth.issuer().certificate());

    X509Certificate signing = null;
    if (!application.faceAuthentication()) {
      signing = certifySigning(s, s.generateKeyPair(KeyPurpose.SIGNING), holder, expiry);
    }
    HolderData data =
        abroad
            ? HolderFacts.overseasCardData(r, OVERSEAS_ADDRESS_STATEMENT, expiry, securityCode())
            : HolderFacts.cardData(r, expiry, securityCode());
    if (InfantCards.photoless(r.birthDate(), application.receivedOn())) {
      data = data.withoutFacePhoto(); // CV-05
    }
    s.writeHolderData(data);
    var pins = application.pins();
    s.resetPin(SecretRef.TEXT_PIN, pins.textPin());
    s.resetPin(SecretRef.JUKI_PIN, pins.jukiPin());
    if (!application.faceAuthentication()) {
      s.resetPin(SecretRef.AUTH_PIN, pins.authPin());
      if (signing != null) {
        s.resetPin(SecretRef.SIGN_PASSWORD, pins.signPassword());
      }
    }
    s.lock();
    card.reset();

    IssuedCard issued =
        new IssuedCard(
            serial,
            r.personId(),
            card,
            today,
            application.faceAuthentication(),
            data,
            auth.certificate(),
            signing);
    bySerial.put(serial, issued);
    currentByPerson.put(r.personId(), issued);
    journal.record(
        "world",
        "card-issued",
        "機構 issued card "
            + serial
            + " valid to "
            + expiry
            + (signing == null ? " without a signing certificate" : " with both certificates")
            + (application.faceAuthentication() ? " (顔認証, CV-07)" : "")
            + (previous != null ? "; card " + previous.serial() + " lapses (LV-05)" : ""),
        Map.of("serial", serial, "person", r.personId(), "expiry", expiry.toString()));
    return issued;
  }

  /**
   * OS-03: a card for a Japanese national abroad — applied for from abroad (an embassy or consulate
   * forwards it to the 本籍地, the 附票管理市町村), issued against the 戸籍の附票 with the address replaced by
   * {@link #OVERSEAS_ADDRESS_STATEMENT}, received at an embassy or consulate, the 本籍地 or any
   * municipality during a visit.
   */
  private void requireApplicationFromAbroad(Resident r, CardApplication application) {
    LocalDate departed = r.fuhyo().get(r.fuhyo().size() - 1).from();
    registry
        .rules()
        .applicationFromAbroadRefusal(
            departed, application.receivedOn(), r.holdsValidCard(application.receivedOn()))
        .ifPresent(
            why -> {
              throw new IssuanceFailure("OS-03", why + " (abroad since " + departed + ")");
            });
  }

  /**
   * Certifies the signing key; when the CA refuses (EC-03) the card keeps no signing certificate.
   */
  private X509Certificate certifySigning(
      IssuerSession s, PublicKey key, Holder holder, LocalDate expiry) {
    try {
      CertificateRecord rec = ca.get().issue(CaPurpose.SIGNATURE, key, holder, expiry);
      s.writeCertificate(CertificateSlot.SIGNING, rec.certificate());
      s.writeCertificate(CertificateSlot.SIGNING_CA, rec.issuer().certificate());
      return rec.certificate();
    } catch (IssuanceRefused e) {
      journal.record("world", "signing-refused", "CA refused the signing certificate: " + e);
      return null;
    }
  }

  // ------------------------------------------------------------------ 異動

  /**
   * 追記 (MV-01, MV-05): the municipality writes the registry's current address into the card through
   * the issuer channel, after the holder entered the 住基 PIN.
   *
   * @throws IssuanceFailure with the card's status word when the PIN is wrong or blocked
   */
  public synchronized IssuedCard writeNewAddress(String residentCode, String jukiPin) {
    Resident r = resident(residentCode);
    IssuedCard c = current(r);
    HolderData updated = c.holder().withAddress(r.address());
    try {
      session(c).updateAddress(updated, jukiPin);
    } catch (IssuerException e) {
      throw new IssuanceFailure("card", "the card refused the 追記: " + e.getMessage(), e.sw(), e);
    }
    c.holder(updated);
    journal.record("world", "address-written", "追記 on card " + c.serial() + " (MV-05)");
    return c;
  }

  /**
   * A new 署名用電子証明書 (after EC-04 revoked the old one): the card erases the old certificate and
   * generates a new key, the CA certifies it with the current 基本4情報, the certificate is written
   * back, and the holder's new 署名用パスワード is set. Refused by the CA under 15 (EC-03).
   */
  public synchronized X509Certificate reissueSigningCertificate(
      String residentCode, String newSignPassword) {
    Resident r = resident(residentCode);
    IssuedCard c = current(r);
    requireUsable(r, c);
    if (c.faceAuthentication()) {
      throw new IssuanceFailure(
          "CV-07", "a face-authentication card carries no signing certificate");
    }
    IssuerSession s = session(c);
    PublicKey key = s.replaceSigningKey();
    c.signingCertificate(null);
    CertificateRecord rec;
    try {
      rec =
          ca.get().issue(CaPurpose.SIGNATURE, key, HolderFacts.holder(r), c.holder().cardExpiry());
    } catch (IssuanceRefused e) {
      throw new IssuanceFailure(e.rule(), e.getMessage());
    }
    s.writeCertificate(CertificateSlot.SIGNING, rec.certificate());
    s.writeCertificate(CertificateSlot.SIGNING_CA, rec.issuer().certificate());
    s.resetPin(SecretRef.SIGN_PASSWORD, newSignPassword);
    c.signingCertificate(rec.certificate());
    return rec.certificate();
  }

  // ------------------------------------------------------------------ 国外転出者 (OS-02)

  /**
   * A new 署名用電子証明書 for a 国外転出者 who kept the card (OS-01), issued against the 戸籍の附票 (OS-02): after
   * the departure only in person at the 本籍地 counter; the address item carries {@link
   * #OVERSEAS_ADDRESS_STATEMENT}. Before the departure the 住所地 counter can issue one; the world
   * does not simulate that variant (the domestic certificate is still valid until the departure
   * date, when the held OS-02 revocation would also take the new one).
   *
   * @param counterMunicipality the 6-digit code of the municipality whose counter the holder visits
   */
  public synchronized X509Certificate issueOverseasSigningCertificate(
      String residentCode, String counterMunicipality, String newSignPassword) {
    Resident r = resident(residentCode);
    IssuedCard c = current(r);
    requireDepartedAtHonseki(r, c, counterMunicipality);
    if (c.faceAuthentication()) {
      throw new IssuanceFailure(
          "CV-07", "a face-authentication card carries no signing certificate");
    }
    IssuerSession s = session(c);
    PublicKey key = s.replaceSigningKey();
    c.signingCertificate(null);
    CertificateRecord rec = issueOverseas(CaPurpose.SIGNATURE, key, r, c);
    s.writeCertificate(CertificateSlot.SIGNING, rec.certificate());
    s.writeCertificate(CertificateSlot.SIGNING_CA, rec.issuer().certificate());
    s.resetPin(SecretRef.SIGN_PASSWORD, newSignPassword);
    c.signingCertificate(rec.certificate());
    journal.record(
        "world",
        "overseas-signing-certificate",
        "署名用電子証明書 for a 国外転出者 on card " + c.serial() + " (OS-02)");
    return rec.certificate();
  }

  /**
   * Re-issues a 国外転出者's 利用者証明用電子証明書 at the 本籍地 counter (OS-02: it was not revoked on departure, and
   * re-issuing it restarts its clock: the 5th birthday after today, EC-01, capped by the card). The
   * card makes a new key; the CA's new issue supersedes the old certificate.
   */
  public synchronized X509Certificate reissueOverseasUserCertificate(
      String residentCode, String counterMunicipality) {
    Resident r = resident(residentCode);
    IssuedCard c = current(r);
    requireDepartedAtHonseki(r, c, counterMunicipality);
    IssuerSession s = session(c);
    PublicKey key = s.generateKeyPair(KeyPurpose.AUTHENTICATION);
    CertificateRecord rec = issueOverseas(CaPurpose.AUTHENTICATION, key, r, c);
    s.writeCertificate(CertificateSlot.AUTHENTICATION, rec.certificate());
    c.authenticationCertificate(rec.certificate());
    return rec.certificate();
  }

  /** The CA certifies {@code key} against the 戸籍の附票 (OS-02); a refusal keeps its rule. */
  private CertificateRecord issueOverseas(
      CaPurpose purpose, PublicKey key, Resident r, IssuedCard c) {
    try {
      return ca.get()
          .issue(
              purpose,
              key,
              HolderFacts.overseasHolder(r, OVERSEAS_ADDRESS_STATEMENT),
              c.holder().cardExpiry());
    } catch (IssuanceRefused e) {
      throw new IssuanceFailure(e.rule(), e.getMessage());
    }
  }

  private void requireDepartedAtHonseki(Resident r, IssuedCard c, String counterMunicipality) {
    if (r.status() != ResidentStatus.ABROAD || r.honseki() == null) {
      throw new IssuanceFailure(
          "OS-02",
          "certificates against the 戸籍の附票 are for a Japanese 国外転出者; this person is " + r.status());
    }
    if (r.card() != null && r.card().lapsed()) {
      throw new IssuanceFailure(
          r.card().lapseRule(),
          "the card lapsed on " + r.card().lapsedOn() + "; nothing is issued against the 附票");
    }
    requireUsable(r, c);
    LocalDate departed = r.fuhyo().get(r.fuhyo().size() - 1).from();
    if (clock.today().isBefore(departed)) {
      throw new IssuanceFailure(
          "OS-02", "the departure is on " + departed + "; before it the 住所地 counter acts");
    }
    if (!r.honseki().municipality().equals(counterMunicipality)) {
      throw new IssuanceFailure(
          "OS-02",
          "after the departure only the 本籍地 counter ("
              + r.honseki().municipality()
              + ") issues certificates, in person");
    }
  }

  // ------------------------------------------------------------------ 更新 (EC-02, RN-01)

  /**
   * 電子証明書の更新, from 3 months before the expiry (RN-01; earlier it is refused: a certificate is then
   * issued anew): new keys on the card for every certificate the holder still has, renewed by the
   * CA (the 6th birthday when less than 3 months remain, EC-02), written back. The user certificate
   * first: the signing certificate may not outlive it.
   *
   * @return the renewed certificates, user certificate first
   */
  public synchronized List<X509Certificate> renewCertificates(String residentCode) {
    Resident r = resident(residentCode);
    IssuedCard c = current(r);
    requireUsable(r, c);
    Holder holder = HolderFacts.holder(r);
    LocalDate expiry = c.holder().cardExpiry();
    LocalDate today = clock.today();
    for (CaPurpose p : CaPurpose.values()) {
      for (CertificateRecord active : ca.get().store().active(r.personId(), p, clock.instant())) {
        LocalDate opens = active.lastDay().minusMonths(RENEWAL_WINDOW_MONTHS);
        if (!today.isAfter(opens)) {
          throw new IssuanceFailure(
              "RN-01",
              "renewal opens after "
                  + opens
                  + " (3 months before "
                  + active.lastDay()
                  + "); until then a certificate is issued anew");
        }
      }
    }
    IssuerSession s = session(c);
    java.util.ArrayList<X509Certificate> out = new java.util.ArrayList<>();
    try {
      if (!ca.get()
          .store()
          .active(r.personId(), CaPurpose.AUTHENTICATION, clock.instant())
          .isEmpty()) {
        PublicKey k = s.generateKeyPair(KeyPurpose.AUTHENTICATION);
        CertificateRecord rec = ca.get().renew(CaPurpose.AUTHENTICATION, k, holder, expiry);
        s.writeCertificate(CertificateSlot.AUTHENTICATION, rec.certificate());
        c.authenticationCertificate(rec.certificate());
        out.add(rec.certificate());
      }
      if (!ca.get().store().active(r.personId(), CaPurpose.SIGNATURE, clock.instant()).isEmpty()) {
        PublicKey k = s.replaceSigningKey();
        CertificateRecord rec = ca.get().renew(CaPurpose.SIGNATURE, k, holder, expiry);
        s.writeCertificate(CertificateSlot.SIGNING, rec.certificate());
        c.signingCertificate(rec.certificate());
        out.add(rec.certificate());
      }
    } catch (IssuanceRefused e) {
      throw new IssuanceFailure(e.rule(), e.getMessage());
    }
    if (out.isEmpty()) {
      throw new IssuanceFailure("RN-02", "no active certificate to renew; issue new ones");
    }
    return out;
  }

  // ------------------------------------------------------------------ 紛失 (EC-05, LV-05)

  /** 一時停止 phoned in after a loss (EC-05): both certificates are revoked. */
  public synchronized List<CertificateRecord> suspend(String residentCode) {
    Resident r = resident(residentCode);
    IssuedCard c = current(r);
    c.suspended(true);
    return ca.get().revocations().suspendAfterLoss(r.personId());
  }

  /** The card turned up: the 一時停止 is lifted, but the revoked certificates stay revoked (EC-05). */
  public synchronized void liftSuspension(String residentCode) {
    Resident r = resident(residentCode);
    IssuedCard c = current(r);
    if (!c.suspended()) {
      throw new IssuanceFailure("EC-05", "no 一時停止 is in force for card " + c.serial());
    }
    c.suspended(false);
  }

  // ------------------------------------------------------------------ ledger

  /** The person's newest card, if one was issued in this world. */
  public Optional<IssuedCard> currentCard(String residentCode) {
    return Optional.ofNullable(currentByPerson.get(resident(residentCode).personId()));
  }

  public Optional<IssuedCard> card(String serial) {
    return Optional.ofNullable(bySerial.get(serial));
  }

  /**
   * Whether {@code card} is valid today: the person's newest card (LV-05), not lapsed in the
   * registry (LV-01..06), not suspended (EC-05).
   */
  public boolean valid(IssuedCard card) {
    Resident r =
        registry.store().byPersonId(card.personId()).orElseThrow(IllegalStateException::new);
    return currentByPerson.get(card.personId()) == card
        && r.holdsValidCard(clock.today())
        && !card.suspended();
  }

  private void requireUsable(Resident r, IssuedCard c) {
    if (!valid(c)) {
      throw new IssuanceFailure("LV-01", "card " + c.serial() + " is not valid today");
    }
  }

  private IssuedCard current(Resident r) {
    IssuedCard c = currentByPerson.get(r.personId());
    if (c == null) {
      throw new IssuanceFailure("CV-01", "no card was issued to this person");
    }
    return c;
  }

  private IssuerSession session(IssuedCard c) {
    c.card().reset();
    return issuer.open(new InProcessTransport(c.card()));
  }

  private Resident resident(String residentCode) {
    return registry
        .find(residentCode)
        .orElseThrow(
            () -> new IssuanceFailure("request", "no person has the 住民票コード " + residentCode));
  }

  private String securityCode() {
    return String.format("%04d", securityCodes.nextInt(10_000));
  }
}
