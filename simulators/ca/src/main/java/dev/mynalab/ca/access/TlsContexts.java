package dev.mynalab.ca.access;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** In-memory SSLContexts for the revocation endpoints and their clients (TLS 1.2/1.3). */
public final class TlsContexts {

  private static final char[] PASSWORD = "TEST-ONLY".toCharArray();

  private TlsContexts() {}

  /** The server side: presents {@code server}, trusts client certificates from {@code anchor}. */
  public static SSLContext server(TlsCredential server, X509Certificate anchor) {
    return context(server, anchor);
  }

  /**
   * A client: presents {@code client} (may be null), trusts servers certified by {@code anchor}.
   */
  public static SSLContext client(TlsCredential client, X509Certificate anchor) {
    return context(client, anchor);
  }

  private static SSLContext context(TlsCredential own, X509Certificate anchor) {
    try {
      KeyStore keys = KeyStore.getInstance("PKCS12");
      keys.load(null, null);
      if (own != null) {
        keys.setKeyEntry(
            "own", own.key(), PASSWORD, new Certificate[] {own.certificate(), own.issuer()});
      }
      KeyManagerFactory kmf =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      kmf.init(keys, PASSWORD);
      KeyStore trust = KeyStore.getInstance("PKCS12");
      trust.load(null, null);
      trust.setCertificateEntry("anchor", anchor);
      TrustManagerFactory tmf =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(trust);
      SSLContext ctx = SSLContext.getInstance("TLS");
      ctx.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
      return ctx;
    } catch (GeneralSecurityException | java.io.IOException e) {
      throw new IllegalStateException("cannot build a TLS context", e);
    }
  }
}
