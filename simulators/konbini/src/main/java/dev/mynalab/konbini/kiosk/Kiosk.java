package dev.mynalab.konbini.kiosk;

import dev.mynalab.card.transport.ApduTransport;
import dev.mynalab.kit.problem.Problem;
import dev.mynalab.kit.problem.ProblemException;
import dev.mynalab.konbini.Document;
import dev.mynalab.konbini.IssuanceCenter;
import dev.mynalab.konbini.IssuedDocument;
import dev.mynalab.konbini.KonbiniRefusal;
import dev.mynalab.verifier.login.Challenge;
import java.security.cert.X509Certificate;

/**
 * キオスク端末 (the multifunction copier) of one store, anywhere in the country (CS-01: any participating
 * store nationwide, not only in the home municipality). The holder puts the card on the reader and
 * types the 4-digit 利用者証明用 PIN; the kiosk checks the hours first (nothing touches the card when the
 * service is closed), reads the user certificate, has the card VERIFY the PIN and sign the centre's
 * challenge, and prints what the centre issues.
 */
public final class Kiosk {

  private final IssuanceCenter center;
  private final String store;

  /**
   * @param store where the kiosk stands, e.g. {@code "那覇市のコンビニ"} (printed on the journal)
   */
  public Kiosk(IssuanceCenter center, String store) {
    this.center = center;
    this.store = store;
  }

  public String store() {
    return store;
  }

  /**
   * Logs in with the card and its user-certificate PIN.
   *
   * @throws KonbiniRefusal closed (CS-01), no PIN / 顔認証カード (CV-07), wrong or locked PIN (PN-01),
   *     certificate revoked or expired, holder unknown
   * @throws ProblemException 422 for a PIN that is not 4 digits (the card is not asked)
   */
  public IssuanceCenter.Session login(ApduTransport card, String pin) {
    center.hours().requireOpen(center.clock().localNow());
    if (pin == null || !pin.matches("[0-9]{4}")) {
      throw new ProblemException(
          Problem.invalidField("/pin", "the 利用者証明用電子証明書 PIN is 4 digits (PN-01)"));
    }
    CardSession session = new CardSession(card);
    X509Certificate certificate = session.userCertificate();
    session.verify(CardSession.AUTH_PIN, pin, "利用者証明用電子証明書の暗証番号");
    Challenge challenge = center.begin();
    byte[] signature = session.signWithUserKey(challenge.nonce());
    return center.authenticate(challenge.id(), certificate, signature, "SHA256withRSA");
  }

  /** Prints {@code document} in {@code session}. */
  public IssuedDocument print(IssuanceCenter.Session session, Document document) {
    return center.issue(session.id(), document, store);
  }
}
