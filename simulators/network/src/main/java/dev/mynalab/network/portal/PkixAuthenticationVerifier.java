package dev.mynalab.network.portal;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A stand-in {@link AuthenticationVerifier}: PKIX path validation to configured TEST trust anchors
 * at the world clock's time, the digitalSignature key usage, the signature over the challenge
 * (SHA256withRSA for RSA keys as on the card, SHA256withECDSA for EC), then the holder lookup
 * (J-LIS's link from certificate to 住民票コード). Revocation is not checked here: that is the CA
 * simulator's job once the lead joins it.
 */
public final class PkixAuthenticationVerifier implements AuthenticationVerifier {

  private final Set<TrustAnchor> anchors;
  private final Clock clock;
  private final Function<X509Certificate, Optional<String>> holderLookup;

  public PkixAuthenticationVerifier(
      Set<TrustAnchor> anchors,
      Clock clock,
      Function<X509Certificate, Optional<String>> holderLookup) {
    if (anchors.isEmpty()) {
      throw new IllegalArgumentException("at least one trust anchor is required");
    }
    this.anchors = Set.copyOf(anchors);
    this.clock = clock;
    this.holderLookup = holderLookup;
  }

  @Override
  public AuthenticatedHolder verify(byte[] challenge, byte[] signature, List<X509Certificate> chain)
      throws AuthenticationFailedException {
    if (chain == null || chain.isEmpty()) {
      throw new AuthenticationFailedException("no certificate was presented");
    }
    X509Certificate user = chain.get(0);
    validatePath(chain);
    boolean[] usage = user.getKeyUsage();
    if (usage == null || !usage[0]) {
      throw new AuthenticationFailedException("the certificate is not for digital signatures");
    }
    if (!signatureHolds(user.getPublicKey(), challenge, signature)) {
      throw new AuthenticationFailedException("the signature over the challenge is not valid");
    }
    String juminhyoCode =
        holderLookup
            .apply(user)
            .orElseThrow(
                () ->
                    new AuthenticationFailedException("the certificate is linked to no resident"));
    return new AuthenticatedHolder(juminhyoCode, user.getSerialNumber().toString(16));
  }

  private void validatePath(List<X509Certificate> chain) throws AuthenticationFailedException {
    try {
      CertPath path = CertificateFactory.getInstance("X.509").generateCertPath(chain);
      PKIXParameters params = new PKIXParameters(anchors);
      params.setRevocationEnabled(false);
      // JPKI marks certificatePolicies critical with a CPS qualifier (as the real certificates
      // do; RFC 5280 §4.2.1.4 allows it); the JDK rejects such qualifiers unless told not to
      params.setPolicyQualifiersRejected(false);
      params.setDate(Date.from(clock.instant()));
      CertPathValidator.getInstance("PKIX").validate(path, params);
    } catch (CertPathValidatorException e) {
      throw new AuthenticationFailedException(
          "the certificate chain is not valid: " + e.getReason() + " (" + e.getMessage() + ")");
    } catch (GeneralSecurityException e) {
      throw new AuthenticationFailedException("the certificate chain could not be checked");
    }
  }

  private static boolean signatureHolds(PublicKey key, byte[] data, byte[] signature) {
    String algorithm =
        switch (key.getAlgorithm()) {
          case "RSA" -> "SHA256withRSA";
          case "EC" -> "SHA256withECDSA";
          default -> null;
        };
    if (algorithm == null || signature == null) {
      return false;
    }
    try {
      Signature verifier = Signature.getInstance(algorithm);
      verifier.initVerify(key);
      verifier.update(data);
      return verifier.verify(signature);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }
}
