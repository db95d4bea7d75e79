package dev.mynalab.ca.hierarchy;

import java.util.Arrays;
import java.util.Optional;

/**
 * The two JPKI certification authorities (card-interface.md §5; domain-rules.md EC-01): 署名用
 * (digital signature, holds the 基本4情報) and 利用者証明用 (user authentication, holds no personal facts).
 * Each has its own roots, policy OID, OCSP responder and CRL partitions.
 */
public enum CaPurpose {
  /** 署名用電子証明書: keyUsage digitalSignature + nonRepudiation; policy class 20. */
  SIGNATURE("sign", "JPKI for digital signature", "公的個人認証サービス署名用", "1.2.392.200149.8.5.1.1.20"),
  /** 利用者証明用電子証明書: keyUsage digitalSignature, EKU clientAuth; policy class 30. */
  AUTHENTICATION(
      "auth", "JPKI for user authentication", "公的個人認証サービス利用者証明用", "1.2.392.200149.8.5.1.3.30");

  private final String code;
  private final String organisationalUnit;
  private final String organisationalUnitJa;
  private final String policyOid;

  CaPurpose(String code, String ou, String ouJa, String policyOid) {
    this.code = code;
    this.organisationalUnit = ou;
    this.organisationalUnitJa = ouJa;
    this.policyOid = policyOid;
  }

  /** Short code used in file names and URLs: {@code sign} or {@code auth}. */
  public String code() {
    return code;
  }

  /** The OU of the CA DN, e.g. {@code JPKI for user authentication}. */
  public String organisationalUnit() {
    return organisationalUnit;
  }

  /** The OU of the Japanese alternative name, e.g. {@code 公的個人認証サービス利用者証明用}. */
  public String organisationalUnitJa() {
    return organisationalUnitJa;
  }

  /** The certificate policy OID of this purpose's end-entity certificates. */
  public String policyOid() {
    return policyOid;
  }

  public static Optional<CaPurpose> ofCode(String code) {
    return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst();
  }
}
