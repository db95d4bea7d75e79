package dev.mynalab.network.portal;

import java.security.cert.X509Certificate;
import java.util.List;

/**
 * The port through which マイナポータル checks a login (利用者証明, seed: マイナポータルログイン時の本人確認でカード利用): the user
 * signed the portal's challenge with the key of their 利用者証明用電子証明書; the verifier checks the chain to
 * a trusted JPKI CA, the certificate's validity and status, and the signature, and answers who the
 * holder is. The lead joins this to the CA/verifier simulator; {@link PkixAuthenticationVerifier}
 * serves the tests with configured TEST trust anchors.
 */
public interface AuthenticationVerifier {

  /**
   * @param challenge the exact bytes the portal asked to be signed
   * @param signature the signature made with the user-certificate key
   * @param chain the user certificate first, then any intermediates
   */
  AuthenticatedHolder verify(byte[] challenge, byte[] signature, List<X509Certificate> chain)
      throws AuthenticationFailedException;
}
