package dev.mynalab.verifier.server;

/**
 * What a registered relying party may receive (JPKI法 第17条): only 署名検証者 (and platform operators
 * acting for them) receive the 基本4情報 of a signing certificate; a 利用者証明検証者 learns only whether the
 * login certificate is valid.
 */
public enum RelyingPartyRole {
  SIGNATURE_VERIFIER("署名検証者", true),
  AUTHENTICATION_VERIFIER("利用者証明検証者", false),
  PLATFORM_OPERATOR("プラットフォーム事業者", true);

  private final String japanese;
  private final boolean basicFour;

  RelyingPartyRole(String japanese, boolean basicFour) {
    this.japanese = japanese;
    this.basicFour = basicFour;
  }

  public String japanese() {
    return japanese;
  }

  /** Whether answers about signing certificates include the 基本4情報. */
  public boolean receivesBasicFour() {
    return basicFour;
  }
}
