package dev.mynalab.verifier.revocation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mynalab.kit.fixtures.Json;
import dev.mynalab.verifier.RevocationInfo;
import dev.mynalab.verifier.crl.SerialIndex;
import dev.mynalab.verifier.crl.StreamedCrl;
import dev.mynalab.verifier.crl.StreamingCrlReader;
import dev.mynalab.verifier.trust.Anchor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;

/**
 * The CRL fallback: the municipal partition named by the certificate's CRLDP (a DirName such as
 * {@code …, OU=CRL Distribution Points, OU=Hokkaido, CN=Sapporo-shi-Minami-ku CRLDP}, JPKI's
 * partitioning) is located in the CA's CRL index ({@code GET <base>} → {@code [{id,
 * distributionPoint, issuerKeyId, full, delta}]}), fetched (full and delta), streamed into a
 * compact index and checked before use:
 *
 * <ul>
 *   <li>signature by the issuing generation's key (hashing the TBS bytes while streaming);
 *   <li>issuer DN and AKI equal to that generation;
 *   <li>issuingDistributionPoint equal to the certificate's CRLDP — a CRL of another partition says
 *       nothing about this certificate (RFC 5280 §6.3.3 b);
 *   <li>thisUpdate not in the future, nextUpdate present and not passed; a delta must name the
 *       cached full CRL's number as its base.
 * </ul>
 *
 * Checked CRLs are cached per partition until their own nextUpdate: that is the publisher's promise
 * of when newer information appears.
 */
public final class CrlClient {

  private record Loaded(StreamedCrl crl, Instant fetchedAt) {}

  private record Located(URI full, URI delta) {}

  private final HttpFetcher fetcher;
  private final URI indexUri;
  private final Duration skew;
  private final Map<String, Located> locations = new ConcurrentHashMap<>();
  private final Map<URI, Loaded> cache = new ConcurrentHashMap<>();

  /**
   * @param indexUri the CA's CRL index, e.g. {@code https://127.0.0.1:8443/crl/}; may be null
   */
  public CrlClient(HttpFetcher fetcher, URI indexUri, Duration skew) {
    this.fetcher = fetcher;
    this.indexUri = indexUri;
    this.skew = skew;
  }

  public RevocationOutcome check(X509Certificate cert, Anchor issuer, Instant now) {
    Optional<X500Name> dp = distributionPoint(cert);
    if (dp.isEmpty()) {
      return RevocationOutcome.unavailable("CRL: the certificate has no DirName CRLDP");
    }
    if (indexUri == null) {
      return RevocationOutcome.unavailable("CRL: no CRL source configured");
    }
    Located where;
    try {
      where = locate(dp.get(), issuer);
    } catch (FetchFailed e) {
      return RevocationOutcome.unavailable("CRL: " + e.getMessage());
    }
    if (where == null) {
      return RevocationOutcome.unavailable(
          "CRL: no partition " + dp.get() + " of " + issuer.label() + " in the CRL index");
    }
    try {
      Loaded full = load(where.full(), issuer, dp.get(), now, null);
      Loaded delta =
          where.delta() == null ? null : load(where.delta(), issuer, dp.get(), now, full.crl());
      Optional<SerialIndex.Entry> hit =
          delta == null ? Optional.empty() : delta.crl().index().find(cert.getSerialNumber());
      if (hit.isEmpty()) {
        hit = full.crl().index().find(cert.getSerialNumber());
      }
      Loaded newest = delta != null ? delta : full;
      Instant nextUpdate =
          delta == null
              ? full.crl().nextUpdate()
              : min(full.crl().nextUpdate(), delta.crl().nextUpdate());
      boolean cached =
          full.fetchedAt().isBefore(now) && (delta == null || delta.fetchedAt().isBefore(now));
      if (hit.isPresent() && hit.get().reasonCode() != 8) { // 8 = removeFromCRL
        Instant at = Instant.ofEpochSecond(hit.get().revokedEpochSecond());
        String reason = OcspClient.reasonName(hit.get().reasonCode());
        return new RevocationOutcome(
            RevocationOutcome.State.REVOKED,
            new RevocationInfo(
                "crl",
                newest.fetchedAt(),
                newest.crl().thisUpdate(),
                nextUpdate,
                at,
                reason,
                cached),
            "revoked at " + at + " (" + reason + ")");
      }
      return new RevocationOutcome(
          RevocationOutcome.State.GOOD,
          new RevocationInfo(
              "crl", newest.fetchedAt(), newest.crl().thisUpdate(), nextUpdate, null, null, cached),
          null);
    } catch (FetchFailed e) {
      return RevocationOutcome.unavailable("CRL: " + e.getMessage());
    }
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  private Loaded load(URI uri, Anchor issuer, X500Name dp, Instant now, StreamedCrl base)
      throws FetchFailed {
    Loaded cached = cache.get(uri);
    if (cached != null && usable(cached.crl(), now) && baseMatches(cached.crl(), base)) {
      return cached;
    }
    byte[] der = fetcher.get(uri);
    StreamedCrl crl;
    try {
      crl = StreamingCrlReader.read(new ByteArrayInputStream(der), issuer.publicKey());
    } catch (IOException | RuntimeException e) {
      throw new FetchFailed("unreadable CRL from " + uri + ": " + e.getMessage(), e);
    }
    if (!crl.signatureValid()) {
      throw new FetchFailed("CRL " + uri + " is not signed by " + issuer.label());
    }
    if (!crl.issuer().equals(issuer.name())
        || (crl.authorityKeyId() != null && !Arrays.equals(crl.authorityKeyId(), issuer.keyId()))) {
      throw new FetchFailed("CRL " + uri + " names another issuer");
    }
    if (crl.distributionPoint() == null || !crl.distributionPoint().equals(dp)) {
      throw new FetchFailed(
          "CRL " + uri + " is for partition " + crl.distributionPoint() + ", not " + dp);
    }
    if (crl.thisUpdate().isAfter(now.plus(skew))) {
      throw new FetchFailed("CRL " + uri + " has thisUpdate in the future");
    }
    if (crl.nextUpdate() == null || !now.isBefore(crl.nextUpdate())) {
      throw new FetchFailed("CRL " + uri + " is stale (nextUpdate " + crl.nextUpdate() + ")");
    }
    if (base == null && crl.isDelta()) {
      throw new FetchFailed("CRL " + uri + " is a delta where a full CRL was expected");
    }
    if (!baseMatches(crl, base)) {
      throw new FetchFailed(
          "delta CRL "
              + uri
              + " is based on cRLNumber "
              + crl.deltaBase()
              + ", not "
              + base.crlNumber());
    }
    Loaded loaded = new Loaded(crl, now);
    cache.put(uri, loaded);
    return loaded;
  }

  private boolean usable(StreamedCrl crl, Instant now) {
    return !crl.thisUpdate().isAfter(now.plus(skew)) && now.isBefore(crl.nextUpdate());
  }

  private static boolean baseMatches(StreamedCrl crl, StreamedCrl base) {
    if (base == null) {
      return !crl.isDelta();
    }
    return crl.isDelta() && crl.deltaBase().equals(base.crlNumber());
  }

  private Located locate(X500Name dp, Anchor issuer) throws FetchFailed {
    String key = issuer.keyIdHex() + "|" + dp;
    Located known = locations.get(key);
    if (known != null) {
      return known;
    }
    byte[] body = fetcher.get(indexUri);
    JsonNode index;
    try {
      index = Json.mapper().readTree(body);
    } catch (IOException e) {
      throw new FetchFailed("the CRL index is not JSON");
    }
    for (JsonNode p : index) {
      String name = p.path("distributionPoint").asText("");
      String keyId = p.path("issuerKeyId").asText("");
      String full = p.path("full").asText("");
      if (full.isEmpty()) {
        continue;
      }
      URI fullUri = indexUri.resolve(full);
      URI deltaUri = p.path("delta").isTextual() ? indexUri.resolve(p.get("delta").asText()) : null;
      locations.putIfAbsent(keyId + "|" + name, new Located(fullUri, deltaUri));
    }
    return locations.get(key);
  }

  /** The DirName of the certificate's first CRL distribution point. */
  public static Optional<X500Name> distributionPoint(X509Certificate cert) {
    byte[] ext = cert.getExtensionValue(Extension.cRLDistributionPoints.getId());
    if (ext == null) {
      return Optional.empty();
    }
    try {
      CRLDistPoint points = CRLDistPoint.getInstance(ASN1OctetString.getInstance(ext).getOctets());
      for (DistributionPoint p : points.getDistributionPoints()) {
        DistributionPointName name = p.getDistributionPoint();
        if (name != null && name.getType() == DistributionPointName.FULL_NAME) {
          for (GeneralName g : GeneralNames.getInstance(name.getName()).getNames()) {
            if (g.getTagNo() == GeneralName.directoryName) {
              return Optional.of(X500Name.getInstance(g.getName()));
            }
          }
        }
      }
    } catch (RuntimeException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }
}
