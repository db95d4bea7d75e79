package dev.mynalab.spec.profile;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The TLS the harness uses towards an HTTP verifier: the relying party's client certificate and key
 * (PEM, PKCS#8 — the files {@code world up --export} writes as {@code rp-client.pem/.key}) and the
 * PEM certificates the server must chain to ({@code verifier-tls-ca.pem}); without {@code trust}
 * the JDK's default trust store.
 */
final class HttpTls {

  private static final Pattern BLOCK =
      Pattern.compile("-----BEGIN ([A-Z ]+)-----([A-Za-z0-9+/=\\s]+)-----END \\1-----");

  private HttpTls() {}

  /**
   * @throws IllegalArgumentException "clientCertificate: …", "clientKey: …" or "trust: …"
   */
  static SSLContext context(SutProfile.HttpVerifier h) {
    try {
      KeyManagerFactory kmf = null;
      if (h.clientCertificate().isPresent()) {
        List<X509Certificate> chain =
            certificates(h.clientCertificate().get(), "clientCertificate");
        PrivateKey key = key(h.clientKey().orElseThrow());
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setKeyEntry("client", key, new char[0], chain.toArray(Certificate[]::new));
        kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, new char[0]);
      }
      TrustManagerFactory tmf = null;
      if (h.trust().isPresent()) {
        KeyStore ts = KeyStore.getInstance("PKCS12");
        ts.load(null, null);
        int i = 0;
        for (X509Certificate c : certificates(h.trust().get(), "trust")) {
          ts.setCertificateEntry("anchor" + i++, c);
        }
        tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(ts);
      }
      SSLContext tls = SSLContext.getInstance("TLS");
      tls.init(
          kmf == null ? null : kmf.getKeyManagers(),
          tmf == null ? null : tmf.getTrustManagers(),
          null);
      return tls;
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalArgumentException("clientCertificate: unusable TLS material: " + e, e);
    }
  }

  private static List<X509Certificate> certificates(Path file, String field) {
    List<X509Certificate> out = new ArrayList<>();
    try {
      CertificateFactory cf = CertificateFactory.getInstance("X.509");
      for (byte[] der : blocks(file, "CERTIFICATE")) {
        out.add((X509Certificate) cf.generateCertificate(new ByteArrayInputStream(der)));
      }
    } catch (GeneralSecurityException | IOException | IllegalArgumentException e) {
      throw new IllegalArgumentException(field + ": " + file + " is not PEM certificates: " + e, e);
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException(field + ": no CERTIFICATE block in " + file);
    }
    return out;
  }

  private static PrivateKey key(Path file) {
    try {
      List<byte[]> der = blocks(file, "PRIVATE KEY");
      if (der.size() != 1) {
        throw new IllegalArgumentException(
            "clientKey: expected one PRIVATE KEY (PKCS#8) block in " + file);
      }
      for (String alg : List.of("RSA", "EC")) {
        try {
          return KeyFactory.getInstance(alg).generatePrivate(new PKCS8EncodedKeySpec(der.get(0)));
        } catch (GeneralSecurityException e) {
          // try the next algorithm
        }
      }
      throw new IllegalArgumentException("clientKey: neither an RSA nor an EC PKCS#8 key: " + file);
    } catch (IOException e) {
      throw new IllegalArgumentException("clientKey: cannot read " + file + ": " + e, e);
    }
  }

  private static List<byte[]> blocks(Path file, String label) throws IOException {
    // ISO-8859-1 reads any byte: comments around the PEM blocks may be UTF-8 (the exports' banners)
    String text = Files.readString(file, StandardCharsets.ISO_8859_1);
    List<byte[]> out = new ArrayList<>();
    Matcher m = BLOCK.matcher(text);
    while (m.find()) {
      if (m.group(1).equals(label)) {
        out.add(Base64.getMimeDecoder().decode(m.group(2)));
      }
    }
    return out;
  }
}
