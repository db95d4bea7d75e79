package dev.mynalab.ca.ocsp;

import dev.mynalab.ca.hierarchy.CaGeneration;
import dev.mynalab.ca.hierarchy.CaHierarchy;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.cert.ocsp.CertificateID;

/**
 * Finds the issuer generation an OCSP CertID names, by issuerNameHash <em>and</em> issuerKeyHash
 * (RFC 6960 §4.1.1): all generations of a purpose share one DN, so the name hash alone cannot tell
 * them apart. SHA-1 and SHA-256 CertIDs are understood; the hashes are computed once per generation
 * and algorithm.
 */
final class IssuerIndex {

  private static final Map<ASN1ObjectIdentifier, String> ALGORITHMS =
      Map.of(
          OIWObjectIdentifiers.idSHA1, "SHA-1",
          NISTObjectIdentifiers.id_sha256, "SHA-256");

  private final CaHierarchy hierarchy;
  private final Map<String, CaGeneration> index = new ConcurrentHashMap<>();
  private volatile int indexedCount;

  IssuerIndex(CaHierarchy hierarchy) {
    this.hierarchy = hierarchy;
  }

  Optional<CaGeneration> issuerOf(CertificateID id) {
    String algorithm = ALGORITHMS.get(id.getHashAlgOID());
    if (algorithm == null) {
      return Optional.empty();
    }
    refreshIfRolledOver();
    return Optional.ofNullable(
        index.get(key(algorithm, id.getIssuerNameHash(), id.getIssuerKeyHash())));
  }

  private void refreshIfRolledOver() {
    var all = hierarchy.all();
    if (all.size() == indexedCount) {
      return;
    }
    synchronized (this) {
      for (CaGeneration g : all) {
        for (String algorithm : ALGORITHMS.values()) {
          byte[] nameHash = digest(algorithm, encoded(g));
          byte[] keyHash =
              digest(algorithm, g.holder().getSubjectPublicKeyInfo().getPublicKeyData().getBytes());
          index.put(key(algorithm, nameHash, keyHash), g);
        }
      }
      indexedCount = all.size();
    }
  }

  private static byte[] encoded(CaGeneration g) {
    try {
      return g.name().getEncoded("DER");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String key(String algorithm, byte[] nameHash, byte[] keyHash) {
    return algorithm
        + ":"
        + HexFormat.of().formatHex(nameHash)
        + ":"
        + HexFormat.of().formatHex(keyHash);
  }

  private static byte[] digest(String algorithm, byte[] data) {
    try {
      return MessageDigest.getInstance(algorithm).digest(data);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(algorithm + " is required by the Java platform", e);
    }
  }
}
