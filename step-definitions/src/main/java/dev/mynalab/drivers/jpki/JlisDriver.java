package dev.mynalab.drivers.jpki;

import dev.mynalab.ca.CaSettings;
import dev.mynalab.ca.JpkiCertificateAuthority;
import dev.mynalab.ca.access.InfrastructureCa;
import dev.mynalab.ca.access.RegisteredVerifier;
import dev.mynalab.ca.access.VerifierRegistry;
import dev.mynalab.ca.access.VerifierRole;
import dev.mynalab.ca.crl.CrlPartition;
import dev.mynalab.ca.crl.PublishedCrl;
import dev.mynalab.ca.hierarchy.CaPurpose;
import dev.mynalab.ca.hierarchy.TestKeys;
import dev.mynalab.ca.issuance.Holder;
import dev.mynalab.ca.issuance.IssuanceRefused;
import dev.mynalab.ca.ocsp.OcspAnswer;
import dev.mynalab.ca.ocsp.OcspResponder;
import dev.mynalab.ca.profile.BasicFour;
import dev.mynalab.ca.profile.LeapDayBirthday;
import dev.mynalab.ca.store.CertificateRecord;
import dev.mynalab.drivers.World;
import dev.mynalab.kit.person.Sex;
import java.io.ByteArrayInputStream;
import java.security.PublicKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.UnknownStatus;

/**
 * 機構 (J-LIS) as the certification authorities of 公的個人認証: it issues the two certificates for keys
 * generated on the card, renews them, revokes them when the resident record changes or a card is
 * lost, and answers 検証者 through OCSP and partitioned CRLs. Speaks the domain and knows nothing of
 * Cucumber. In-process (library first); the HTTPS adapter is tested in the CA module.
 */
public final class JlisDriver {

  /** 署名用 / 利用者証明用 as the features write them. */
  public static CaPurpose purpose(String japanese) {
    return switch (japanese) {
      case "署名用" -> CaPurpose.SIGNATURE;
      case "利用者証明用" -> CaPurpose.AUTHENTICATION;
      default ->
          throw new IllegalArgumentException("電子証明書の種類は 署名用 か 利用者証明用: got '" + japanese + "'");
    };
  }

  private static final int CARD_KEY_POOL = 3;

  private final World world;
  private final Map<String, Holder> residents = new LinkedHashMap<>();
  private final Map<String, LocalDate> cardExpiries = new LinkedHashMap<>();
  private LeapDayBirthday leapDay = LeapDayBirthday.DEFAULT;
  private JpkiCertificateAuthority ca;
  private VerifierRegistry verifiers;
  private int keysUsed;
  private IssuanceRefused lastRefusal;

  public JlisDriver(World world) {
    this.world = world;
  }

  /** Chooses the 29-February parameter before the CAs start (AG-03). */
  public void useLeapDayBirthday(LeapDayBirthday rule) {
    if (ca != null) {
      throw new IllegalStateException("the CAs already run; set the parameter first");
    }
    this.leapDay = rule;
  }

  /** The CAs of this world, started on first use. */
  public JpkiCertificateAuthority ca() {
    if (ca == null) {
      ca =
          JpkiCertificateAuthority.create(
              world.clock(),
              world.seed(),
              world.journal(),
              CaSettings.defaults().withLeapDayBirthday(leapDay));
      verifiers = new VerifierRegistry(new InfrastructureCa(world.seed(), world.clock().instant()));
    }
    return ca;
  }

  public void today(LocalDate date) {
    world.clock().set(date.atTime(10, 0));
  }

  /** A resident as the 住民基本台帳 knows them (the registry will feed this later). */
  public void resident(
      String name,
      LocalDate dateOfBirth,
      String municipality,
      String address,
      LocalDate stayUntil) {
    residents.put(
        name,
        new Holder(
            name,
            dateOfBirth,
            municipality,
            stayUntil,
            BasicFour.of(name, Sex.UNKNOWN, dateOfBirth, address)));
  }

  /** The card's key pair is generated on the card; here a TEST key from a small seeded pool. */
  private PublicKey cardKey() {
    return TestKeys.rsa2048(world.seed(), "card.pool." + (keysUsed++ % CARD_KEY_POOL)).getPublic();
  }

  /** 新規発行 (or 再発行): issues {@code purpose} for the resident's card expiring {@code cardExpiry}. */
  public Optional<CertificateRecord> issue(String name, CaPurpose purpose, LocalDate cardExpiry) {
    cardExpiries.put(name, cardExpiry);
    try {
      lastRefusal = null;
      return Optional.of(ca().issue(purpose, cardKey(), holder(name), cardExpiry));
    } catch (IssuanceRefused e) {
      lastRefusal = e;
      return Optional.empty();
    }
  }

  /** 更新: renews the active certificate of {@code purpose}. */
  public Optional<CertificateRecord> renew(String name, CaPurpose purpose, LocalDate cardExpiry) {
    cardExpiries.put(name, cardExpiry);
    try {
      lastRefusal = null;
      return Optional.of(ca().renew(purpose, cardKey(), holder(name), cardExpiry));
    } catch (IssuanceRefused e) {
      lastRefusal = e;
      return Optional.empty();
    }
  }

  public Optional<IssuanceRefused> lastRefusal() {
    return Optional.ofNullable(lastRefusal);
  }

  /** 住所の変更 (転居・転入, 住居表示の実施): the registry notifies the 機構 (EC-04). */
  public List<CertificateRecord> addressChanged(String name, String municipality, String address) {
    Holder h = holder(name);
    BasicFour old = h.basicFour();
    residents.put(
        name,
        h.with(municipality, BasicFour.of(old.name(), old.sex(), old.dateOfBirth(), address)));
    return ca().revocations().basicFourChanged(name);
  }

  /** 一時停止 after a loss (EC-05). */
  public List<CertificateRecord> suspend(String name) {
    return ca().revocations().suspendAfterLoss(name);
  }

  /** 死亡 (LV-02). */
  public List<CertificateRecord> died(String name) {
    return ca().revocations().died(name);
  }

  /** 国外転出 (OS-02). */
  public List<CertificateRecord> emigrated(String name) {
    return ca().revocations().emigrated(name);
  }

  /** The newest certificate of {@code purpose} issued to {@code name}. */
  public CertificateRecord latest(String name, CaPurpose purpose) {
    List<CertificateRecord> all =
        ca().store().byHolder(name).stream().filter(r -> r.purpose() == purpose).toList();
    if (all.isEmpty()) {
      throw new IllegalStateException(name + " has no " + purpose + " certificate");
    }
    return all.get(all.size() - 1);
  }

  /** Every certificate of {@code purpose} issued to {@code name}, oldest first. */
  public List<CertificateRecord> all(String name, CaPurpose purpose) {
    return ca().store().byHolder(name).stream().filter(r -> r.purpose() == purpose).toList();
  }

  /** Registers a 検証者 with the 機構. */
  public RegisteredVerifier registerVerifier(String name, VerifierRole role) {
    ca();
    return verifiers.register(name, role);
  }

  /**
   * What the OCSP responder answers a verifier about {@code record}: {@code good}, {@code revoked},
   * {@code unknown}, {@code unauthorized} …; {@code verifier} null means an unregistered caller.
   */
  public OcspView ocsp(CertificateRecord record, RegisteredVerifier verifier) {
    return ocsp(OcspResponder.sha1Id(record), verifier);
  }

  /** The OCSP answer for a serial {@code record}'s issuer never issued. */
  public OcspView ocspForUnissuedSerial(CertificateRecord sibling, RegisteredVerifier verifier)
      throws Exception {
    CertificateID id =
        new CertificateID(
            new org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder()
                .build()
                .get(CertificateID.HASH_SHA1),
            sibling.issuer().holder(),
            java.math.BigInteger.valueOf(0x7e57));
    return ocsp(id, verifier);
  }

  private OcspView ocsp(CertificateID id, RegisteredVerifier verifier) {
    try {
      byte[] request = new OCSPReqBuilder().addRequest(id).build().getEncoded();
      Predicate<CaPurpose> mayQuery =
          verifier == null
              ? p -> false
              : p ->
                  verifiers
                      .identify(List.of(verifier.credential().certificate()))
                      .map(v -> v.role().mayQuery(p))
                      .orElse(false);
      OcspAnswer answer = ca().ocsp().respond(request, mayQuery);
      OCSPResp resp = new OCSPResp(answer.der());
      if (resp.getStatus() != 0) {
        return new OcspView(answer.outcome(), null, null);
      }
      BasicOCSPResp basic = (BasicOCSPResp) resp.getResponseObject();
      Object status = basic.getResponses()[0].getCertStatus();
      if (status instanceof RevokedStatus r) {
        return new OcspView(
            "revoked",
            r.getRevocationTime().toInstant().toString(),
            r.hasRevocationReason() ? REASONS.get(r.getRevocationReason()) : "unspecified");
      }
      return new OcspView(status instanceof UnknownStatus ? "unknown" : "good", null, null);
    } catch (Exception e) {
      throw new IllegalStateException("OCSP exchange failed: " + e.getMessage(), e);
    }
  }

  private static final Map<Integer, String> REASONS =
      Map.of(
          1, "keyCompromise",
          3, "affiliationChanged",
          4, "superseded",
          5, "cessationOfOperation");

  /** An OCSP answer as a verifier reads it. */
  public record OcspView(String status, String revokedAt, String reason) {}

  /** The DirName of the CRL distribution point in {@code record}. */
  public String distributionPoint(CertificateRecord record) {
    CRLDistPoint dp = CRLDistPoint.fromExtensions(record.holder().getExtensions());
    return X500Name.getInstance(
            GeneralNames.getInstance(dp.getDistributionPoints()[0].getDistributionPoint().getName())
                .getNames()[0]
                .getName())
        .toString();
  }

  /** The partitions (of the record's issuer) whose full CRL lists {@code record}. */
  public List<String> partitionsListing(CertificateRecord record) throws Exception {
    List<String> listing = new java.util.ArrayList<>();
    for (CrlPartition p : ca().crls().partitions()) {
      if (p.issuer() != record.issuer()) {
        continue;
      }
      X509CRL crl = parse(ca().crls().full(p));
      if (crl.isRevoked(record.certificate())) {
        listing.add(p.isArl() ? "ARL" : p.municipality().code());
      }
    }
    return listing;
  }

  /** Whether the delta CRL of the record's partition lists it. */
  public boolean deltaLists(CertificateRecord record) throws Exception {
    return parse(ca().crls().delta(ca().crls().partitionOf(record)))
        .isRevoked(record.certificate());
  }

  /** Publishes every full CRL now (the scheduled publication). */
  public void publishCrls() {
    ca().crls().publishAll();
  }

  private static X509CRL parse(PublishedCrl crl) throws Exception {
    return (X509CRL)
        CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(crl.der()));
  }

  private Holder holder(String name) {
    Holder h = residents.get(name);
    if (h == null) {
      throw new IllegalArgumentException("unknown resident " + name);
    }
    return h;
  }
}
