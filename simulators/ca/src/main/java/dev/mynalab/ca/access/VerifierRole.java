package dev.mynalab.ca.access;

import dev.mynalab.ca.hierarchy.CaPurpose;
import java.util.Set;

/**
 * Who may fetch JPKI revocation data (JPKI法; domain-rules.md ST-10: the CRL of individuals'
 * certificates goes only to registered verifiers and platform operators, not to the public).
 */
public enum VerifierRole {
  /** 署名検証者: verifies signatures, so may ask about signing certificates. */
  SIGNATURE_VERIFIER("署名検証者", Set.of(CaPurpose.SIGNATURE)),
  /** 利用者証明検証者: verifies user authentication, so may ask about user certificates. */
  AUTHENTICATION_VERIFIER("利用者証明検証者", Set.of(CaPurpose.AUTHENTICATION)),
  /** プラットフォーム事業者: verifies on behalf of others, both purposes. */
  PLATFORM_OPERATOR("プラットフォーム事業者", Set.of(CaPurpose.SIGNATURE, CaPurpose.AUTHENTICATION));

  private final String japanese;
  private final Set<CaPurpose> purposes;

  VerifierRole(String japanese, Set<CaPurpose> purposes) {
    this.japanese = japanese;
    this.purposes = purposes;
  }

  public String japanese() {
    return japanese;
  }

  public boolean mayQuery(CaPurpose purpose) {
    return purposes.contains(purpose);
  }
}
