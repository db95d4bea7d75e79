package dev.mynalab.ca;

import dev.mynalab.ca.crl.CrlPublisher;
import dev.mynalab.ca.hierarchy.CaGeneration;
import dev.mynalab.ca.hierarchy.CaHierarchy;
import dev.mynalab.ca.hierarchy.CaPurpose;
import dev.mynalab.ca.issuance.CertificateIssuer;
import dev.mynalab.ca.issuance.CertificationPort;
import dev.mynalab.ca.issuance.Holder;
import dev.mynalab.ca.issuance.IssuanceRefused;
import dev.mynalab.ca.issuance.SerialNumbers;
import dev.mynalab.ca.issuance.SubjectIds;
import dev.mynalab.ca.ocsp.OcspResponder;
import dev.mynalab.ca.profile.Municipalities;
import dev.mynalab.ca.profile.Municipality;
import dev.mynalab.ca.profile.SmartphoneProfile;
import dev.mynalab.ca.profile.Validity;
import dev.mynalab.ca.profile.ValidityPolicy;
import dev.mynalab.ca.revocation.Revocations;
import dev.mynalab.ca.store.CertificateRecord;
import dev.mynalab.ca.store.CertificateStore;
import dev.mynalab.ca.store.RevocationReason;
import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.kit.journal.Journal;
import dev.mynalab.kit.random.WorldSeed;
import java.net.URI;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The simulated JPKI certification authorities (署名用CA and 利用者証明用CA, TEST keys only) as a plain Java
 * library: issuance for keys generated on the card, renewal and re-issuance, revocation by JPKI
 * event, partitioned CRLs and a pre-signed OCSP responder. Servers and the CLI are thin adapters
 * over this class.
 *
 * <p>Issuance rules: EC-01 (5th birthday, capped by the card, the 在留期間, and for a signing
 * certificate the user certificate), EC-02 (6th birthday on renewal inside the last 3 months),
 * EC-03 (no signing certificate under 15). Issuing a certificate while the holder has an active one
 * of the same purpose supersedes it (re-issuance).
 */
public final class JpkiCertificateAuthority implements CertificationPort {

  private final WorldClock clock;
  private final Journal journal;
  private final Municipalities municipalities;
  private final CaHierarchy hierarchy;
  private final CertificateStore store = new CertificateStore();
  private final CertificateIssuer issuer;
  private final ValidityPolicy validity;
  private final Revocations revocations;
  private final CrlPublisher crls;
  private final OcspResponder ocsp;
  private final CaSettings initialSettings;
  private final AtomicReference<Map<CaPurpose, URI>> ocspUrls;

  private JpkiCertificateAuthority(
      WorldClock clock,
      WorldSeed seed,
      Journal journal,
      CaSettings settings,
      Municipalities municipalities) {
    this.clock = clock;
    this.journal = journal;
    this.municipalities = municipalities;
    this.initialSettings = settings;
    List<String> keys = new java.util.ArrayList<>();
    for (CaPurpose purpose : CaPurpose.values()) {
      keys.add("ocsp." + purpose.code());
      for (int k = 1; k <= settings.generations(); k++) {
        keys.add(CaHierarchy.keyName(purpose, k));
      }
    }
    dev.mynalab.ca.hierarchy.TestKeys.prepare(seed, keys);
    this.hierarchy = CaHierarchy.create(seed, clock.instant(), settings.generations());
    this.issuer =
        new CertificateIssuer(
            store,
            new SerialNumbers(
                seed.stream("ca.serials"), settings.serialMinBytes(), settings.serialMaxBytes()),
            new SubjectIds(seed.stream("ca.subject-ids")),
            new dev.mynalab.ca.issuance.SubjectKeyIds(seed.stream("ca.subject-key-ids")));
    this.validity = new ValidityPolicy(settings.ruleBook());
    this.revocations = new Revocations(store, clock, journal);
    this.crls =
        new CrlPublisher(
            hierarchy,
            municipalities,
            store,
            clock,
            journal,
            settings.crlValidity(),
            settings.deltaValidity(),
            seed.stream("ca.crl.order"),
            seed.stream("ca.crl.window"));
    this.ocsp =
        new OcspResponder(
            hierarchy,
            store,
            clock,
            journal,
            settings.noncePolicy(),
            settings.ocspValidity(),
            settings.ocspRefreshAhead(),
            seed.stream("ca.ocsp.window"),
            seed);
    store.subscribe(ocsp);
    this.ocspUrls =
        new AtomicReference<>(
            Map.of(
                CaPurpose.AUTHENTICATION, settings.authOcspUrl(),
                CaPurpose.SIGNATURE, settings.signOcspUrl()));
    journal.record(
        "ca",
        "start",
        "JPKI TEST CAs up: " + hierarchy.all().size() + " roots, seed " + seed,
        settings.describe());
  }

  /** The CAs with the fixture's municipalities. */
  public static JpkiCertificateAuthority create(
      WorldClock clock, WorldSeed seed, Journal journal, CaSettings settings) {
    return create(clock, seed, journal, settings, Municipalities.fixture());
  }

  public static JpkiCertificateAuthority create(
      WorldClock clock,
      WorldSeed seed,
      Journal journal,
      CaSettings settings,
      Municipalities municipalities) {
    return new JpkiCertificateAuthority(clock, seed, journal, settings, municipalities);
  }

  public CaHierarchy hierarchy() {
    return hierarchy;
  }

  public CertificateStore store() {
    return store;
  }

  public CrlPublisher crls() {
    return crls;
  }

  public OcspResponder ocsp() {
    return ocsp;
  }

  /** Event-driven revocation (the registry's notifications drive it), see {@link Revocations}. */
  public Revocations revocations() {
    return revocations;
  }

  public Municipalities municipalities() {
    return municipalities;
  }

  public CaSettings settings() {
    return initialSettings.withOcspUrls(
        ocspUrls.get().get(CaPurpose.AUTHENTICATION), ocspUrls.get().get(CaPurpose.SIGNATURE));
  }

  public WorldClock clock() {
    return clock;
  }

  /** Points the AIA of certificates issued from now on at {@code auth} / {@code sign}. */
  public void useOcspUrls(URI auth, URI sign) {
    ocspUrls.set(Map.of(CaPurpose.AUTHENTICATION, auth, CaPurpose.SIGNATURE, sign));
  }

  @Override
  public X509Certificate certify(
      CaPurpose purpose, PublicKey cardPublicKey, Holder holder, LocalDate cardExpiry) {
    return issue(purpose, cardPublicKey, holder, cardExpiry).certificate();
  }

  /**
   * Issues a certificate (新規発行, or 再発行 when one is active: the old one is then revoked as
   * superseded once the new one is signed).
   */
  public CertificateRecord issue(
      CaPurpose purpose, PublicKey cardPublicKey, Holder holder, LocalDate cardExpiry) {
    return issue(purpose, cardPublicKey, holder, cardExpiry, false, List.of());
  }

  /**
   * Issues a スマホ用電子証明書 (SP-01, SP-02) for a key generated in a phone's secure element: the same
   * rules and profile as a card certificate, plus the TEST smartphone marker ({@link
   * SmartphoneProfile}) so that a verifier can tell it from a card certificate. {@code holder}
   * carries the phone's own reference, so the phone's certificate does not supersede the card's.
   *
   * @param platform {@code android} or {@code iphone}
   * @param expiryCap the last day the certificate may reach (the card's expiry, or earlier)
   */
  public CertificateRecord issueForSmartphone(
      CaPurpose purpose,
      PublicKey phonePublicKey,
      Holder holder,
      LocalDate expiryCap,
      String platform) {
    return issue(
        purpose,
        phonePublicKey,
        holder,
        expiryCap,
        false,
        List.of(SmartphoneProfile.marker(platform)));
  }

  /**
   * Renews the holder's active certificate of {@code purpose} (更新) with a new key: inside the last
   * 3 months it runs to the 6th birthday (EC-02). Refused when nothing is active (RN-02: a lapsed
   * certificate is issued anew).
   */
  public CertificateRecord renew(
      CaPurpose purpose, PublicKey cardPublicKey, Holder holder, LocalDate cardExpiry) {
    return issue(purpose, cardPublicKey, holder, cardExpiry, true, List.of());
  }

  private synchronized CertificateRecord issue(
      CaPurpose purpose,
      PublicKey key,
      Holder holder,
      LocalDate cardExpiry,
      boolean renewal,
      List<org.bouncycastle.asn1.x509.Extension> additional) {
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, WorldClock.JST);
    Municipality municipality =
        municipalities
            .byCode(holder.municipalityCode())
            .orElseThrow(
                () ->
                    new IssuanceRefused(
                        "request",
                        "unknown municipality code "
                            + holder.municipalityCode()
                            + " (no CRL partition)"));
    if (cardExpiry == null || cardExpiry.isBefore(today)) {
      throw new IssuanceRefused("LV-01", "the card expired on " + cardExpiry);
    }
    if (holder.stay().filter(s -> s.isBefore(today)).isPresent()) {
      throw new IssuanceRefused("CV-04", "the 在留期間 ended on " + holder.stayUntil());
    }
    Optional<LocalDate> cap = Optional.empty();
    if (purpose == CaPurpose.SIGNATURE) {
      if (holder.basicFour() == null) {
        throw new IssuanceRefused("request", "a signing certificate needs the 基本4情報");
      }
      if (!validity.ruleBook().signingCertificateAllowed(holder.dateOfBirth(), today)) {
        int age = validity.ruleBook().ages().ageOn(holder.dateOfBirth(), today);
        throw new IssuanceRefused(
            "EC-03", "no signing certificate under 15 (age " + age + " on " + today + ")");
      }
      cap =
          store.active(holder.reference(), CaPurpose.AUTHENTICATION, now).stream()
              .map(CertificateRecord::lastDay)
              .max(LocalDate::compareTo);
    }
    List<CertificateRecord> previous = store.active(holder.reference(), purpose, now);
    if (renewal && previous.isEmpty()) {
      throw new IssuanceRefused(
          "RN-02", "no active " + purpose.code() + " certificate to renew; issue a new one");
    }
    Optional<LocalDate> renewed =
        renewal
            ? previous.stream().map(CertificateRecord::lastDay).max(LocalDate::compareTo)
            : Optional.empty();
    Validity v;
    try {
      v = validity.compute(now, holder.dateOfBirth(), cardExpiry, holder.stay(), renewed, cap);
    } catch (IllegalArgumentException e) {
      throw new IssuanceRefused("EC-01", e.getMessage());
    }
    CaGeneration current = hierarchy.current(purpose);
    CertificateRecord record =
        issuer.issue(
            current, key, holder, municipality, v, ocspUrls.get().get(purpose), additional);
    for (CertificateRecord old : previous) {
      revocations.revoke(old, RevocationReason.SUPERSEDED, renewal ? "更新 (EC-02)" : "再発行");
    }
    journal.record(
        "ca",
        renewal ? "renew" : "issue",
        purpose.code()
            + " #"
            + record.serial().toString(16)
            + " for "
            + holder.reference()
            + " until "
            + v.lastDay()
            + " ("
            + v.limitedBy()
            + ", "
            + v.birthdays()
            + " birthdays)",
        Map.of(
            "serial", record.serial().toString(16),
            "issuer", current.label(),
            "holder", holder.reference(),
            "lastDay", v.lastDay().toString(),
            "limitedBy", v.limitedBy(),
            "partition", municipality.code()));
    return record;
  }
}
