package dev.mynalab.ca.access;

import dev.mynalab.ca.hierarchy.CaPurpose;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The verifiers registered to receive revocation data, identified by the exact TLS client
 * certificate they registered (its SHA-256 fingerprint): a certificate from the infrastructure CA
 * that is not (or no longer) registered gets nothing, even though its TLS handshake succeeds.
 */
public final class VerifierRegistry {

  private final InfrastructureCa infrastructure;
  private final Map<String, RegisteredVerifier> byFingerprint = new ConcurrentHashMap<>();
  private final Map<String, RegisteredVerifier> byName = new ConcurrentHashMap<>();

  public VerifierRegistry(InfrastructureCa infrastructure) {
    this.infrastructure = infrastructure;
  }

  /** Registers {@code name} and issues its TLS client credential. */
  public RegisteredVerifier register(String name, VerifierRole role) {
    if (name == null || !name.matches("[A-Za-z0-9._-]{1,64}")) {
      throw new IllegalArgumentException(
          "verifier name must be 1..64 of A-Z a-z 0-9 . _ -, got '" + name + "'");
    }
    if (byName.containsKey(name)) {
      throw new IllegalArgumentException("verifier " + name + " is already registered");
    }
    RegisteredVerifier v =
        new RegisteredVerifier(name, role, infrastructure.issueClient(name, role));
    byFingerprint.put(fingerprint(v.credential().certificate()), v);
    byName.put(name, v);
    return v;
  }

  /** Withdraws a registration: its certificate is refused from now on. */
  public void deregister(String name) {
    RegisteredVerifier v = byName.remove(name);
    if (v != null) {
      byFingerprint.remove(fingerprint(v.credential().certificate()));
    }
  }

  public Optional<RegisteredVerifier> byName(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** The registered verifier presenting {@code chain} (leaf first), if any. */
  public Optional<RegisteredVerifier> identify(List<X509Certificate> chain) {
    if (chain == null || chain.isEmpty()) {
      return Optional.empty();
    }
    return Optional.ofNullable(byFingerprint.get(fingerprint(chain.get(0))));
  }

  /** Whether the client presenting {@code chain} may query revocation data of {@code purpose}. */
  public boolean mayQuery(List<X509Certificate> chain, CaPurpose purpose) {
    return identify(chain).map(v -> v.role().mayQuery(purpose)).orElse(false);
  }

  private static String fingerprint(X509Certificate c) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(c.getEncoded()));
    } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
      throw new IllegalStateException("cannot fingerprint a certificate", e);
    }
  }
}
