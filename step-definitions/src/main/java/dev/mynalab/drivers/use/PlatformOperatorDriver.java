package dev.mynalab.drivers.use;

import dev.mynalab.card.client.CardClient;
import dev.mynalab.drivers.card.CardDriver;
import dev.mynalab.kit.problem.ProblemException;
import dev.mynalab.relyingparty.platform.Business;
import dev.mynalab.relyingparty.platform.LoginAnswer;
import dev.mynalab.relyingparty.platform.SignatureAnswer;
import dev.mynalab.relyingparty.signing.CardCmsSigner;
import dev.mynalab.relyingparty.signing.JpkiKey;
import dev.mynalab.verifier.login.Challenge;
import dev.mynalab.verifier.profile.BasicFourReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Map;

/**
 * 民間事業者 behind the プラットフォーム事業者 (seed: 民間事業者における公的個人認証サービスの活用): the person signs an application
 * (口座開設申込, ローン契約) on the card, the business sends it to the platform and gets the verification
 * result and, if it is a みなし署名検証者, the 基本4情報; or the person logs in with the user certificate.
 * Businesses are named by their service (新規証券口座開設 …) or as in the fixture.
 */
public final class PlatformOperatorDriver {

  private final UseWorld use;
  private SignatureAnswer signature;
  private LoginAnswer login;
  private String refusal;

  public PlatformOperatorDriver(UseWorld use) {
    this.use = use;
  }

  /** The business's id: a fixture id, or the business offering {@code serviceOrId}. */
  String businessId(String serviceOrId) {
    return use.platform().businesses().all().stream()
        .filter(b -> b.service().equals(serviceOrId) || b.id().equals(serviceOrId))
        .map(Business::id)
        .findFirst()
        .orElse(serviceOrId);
  }

  /**
   * {@code name} signs an application on the card and {@code business} has the platform check it.
   */
  public void applies(String name, String business) {
    signature = null;
    refusal = null;
    String json =
        "{\"application\":\"" + businessId(business) + "\",\"applicant\":\"" + name + "\"}";
    byte[] cms =
        new CardCmsSigner(use.reference().clock())
            .sign(
                use.cardOf(name),
                JpkiKey.SIGNING,
                CardDriver.PINS.signPassword(),
                json.getBytes(StandardCharsets.UTF_8));
    try {
      signature = use.platform().verifySignature(businessId(business), cms);
    } catch (ProblemException e) {
      refusal = e.problem().status() + " " + e.problem().detail();
    }
  }

  /** {@code name} logs in to {@code business} with the 利用者証明用 key and certificate. */
  public void logsIn(String name, String business) {
    logIn(name, business, 0x0017, 0x0018, CardDriver.PINS.authPin(), 0x000A);
  }

  /** {@code name} answers a login challenge with the 署名用 key and certificate instead (VF-07). */
  public void logsInWithSigningCertificate(String name, String business) {
    logIn(name, business, 0x001A, 0x001B, CardDriver.PINS.signPassword(), 0x0001);
  }

  private void logIn(
      String name, String business, int keyFid, int pinFid, String pin, int certFid) {
    login = null;
    refusal = null;
    String id = businessId(business);
    try {
      Challenge c = use.platform().loginChallenge(id);
      CardClient card = new CardClient(use.cardOf(name));
      card.selectJpki();
      if (card.verify(pinFid, pin) != 0x9000) {
        throw new IllegalStateException("the card refused the PIN");
      }
      X509Certificate cert = parse(card.readAll(certFid).data());
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(c.nonce());
      byte[] sig = card.sign(keyFid, CardClient.sha256DigestInfo(hash)).getData();
      login = use.platform().verifyLogin(id, c.id(), sig, cert);
    } catch (ProblemException e) {
      refusal = e.problem().status() + " " + e.problem().detail();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static X509Certificate parse(byte[] der) throws GeneralSecurityException {
    return (X509Certificate)
        CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
  }

  // ------------------------------------------------------------------ observations

  public SignatureAnswer signature() {
    return signature;
  }

  public LoginAnswer login() {
    return login;
  }

  /** The platform's refusal of the last request (status and detail), or null. */
  public String refusal() {
    return refusal;
  }

  /** The 基本4情報 the user certificate on {@code name}'s card carries (none: seed 公的個人認証制度の概要②). */
  public Map<String, String> basicFourInUserCertificate(String name) {
    return BasicFourReader.read(use.lifecycle().card(name).authenticationCertificate());
  }
}
