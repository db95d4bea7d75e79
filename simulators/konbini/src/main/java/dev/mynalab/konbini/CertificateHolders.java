package dev.mynalab.konbini;

import java.security.cert.X509Certificate;
import java.util.Optional;

/**
 * Port: whose 利用者証明用電子証明書 is this? The 証明書交付センター learns the person from the 機構 (J-LIS), which links
 * each certificate it issued to the 住民票コード of its holder; the certificate itself carries no
 * personal facts (EC-01). The world answers from the CA's ledger (holder reference = the registry's
 * person key).
 */
@FunctionalInterface
public interface CertificateHolders {

  /** The registry's person key of the holder, or empty when the 機構 does not know it. */
  Optional<String> personIdOf(X509Certificate authenticationCertificate);
}
