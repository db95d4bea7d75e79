package dev.mynalab.verifier;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a relying party claims a certificate is for (card-interface.md §5): 利用者証明用 ({@code auth},
 * logging in) or 署名用 ({@code sign}, signed documents such as an e-Tax return).
 */
public enum Purpose {
  /** 利用者証明用電子証明書: keyUsage digitalSignature only, EKU clientAuth, policy class 30. */
  AUTH("auth", "1.2.392.200149.8.5.1.3.30", "JPKI for user authentication"),
  /** 署名用電子証明書: keyUsage digitalSignature + nonRepudiation, policy class 20. */
  SIGN("sign", "1.2.392.200149.8.5.1.1.20", "JPKI for digital signature");

  private final String code;
  private final String policyOid;
  private final String caUnit;

  Purpose(String code, String policyOid, String caUnit) {
    this.code = code;
    this.policyOid = policyOid;
    this.caUnit = caUnit;
  }

  public String code() {
    return code;
  }

  /** The certificate policy the end-entity certificate must assert. */
  public String policyOid() {
    return policyOid;
  }

  /** The OU that names this purpose's root (shared by every generation). */
  public String caUnit() {
    return caUnit;
  }

  public static Optional<Purpose> ofCode(String code) {
    return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst();
  }
}
