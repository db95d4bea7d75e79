package dev.mynalab.smartphone;

import dev.mynalab.ca.hierarchy.CaPurpose;
import dev.mynalab.ca.issuance.Holder;
import dev.mynalab.ca.issuance.IssuanceRefused;
import dev.mynalab.ca.store.CertificateRecord;
import dev.mynalab.ca.store.RevocationReason;
import dev.mynalab.card.applet.Aids;
import dev.mynalab.card.client.CardClient;
import dev.mynalab.card.personalisation.CardDataEncoder;
import dev.mynalab.card.personalisation.CertificateSlot;
import dev.mynalab.card.personalisation.IssuerSession;
import dev.mynalab.card.personalisation.KeyPurpose;
import dev.mynalab.card.personalisation.SecretRef;
import dev.mynalab.kit.journal.Journal;
import dev.mynalab.registry.resident.Resident;
import dev.mynalab.smartphone.se.ChipSession;
import dev.mynalab.smartphone.se.SecureElement;
import dev.mynalab.smartphone.verification.ReferenceVerifier;
import dev.mynalab.verifier.Purpose;
import dev.mynalab.verifier.Verdict;
import dev.mynalab.world.ReferenceWorld;
import dev.mynalab.world.authority.HolderFacts;
import dev.mynalab.world.authority.IssuedCard;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * スマホ用電子証明書の搭載 — the loading flow of the マイナポータル app (Android, SP-01) and of Apple Wallet (iPhone,
 * SP-02), with the 機構 on the other side:
 *
 * <ol>
 *   <li>the service must exist on the day (SP-01 from 2023-05-11, SP-02 from 2025-06-24);
 *   <li>the holder's current card must be valid (LV-01) and carry a signing certificate (CV-07: a
 *       顔認証マイナンバーカード has none; EC-03: nor has a card of someone under 15);
 *   <li>the card's signing password must not be locked (PN-01), and must be right: the card then
 *       signs the 機構's challenge, and the 機構 verifies signature and certificate with the verifier
 *       (a revoked or expired signing certificate is refused);
 *   <li>iPhone: the card's 券面事項入力補助用暗証番号 opens the card-face data, which the phone will hold;
 *   <li>a fresh secure element generates both key pairs; the CA (the world's 機構) certifies them as
 *       スマホ用 certificates (TEST marker) under the phone's own holder reference; the certificates,
 *       the new phone-side PINs and on an iPhone the card-face data are written, and the phone
 *       adopts the element.
 * </ol>
 *
 * <p><b>SP-04 (unverified).</b> With {@code mynalab.rule.phoneCertificatesFollowCard=true}
 * (default) a phone certificate never outlives the card's certificate of its purpose, and the
 * phone's holder reference is registered with the world's {@code RevocationBridge}, so that the
 * registry's notifications revoke the phone's certificates by the card's rules (EC-04, LV-02, OS-02
 * …). With {@code false} the phone certificates are capped only by the card's expiry and follow
 * nothing.
 *
 * <p>Any refusal leaves the phone as it was; certificates already signed in a loading that fails
 * later are revoked (cessationOfOperation) so that nothing half-issued stays active.
 */
public final class SmartphoneLoading {

  private final ReferenceWorld world;
  private final Supplier<ReferenceVerifier> verifier;
  private final Journal journal;
  private final SplittableRandom challenges;
  private final SplittableRandom seSerials;
  private final boolean followCard;

  /** A loading flow with the world's rule-book value of {@code phoneCertificatesFollowCard}. */
  public SmartphoneLoading(ReferenceWorld world, Supplier<ReferenceVerifier> verifier) {
    this(world, verifier, world.rules().parameters().phoneCertificatesFollowCard());
  }

  /**
   * A loading flow with an explicit SP-04 answer (a scenario demonstrating both values of the open
   * question).
   */
  public SmartphoneLoading(
      ReferenceWorld world, Supplier<ReferenceVerifier> verifier, boolean followCard) {
    this.followCard = followCard;
    this.world = world;
    this.verifier = verifier;
    this.journal = world.journal();
    this.challenges = world.seed().stream("smartphone.loading-challenges");
    this.seSerials = world.seed().stream("smartphone.se-serials");
  }

  /** SP-04 (unverified): whether phone certificates loaded by this flow follow the card's. */
  public boolean phoneCertificatesFollowCard() {
    return followCard;
  }

  /**
   * Loads phone certificates for the person with {@code residentCode} onto {@code phone}.
   *
   * @throws SmartphoneRefused naming the rule (and the field) that stopped it
   */
  public synchronized Smartphone load(
      Smartphone phone, String residentCode, CardCredentials card, PhoneSecrets chosen) {
    Platform platform = phone.platform();
    LocalDate today = world.clock().today();
    if (!platform.availableOn(today)) {
      throw refused(
          platform.rule(),
          "/phone",
          platform.label() + " exists from " + platform.availableFrom() + "; today is " + today);
    }
    if (platform == Platform.IPHONE && card.textPin() == null) {
      throw refused("SP-02", "/card/textPin", "the iPhone setup needs the card's 券面事項入力補助用暗証番号");
    }
    Resident r =
        world
            .registry()
            .find(residentCode)
            .orElseThrow(() -> refused("request", "/residentCode", "no person has this 住民票コード"));
    IssuedCard issued =
        world
            .authority()
            .currentCard(residentCode)
            .orElseThrow(() -> refused("CV-01", "/card", "no card was issued to this person"));
    if (!world.authority().valid(issued)) {
      throw refused("LV-01", "/card", "card " + issued.serial() + " is not valid today");
    }
    if (issued.faceAuthentication()) {
      throw refused("CV-07", "/card", "a 顔認証マイナンバーカード carries no signing certificate to load from");
    }
    X509Certificate cardSigning = proveSigningKey(issued, card.signPassword());
    if (platform == Platform.IPHONE) {
      proveCardFace(issued, card.textPin());
    }
    return install(phone, r, issued, cardSigning, chosen);
  }

  /** Step 3: the card signs the 機構's challenge; the verifier checks signature and certificate. */
  private X509Certificate proveSigningKey(IssuedCard issued, String password) {
    ChipSession s = ChipSession.open(issued.card());
    if (s.triesLeft(SecretRef.SIGN_PASSWORD) == 0) {
      throw refused(
          "PN-01",
          "/card/signPassword",
          "the card's signing password is locked; reset it at the counter first (PN-02)");
    }
    int sw = s.verify(SecretRef.SIGN_PASSWORD, password);
    if (sw != 0x9000) {
      throw new SmartphoneRefused(
          "card",
          "/card/signPassword",
          (sw & 0xFFF0) == 0x63C0
              ? "wrong signing password, " + (sw & 0x0F) + " tries left"
              : String.format("the card refused the signing password: SW %04X", sw),
          sw);
    }
    X509Certificate cert =
        s.certificate(CertificateSlot.SIGNING)
            .orElseThrow(
                () -> refused("EC-03", "/card", "the card carries no signing certificate"));
    byte[] challenge = new byte[32];
    for (int i = 0; i < challenge.length; i++) {
      challenge[i] = (byte) challenges.nextInt(256);
    }
    ChipSession.Signed signed = s.signSha256(KeyPurpose.SIGNING, challenge);
    if (!signed.ok()) {
      throw new SmartphoneRefused(
          "card",
          "/card",
          String.format("the card did not sign: SW %04X", signed.sw()),
          signed.sw());
    }
    Verdict v = verifier.get().verifySignature(challenge, signed.signature(), cert, Purpose.SIGN);
    journal.record(
        "smartphone",
        "card-signature-verified",
        "機構 checked the card's signature: " + v.status(),
        Map.of("card", issued.serial(), "status", v.status().name()));
    if (!v.isValid()) {
      throw refused(
          "verifier",
          "/card",
          "the card's signing certificate is "
              + v.status()
              + (v.reasons().isEmpty() ? "" : " (" + v.reasons().get(0) + ")"));
    }
    return cert;
  }

  /** Step 4 (iPhone): the card-face data, read with the card's 券面事項入力補助用暗証番号. */
  private void proveCardFace(IssuedCard issued, String textPin) {
    ChipSession s = ChipSession.open(issued.card());
    int sw = s.verify(SecretRef.TEXT_PIN, textPin);
    if (sw != 0x9000) {
      throw new SmartphoneRefused(
          "card",
          "/card/textPin",
          (sw & 0xFFF0) == 0x63C0
              ? "wrong 券面事項入力補助用暗証番号, " + (sw & 0x0F) + " tries left"
              : String.format("the card refused the 券面事項入力補助用暗証番号: SW %04X", sw),
          sw);
    }
    CardClient.Read face = s.read(Aids.NYURYOKU_HOJO, 0x0002);
    if (!face.ok() || !Arrays.equals(face.data(), CardDataEncoder.basicFourFile(issued.holder()))) {
      throw refused("SP-02", "/card", "the card-face data on the card differ from the 機構's ledger");
    }
  }

  /** Step 5: keys in a fresh SE, certified by the CA, written back; the phone adopts the SE. */
  private Smartphone install(
      Smartphone phone,
      Resident r,
      IssuedCard issued,
      X509Certificate cardSigning,
      PhoneSecrets chosen) {
    boolean follow = followCard;
    String reference = r.personId() + "#" + phone.id();
    Holder card = HolderFacts.holder(r);
    Holder holder =
        new Holder(
            reference,
            card.dateOfBirth(),
            card.municipalityCode(),
            card.stayUntil(),
            card.basicFour());
    LocalDate cardExpiry = issued.holder().cardExpiry();
    SecureElement se =
        SecureElement.manufacture(
            world.cardIssuer(),
            String.format("SE%014d", seSerials.nextLong(100_000_000_000_000L)),
            journal);
    List<CertificateRecord> signedSoFar = new ArrayList<>();
    try {
      IssuerSession s = se.personalise();
      CertificateRecord user =
          certify(
              s,
              KeyPurpose.AUTHENTICATION,
              CaPurpose.AUTHENTICATION,
              holder,
              cap(follow, cardExpiry, issued.authenticationCertificate()),
              phone.platform(),
              signedSoFar);
      s.writeCertificate(CertificateSlot.AUTHENTICATION, user.certificate());
      s.writeCertificate(CertificateSlot.AUTHENTICATION_CA, user.issuer().certificate());
      CertificateRecord signing =
          certify(
              s,
              KeyPurpose.SIGNING,
              CaPurpose.SIGNATURE,
              holder,
              cap(follow, cardExpiry, cardSigning),
              phone.platform(),
              signedSoFar);
      s.writeCertificate(CertificateSlot.SIGNING, signing.certificate());
      s.writeCertificate(CertificateSlot.SIGNING_CA, signing.issuer().certificate());
      boolean cardFace = phone.platform() == Platform.IPHONE;
      if (cardFace) {
        s.writeHolderData(issued.holder());
        s.resetPin(SecretRef.TEXT_PIN, chosen.userPin());
      }
      s.resetPin(SecretRef.AUTH_PIN, chosen.userPin());
      s.resetPin(SecretRef.SIGN_PASSWORD, chosen.signPassword());
      s.lock();
      if (follow) {
        world.revocations().follow(r.personId(), reference);
      }
      phone.install(
          se, r.personId(), reference, user.certificate(), signing.certificate(), chosen, cardFace);
      journal.record(
          "smartphone",
          "loaded",
          phone.platform().label()
              + " loaded on "
              + phone.id()
              + " for card "
              + issued.serial()
              + " (user #"
              + user.serial().toString(16)
              + ", signing #"
              + signing.serial().toString(16)
              + (follow ? "; follows the card, SP-04 parameter)" : "; independent of the card)"),
          Map.of(
              "phone", phone.id(),
              "holder", reference,
              "platform", phone.platform().code(),
              "followsCard", Boolean.toString(follow)));
      return phone;
    } catch (RuntimeException e) {
      for (CertificateRecord rec : signedSoFar) {
        world
            .ca()
            .revocations()
            .revoke(rec, RevocationReason.CESSATION_OF_OPERATION, "スマホ用電子証明書の搭載の中断");
      }
      if (e instanceof SmartphoneRefused refusal) {
        throw refusal;
      }
      if (e instanceof IssuanceRefused ir) {
        throw refused(ir.rule(), "/card", ir.getMessage());
      }
      throw e;
    }
  }

  private CertificateRecord certify(
      IssuerSession s,
      KeyPurpose key,
      CaPurpose purpose,
      Holder holder,
      LocalDate cap,
      Platform platform,
      List<CertificateRecord> signedSoFar) {
    PublicKey publicKey = s.generateKeyPair(key);
    CertificateRecord rec =
        world.ca().issueForSmartphone(purpose, publicKey, holder, cap, platform.code());
    signedSoFar.add(rec);
    return rec;
  }

  /**
   * SP-04 parameter: following the card, a phone certificate ends no later than the card's
   * certificate of its purpose; otherwise only the card's expiry caps it (EC-01 as for a card).
   */
  private static LocalDate cap(boolean follow, LocalDate cardExpiry, X509Certificate cardCert) {
    if (!follow || cardCert == null) {
      return cardExpiry;
    }
    LocalDate certLast =
        LocalDate.ofInstant(
            cardCert.getNotAfter().toInstant(), dev.mynalab.kit.clock.WorldClock.JST);
    return certLast.isBefore(cardExpiry) ? certLast : cardExpiry;
  }

  private static SmartphoneRefused refused(String rule, String pointer, String detail) {
    return new SmartphoneRefused(rule, pointer, detail);
  }
}
