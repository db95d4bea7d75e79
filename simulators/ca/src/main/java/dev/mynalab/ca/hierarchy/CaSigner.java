package dev.mynalab.ca.hierarchy;

import java.security.PublicKey;

/**
 * The signer port of a CA key: everything the CAs sign (certificates, CRLs, OCSP responses) goes
 * through this one small interface, the way a real CA talks to its HSM. It signs a SHA-256 digest
 * (sha256WithRSAEncryption, PKCS#1 v1.5), so that huge CRLs can be hashed while they are streamed
 * and only the digest crosses the port.
 *
 * <p>Tests inject a broken signer ({@link CaGeneration#injectSigner}) to prove that a failing HSM
 * yields the protocol's own error answers (OCSP {@code internalError}, a refused issuance) rather
 * than a half-written state or an HTTP 500.
 */
public interface CaSigner {

  /** The public half of the key, as certified in the CA certificate. */
  PublicKey publicKey();

  /**
   * Signs a 32-byte SHA-256 digest.
   *
   * @throws SignerFailure when the key cannot sign (a broken or unreachable HSM)
   */
  byte[] signSha256Digest(byte[] digest);
}
