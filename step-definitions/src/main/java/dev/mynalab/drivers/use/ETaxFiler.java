package dev.mynalab.drivers.use;

import dev.mynalab.ca.hierarchy.CaPurpose;
import dev.mynalab.drivers.card.CardDriver;
import dev.mynalab.drivers.lifecycle.IssuingAuthorityDesk;
import dev.mynalab.kit.problem.ProblemException;
import dev.mynalab.relyingparty.etax.ETaxOutcome;
import dev.mynalab.relyingparty.signing.CardCmsSigner;
import dev.mynalab.relyingparty.signing.CardRefused;
import dev.mynalab.relyingparty.signing.JpkiKey;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 利用者 with e-Tax software (seed: 【公的サービスの例】 税申告 (e-Tax)): signs the 利用登録 and the 申告書データ on the card
 * with the 署名用 key and password (the key never leaves the card), sends them to the 受付システム, and
 * remembers what came back. Also the misuses: a return changed in transit, one signed with the
 * 利用者証明用 key, one filed under another person's 利用者識別番号.
 */
public final class ETaxFiler {

  /** The income a return declares; a tampered return says {@link #TAMPERED_INCOME}. */
  static final String INCOME = "5000000";

  static final String TAMPERED_INCOME = "1000000";

  private final UseWorld use;
  private final Map<String, String> userIds = new HashMap<>();
  private final List<String> receipts = new ArrayList<>();
  private ETaxOutcome last;
  private String cardRefusal;
  private long mark;

  public ETaxFiler(UseWorld use) {
    this.use = use;
  }

  /** 利用登録: a registration form signed with the signing certificate. */
  public void registers(String name) {
    send(name, JpkiKey.SIGNING, password(name), "{\"form\":\"registration\"}", true, false);
  }

  /** A return for 2025 under the person's own 利用者識別番号, signed with the signing key. */
  public void filesReturn(String name) {
    send(name, JpkiKey.SIGNING, password(name), returnForm(userIdOf(name)), false, false);
  }

  /** As {@link #filesReturn}, with the password typed as {@code password}. */
  public void filesReturnWithPassword(String name, String password) {
    send(name, JpkiKey.SIGNING, password, returnForm(userIdOf(name)), false, false);
  }

  /** A return under {@code owner}'s 利用者識別番号, signed by {@code name}. */
  public void filesReturnUnder(String name, String owner) {
    send(name, JpkiKey.SIGNING, password(name), returnForm(userIdOf(owner)), false, false);
  }

  /** A return whose declared income is changed after it was signed (改ざん in transit). */
  public void filesTamperedReturn(String name) {
    send(name, JpkiKey.SIGNING, password(name), returnForm(userIdOf(name)), false, true);
  }

  /** A return signed with the 利用者証明用 key and certificate (VF-07). */
  public void filesReturnWithUserCertificate(String name) {
    send(
        name,
        JpkiKey.USER_AUTHENTICATION,
        CardDriver.PINS.authPin(),
        returnForm(userIdOf(name)),
        false,
        false);
  }

  private void send(
      String name, JpkiKey key, String secret, String form, boolean registration, boolean tamper) {
    last = null;
    cardRefusal = null;
    mark = use.mark();
    byte[] cms;
    try {
      cms =
          new CardCmsSigner(use.reference().clock())
              .sign(use.cardOf(name), key, secret, form.getBytes(StandardCharsets.UTF_8));
    } catch (CardRefused e) {
      cardRefusal = e.getMessage();
      return;
    }
    if (tamper) {
      cms = replace(cms, INCOME, TAMPERED_INCOME);
    }
    try {
      last = registration ? use.etax().register(cms) : use.etax().file(cms);
    } catch (ProblemException e) {
      throw new IllegalStateException(
          "e-Tax refused the request as malformed: " + e.problem().detail(), e);
    }
    if (last.accepted()) {
      if (registration) {
        userIds.put(name, last.number());
      } else {
        receipts.add(last.number());
      }
    }
  }

  private String userIdOf(String name) {
    // a person who never registered writes a number e-Tax never gave
    return userIds.getOrDefault(name, "9999999999999999");
  }

  private static String returnForm(String userId) {
    return "{\"form\":\"return\",\"userId\":\""
        + userId
        + "\",\"taxYear\":2025,\"income\":"
        + INCOME
        + "}";
  }

  /** The current 署名用パスワード: the one set at delivery, or the new one after a re-issue (EC-04). */
  private String password(String name) {
    return use.lifecycle().certificates(name, CaPurpose.SIGNATURE).size() > 1
        ? IssuingAuthorityDesk.NEW_SIGN_PASSWORD
        : CardDriver.PINS.signPassword();
  }

  private static byte[] replace(byte[] cms, String from, String to) {
    byte[] f = from.getBytes(StandardCharsets.US_ASCII);
    byte[] t = to.getBytes(StandardCharsets.US_ASCII);
    byte[] out = cms.clone();
    for (int i = 0; i + f.length <= out.length; i++) {
      if (Arrays.equals(out, i, i + f.length, f, 0, f.length)) {
        System.arraycopy(t, 0, out, i, t.length);
        return out;
      }
    }
    throw new IllegalStateException("the signed return does not contain " + from);
  }

  // ------------------------------------------------------------------ observations

  /** The 受付システム's last answer; null when nothing reached it. */
  public ETaxOutcome last() {
    return last;
  }

  /** The card's refusal of the last attempt (then nothing was sent), or null. */
  public String cardRefusal() {
    return cardRefusal;
  }

  public String userId(String name) {
    return userIds.get(name);
  }

  /** Returns received (受付番号) in this scenario. */
  public List<String> receipts() {
    return List.copyOf(receipts);
  }

  /** Signatures the card computed (COMPUTE DIGITAL SIGNATURE → 9000) during the last attempt. */
  public long cardSignaturesInLastAttempt() {
    return use.apdusSince(mark, "COMPUTE DIGITAL SIGNATURE", "9000");
  }
}
