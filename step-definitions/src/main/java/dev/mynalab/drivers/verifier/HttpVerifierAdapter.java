package dev.mynalab.drivers.verifier;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mynalab.ca.server.CaWorld;
import dev.mynalab.kit.journal.Journal;
import java.io.IOException;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * A verifier at a fixed HTTPS URL implementing the validation contract. It cannot be re-pointed per
 * scenario, so the run keeps one JPKI TEST CA for all verification scenarios ({@link #sharedCa()}),
 * exported before the run for the verifier to trust ({@code verifier.http.trustExport}, {@code
 * SutOpener}); scenarios needing a per-scenario verifier (world clock, outages) are N/A.
 */
public final class HttpVerifierAdapter implements VerifierAdapter {

  private final URI url;
  private final SSLContext tls;
  private final CaWorld sharedCa;
  private final Journal caJournal;
  private final String serverFingerprint;

  /**
   * Connects once to learn the server certificate.
   *
   * @throws IllegalArgumentException "url: …" when the endpoint cannot be reached over TLS
   */
  public HttpVerifierAdapter(URI url, SSLContext tls, CaWorld sharedCa, Journal caJournal) {
    this.url = url;
    this.tls = tls;
    this.sharedCa = sharedCa;
    this.caJournal = caJournal;
    this.serverFingerprint = fingerprint(url, tls);
  }

  /** The one CA of the run, exported for the verifier under test to trust. */
  public CaWorld sharedCa() {
    return sharedCa;
  }

  /**
   * The journal of {@link #sharedCa()}: its endpoints' exchanges, so a run can show that the
   * verifier under test asked the run's CA (OCSP, CRLs).
   */
  public Journal caJournal() {
    return caJournal;
  }

  @Override
  public Verifier start(VerifierContext context) {
    ContractClient client = new ContractClient(url, tls);
    return new Verifier() {
      @Override
      public JsonNode call(String path, JsonNode request) {
        return client.call(path, request);
      }
    };
  }

  @Override
  public Map<String, String> identity() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("url", url.toString());
    m.put("serverCertificateSha256", serverFingerprint);
    return m;
  }

  public String serverFingerprint() {
    return serverFingerprint;
  }

  private static String fingerprint(URI url, SSLContext tls) {
    int port = url.getPort() < 0 ? 443 : url.getPort();
    try (SSLSocket s = (SSLSocket) tls.getSocketFactory().createSocket()) {
      s.connect(new java.net.InetSocketAddress(url.getHost(), port), 10_000);
      s.setSoTimeout(10_000);
      s.startHandshake();
      Certificate[] chain = s.getSession().getPeerCertificates();
      byte[] der = chain[0].getEncoded();
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(der));
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "url: cannot reach " + url + " over TLS: " + e.getMessage(), e);
    } catch (CertificateEncodingException | NoSuchAlgorithmException e) {
      throw new IllegalArgumentException("url: unusable server certificate: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    sharedCa.close();
  }
}
