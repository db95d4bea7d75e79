package dev.mynalab.verifier.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mynalab.ca.access.TlsContexts;
import dev.mynalab.ca.access.TlsCredential;
import dev.mynalab.kit.fixtures.Json;
import dev.mynalab.verifier.trust.Anchor;
import dev.mynalab.verifier.trust.TrustAnchors;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import javax.net.ssl.SSLContext;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

/**
 * A directory of trust material as the simulated CAs export it ({@code CaWorld.export}: {@code
 * mynalab world up --export}, the trust-export step of {@code mynalab conformance --profile}), read
 * back by a verifier that knows nothing else about the CAs — what a vendor's verifier has to do:
 *
 * <ul>
 *   <li>{@code auth-ca.pem}, {@code sign-ca.pem}: the JPKI TEST roots, every generation — the trust
 *       anchors (card-interface.md §5: generations share one DN and are told apart by key id);
 *   <li>{@code verifier-client.pem} / {@code .key}: the TLS client credential of a verifier
 *       registered at the CA — J-LIS serves OCSP and CRLs to registered verifiers only (RV-03);
 *   <li>{@code tls-ca.pem}: the CA of the revocation endpoints' TLS (and of the client credential);
 *   <li>{@code world.json}: {@code endpoints.crl} (the CRL index the municipal partitions are found
 *       in) and {@code endpoints.ocsp} (informative: OCSP is asked at the certificate's AIA).
 * </ul>
 *
 * Everything is checked on reading, so a bad directory fails at once naming the file, never later
 * as an "untrusted" verdict.
 *
 * @param dir the directory read
 * @param anchors the JPKI roots of {@code auth-ca.pem} and {@code sign-ca.pem}
 * @param revocationTls TLS towards the OCSP/CRL endpoints: the registered client credential,
 *     trusting {@code tls-ca.pem} only
 * @param crlIndex {@code endpoints.crl} of {@code world.json}
 * @param ocsp {@code endpoints.ocsp} of {@code world.json}, or null
 * @param anchorsSha256 SHA-256 over the bytes of {@code auth-ca.pem} then {@code sign-ca.pem}:
 *     which roots are loaded, comparable with the exporter's record
 */
public record TrustDirectory(
    Path dir,
    TrustAnchors anchors,
    SSLContext revocationTls,
    URI crlIndex,
    URI ocsp,
    String anchorsSha256) {

  public static final List<String> FILES =
      List.of(
          "auth-ca.pem",
          "sign-ca.pem",
          "tls-ca.pem",
          "verifier-client.pem",
          "verifier-client.key",
          "world.json");

  /**
   * Reads and checks {@code dir}.
   *
   * @throws IllegalArgumentException naming the missing or unusable file
   */
  public static TrustDirectory read(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException(dir + ": no such directory");
    }
    for (String name : FILES) {
      if (!Files.isRegularFile(dir.resolve(name))) {
        throw new IllegalArgumentException(
            dir.resolve(name) + ": missing (a trust export has " + String.join(", ", FILES) + ")");
      }
    }
    TrustAnchors anchors = new TrustAnchors();
    for (String name : List.of("auth-ca.pem", "sign-ca.pem")) {
      Path file = dir.resolve(name);
      int before = anchors.all().size();
      try {
        anchors.addFile(file);
      } catch (IllegalArgumentException | UncheckedIOException e) {
        throw new IllegalArgumentException(
            file + ": not PEM certificates (" + e.getMessage() + ")");
      }
      if (anchors.all().size() == before) {
        throw new IllegalArgumentException(file + ": no CERTIFICATE in it");
      }
    }
    X509Certificate tlsCa = single(dir.resolve("tls-ca.pem"));
    X509Certificate client = single(dir.resolve("verifier-client.pem"));
    try {
      client.verify(tlsCa.getPublicKey());
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException(
          dir.resolve("verifier-client.pem") + ": not issued by the CA of tls-ca.pem");
    }
    PrivateKey key = key(dir.resolve("verifier-client.key"));
    requireMatch(client, key, dir.resolve("verifier-client.key"));
    SSLContext tls = TlsContexts.client(new TlsCredential(client, key, tlsCa), tlsCa);
    JsonNode world;
    try {
      world = Json.mapper().readTree(dir.resolve("world.json").toFile());
    } catch (IOException e) {
      throw new IllegalArgumentException(
          dir.resolve("world.json") + ": not JSON (" + e.getMessage() + ")");
    }
    URI crl = url(world, "crl", dir, true);
    URI ocsp = url(world, "ocsp", dir, false);
    return new TrustDirectory(dir, anchors, tls, crl, ocsp, anchorsSha256(dir));
  }

  /** The labels of the loaded anchors (file name and position). */
  public List<String> anchorLabels() {
    List<String> out = new ArrayList<>();
    for (Anchor a : anchors.all()) {
      out.add(a.label());
    }
    return out;
  }

  /** SHA-256 (hex) over {@code auth-ca.pem} then {@code sign-ca.pem} of {@code dir}. */
  public static String anchorsSha256(Path dir) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(Files.readAllBytes(dir.resolve("auth-ca.pem")));
      md.update(Files.readAllBytes(dir.resolve("sign-ca.pem")));
      return HexFormat.of().formatHex(md.digest());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the anchors of " + dir, e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static URI url(JsonNode world, String name, Path dir, boolean required) {
    JsonNode n = world.path("endpoints").path(name);
    if (n.isMissingNode() || n.isNull()) {
      if (required) {
        throw new IllegalArgumentException(
            dir.resolve("world.json") + ": endpoints." + name + " is required");
      }
      return null;
    }
    try {
      URI uri = URI.create(n.asText());
      if (!"https".equals(uri.getScheme()) || uri.getHost() == null) {
        throw new IllegalArgumentException("not an https:// URL");
      }
      return uri;
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          dir.resolve("world.json")
              + ": endpoints."
              + name
              + " must be an https:// URL, got '"
              + n.asText()
              + "'");
    }
  }

  private static X509Certificate single(Path file) {
    Collection<? extends java.security.cert.Certificate> certs;
    try {
      certs =
          CertificateFactory.getInstance("X.509")
              .generateCertificates(new ByteArrayInputStream(Files.readAllBytes(file)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException(file + ": not a PEM certificate (" + e.getMessage() + ")");
    }
    if (certs.size() != 1) {
      throw new IllegalArgumentException(
          file + ": expected one CERTIFICATE, found " + certs.size());
    }
    return (X509Certificate) certs.iterator().next();
  }

  private static PrivateKey key(Path file) {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        PEMParser pem = new PEMParser(in)) {
      Object o = pem.readObject();
      JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
      if (o instanceof PrivateKeyInfo info) {
        return converter.getPrivateKey(info);
      }
      if (o instanceof PEMKeyPair pair) {
        return converter.getKeyPair(pair).getPrivate();
      }
      throw new IllegalArgumentException(
          file + ": expected a PRIVATE KEY (PKCS#8) or RSA PRIVATE KEY block");
    } catch (IOException e) {
      throw new IllegalArgumentException(file + ": not a PEM private key (" + e.getMessage() + ")");
    }
  }

  /** The key must belong to the certificate: sign a probe and verify it with the certificate. */
  private static void requireMatch(X509Certificate cert, PrivateKey key, Path keyFile) {
    String alg = key.getAlgorithm().equals("EC") ? "SHA256withECDSA" : "SHA256withRSA";
    try {
      byte[] probe = "mynalab trust probe".getBytes(StandardCharsets.US_ASCII);
      Signature s = Signature.getInstance(alg);
      s.initSign(key);
      s.update(probe);
      byte[] sig = s.sign();
      Signature v = Signature.getInstance(alg);
      v.initVerify(cert.getPublicKey());
      v.update(probe);
      if (v.verify(sig)) {
        return;
      }
    } catch (GeneralSecurityException e) {
      // falls through to the error below
    }
    throw new IllegalArgumentException(
        keyFile + ": does not belong to the certificate of verifier-client.pem");
  }
}
