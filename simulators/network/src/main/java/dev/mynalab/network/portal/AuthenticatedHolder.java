package dev.mynalab.network.portal;

import java.util.Objects;

/**
 * Who logged in: the 住民票コード J-LIS links to the 利用者証明用電子証明書 (the certificate itself carries no
 * personal facts, rule EC-01) and the certificate's serial (発行番号).
 */
public record AuthenticatedHolder(String juminhyoCode, String certificateSerial) {

  public AuthenticatedHolder {
    Objects.requireNonNull(juminhyoCode, "juminhyoCode");
    Objects.requireNonNull(certificateSerial, "certificateSerial");
  }
}
