package dev.mynalab.medical;

import java.security.cert.X509Certificate;
import java.util.Optional;

/**
 * Port: whose 利用者証明用電子証明書 is this? The eligibility system learns the person through the 機構 (J-LIS),
 * which links each certificate it issued to its holder (the certificate carries no personal facts,
 * EC-01). The world answers from the CA's ledger.
 */
@FunctionalInterface
public interface CertificateHolders {

  Optional<String> personIdOf(X509Certificate authenticationCertificate);
}
