package dev.mynalab.relyingparty.platform;

import dev.mynalab.kit.journal.Journal;
import dev.mynalab.kit.problem.Problem;
import dev.mynalab.kit.problem.ProblemException;
import dev.mynalab.verifier.VerifierService;
import dev.mynalab.verifier.document.DocumentVerdict;
import dev.mynalab.verifier.login.Challenge;
import dev.mynalab.verifier.login.LoginVerdict;
import dev.mynalab.verifier.profile.BasicFourReader;
import java.security.cert.X509Certificate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * プラットフォーム事業者 (seed: 民間事業者における公的個人認証サービスの活用（プラットフォーム事業者とみなし署名検証者）): a 署名検証者 certified by the
 * minister and registered with the 機構 for revocation data (RV-03), verifying on behalf of the
 * businesses it contracted with. A business that is a みなし署名検証者 receives the verification result of
 * a signed application and, when valid, the 基本4情報 of the signing certificate (VF-06); a business
 * that is not — or is unknown — gets nothing (403). Logins with the 利用者証明用電子証明書 tell any contracted
 * business only that it is the person: that certificate carries no 基本4情報 (seed: 公的個人認証制度の概要②).
 *
 * <p>All validation is the verifier's ({@link VerifierService}); this class decides who may learn
 * what.
 */
public final class PlatformOperator {

  private static final List<String> FOUR = List.of("name", "address", "dateOfBirth", "sex");

  private final VerifierService verifier;
  private final Businesses businesses;
  private final Journal journal;

  public PlatformOperator(VerifierService verifier, Businesses businesses, Journal journal) {
    this.verifier = verifier;
    this.businesses = businesses;
    this.journal = journal;
  }

  public Businesses businesses() {
    return businesses;
  }

  /**
   * Verifies an application signed with the card (CMS SignedData) for a みなし署名検証者.
   *
   * @throws ProblemException 403 when the business is not contracted or not a みなし署名検証者; 422 when
   *     the document is not a CMS SignedData
   */
  public SignatureAnswer verifySignature(String businessId, byte[] cms) {
    Business b = contracted(businessId);
    if (!b.deemedSignatureVerifier()) {
      journal.record(
          "platform", "refused", b.id() + " is not a みなし署名検証者: no signature verification given");
      throw new ProblemException(
          Problem.forbidden(
              b.name()
                  + " is not a みなし署名検証者 (公的個人認証法 第17条): it receives no verification results"
                  + " nor 基本4情報"));
    }
    if (cms == null || cms.length == 0) {
      throw new ProblemException(Problem.invalidField("/document", "the signed document is empty"));
    }
    DocumentVerdict v;
    try {
      v = verifier.documents().validate(cms, null, null);
    } catch (IllegalArgumentException e) {
      throw new ProblemException(Problem.invalidField("/document", e.getMessage()));
    }
    boolean valid = v.status() == dev.mynalab.verifier.Status.VALID;
    Map<String, String> four = null;
    if (valid && v.certificate() != null && v.certificate().basicFour() != null) {
      four = new LinkedHashMap<>();
      for (String k : FOUR) {
        four.put(k, v.certificate().basicFour().get(k));
      }
    }
    journal.record(
        "platform",
        "signature",
        "for "
            + b.id()
            + " ("
            + b.service()
            + "): "
            + v.status()
            + (four != null ? " + 基本4情報" : ""),
        Map.of("business", b.id(), "status", v.status().name()));
    return new SignatureAnswer(
        b.id(), valid, v.status().name(), v.reasons(), four, v.signingTime());
  }

  /** A login challenge for a contracted business. */
  public Challenge loginChallenge(String businessId) {
    contracted(businessId);
    return verifier.logins().issue();
  }

  /**
   * Checks a card's answer to a login challenge (利用者証明).
   *
   * @throws ProblemException 403 for a business that is not contracted; 422 for an unsupported
   *     algorithm
   */
  public LoginAnswer verifyLogin(
      String businessId, String challengeId, byte[] signature, X509Certificate certificate) {
    Business b = contracted(businessId);
    LoginVerdict v;
    try {
      v = verifier.logins().answer(challengeId, signature, certificate, null);
    } catch (IllegalArgumentException e) {
      throw new ProblemException(Problem.invalidField("/algorithm", e.getMessage()));
    }
    boolean carries = !BasicFourReader.read(certificate).isEmpty();
    journal.record(
        "platform",
        "login",
        "for " + b.id() + ": " + v.outcome(),
        Map.of("business", b.id(), "outcome", v.outcome()));
    return new LoginAnswer(b.id(), v.authenticated(), v.outcome(), v.reasons(), carries);
  }

  private Business contracted(String businessId) {
    return businesses
        .byId(businessId)
        .orElseThrow(
            () ->
                new ProblemException(
                    Problem.forbidden(
                        "business "
                            + businessId
                            + " has no contract with this platform operator: it gets nothing")));
  }
}
