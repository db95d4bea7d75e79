package dev.mynalab.relyingparty.etax;

import dev.mynalab.verifier.Status;

/**
 * Why the e-Tax 受付システム refuses a signed document, in the words the sender sees. Each maps one
 * failed check; the certificate checks are the verifier's verdict ({@link Status}), not repeated
 * here.
 */
public enum Refusal {
  /** The CMS signature does not verify: the content was changed after signing (改ざん). */
  TAMPERED("署名を検証できません（送信後に内容が改ざんされたおそれ）"),
  /** The signing certificate is revoked, e.g. after a change of address (EC-04). */
  CERTIFICATE_REVOKED("署名用電子証明書は失効しています"),
  /** Past the certificate's validity (EC-01). */
  CERTIFICATE_EXPIRED("署名用電子証明書の有効期間が過ぎています"),
  CERTIFICATE_NOT_YET_VALID("署名用電子証明書の有効期間がまだ始まっていません"),
  /** A 利用者証明用 certificate (or anything else) used to sign a document (VF-07). */
  NOT_A_SIGNING_CERTIFICATE("署名用電子証明書ではありません（利用者証明用電子証明書では申告書に署名できません）"),
  /** Not issued by a JPKI root this reception trusts. */
  UNTRUSTED_CERTIFICATE("公的個人認証サービスの電子証明書ではありません"),
  /** The revocation status could not be established (fail closed, VF-05). */
  REVOCATION_UNKNOWN("電子証明書の失効情報を確認できません"),
  /** The signingTime is in the future or too old to judge the certificate by. */
  SIGNING_TIME_OUT_OF_RANGE("署名時刻が受付時刻から離れすぎています"),
  /** The signer's certificate is not the one registered for the 利用者識別番号 named in the return. */
  UNKNOWN_SIGNER("この利用者識別番号に登録された電子証明書による署名ではありません");

  private final String japanese;

  Refusal(String japanese) {
    this.japanese = japanese;
  }

  public String japanese() {
    return japanese;
  }

  /** The refusal for a verdict that is not VALID. */
  public static Refusal of(Status status) {
    return switch (status) {
      case INVALID_SIGNATURE -> TAMPERED;
      case REVOKED -> CERTIFICATE_REVOKED;
      case EXPIRED -> CERTIFICATE_EXPIRED;
      case NOT_YET_VALID -> CERTIFICATE_NOT_YET_VALID;
      case WRONG_PURPOSE -> NOT_A_SIGNING_CERTIFICATE;
      case UNTRUSTED -> UNTRUSTED_CERTIFICATE;
      case INDETERMINATE -> REVOCATION_UNKNOWN;
      case VALID -> throw new IllegalArgumentException("VALID is not a refusal");
    };
  }
}
