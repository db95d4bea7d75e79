package dev.mynalab.verifier.server;

import dev.mynalab.ca.access.TlsCredential;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The relying parties registered with the verifier service, identified by the exact TLS client
 * certificate issued to them (SHA-256 fingerprint): a certificate from the RP CA that is not
 * registered (or was withdrawn) is refused with 403 even though its handshake succeeds.
 */
public final class RelyingParties {

  /** One registered relying party. */
  public record RelyingParty(String name, RelyingPartyRole role, TlsCredential credential) {}

  private final RelyingPartyCa ca;
  private final Map<String, RelyingParty> byFingerprint = new ConcurrentHashMap<>();
  private final Map<String, RelyingParty> byName = new ConcurrentHashMap<>();

  public RelyingParties(RelyingPartyCa ca) {
    this.ca = ca;
  }

  public RelyingParty register(String name, RelyingPartyRole role) {
    if (name == null || !name.matches("[A-Za-z0-9._-]{1,64}")) {
      throw new IllegalArgumentException("relying-party name must be 1..64 of A-Z a-z 0-9 . _ -");
    }
    if (byName.containsKey(name)) {
      throw new IllegalArgumentException("relying party " + name + " is already registered");
    }
    RelyingParty rp = new RelyingParty(name, role, ca.issueClient(name));
    byFingerprint.put(fingerprint(rp.credential().certificate()), rp);
    byName.put(name, rp);
    return rp;
  }

  /** An RP CA certificate that is deliberately not registered (for tests of the refusal). */
  public TlsCredential unregisteredCredential(String name) {
    return ca.issueClient(name);
  }

  public void deregister(String name) {
    RelyingParty rp = byName.remove(name);
    if (rp != null) {
      byFingerprint.remove(fingerprint(rp.credential().certificate()));
    }
  }

  public Optional<RelyingParty> byName(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  public Optional<RelyingParty> identify(List<X509Certificate> chain) {
    if (chain == null || chain.isEmpty()) {
      return Optional.empty();
    }
    return Optional.ofNullable(byFingerprint.get(fingerprint(chain.get(0))));
  }

  private static String fingerprint(X509Certificate c) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(c.getEncoded()));
    } catch (Exception e) {
      throw new IllegalStateException("cannot fingerprint a certificate", e);
    }
  }
}
