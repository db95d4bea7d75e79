package dev.mynalab.ca.server;

import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;

/** PEM text (RFC 7468) of certificates and PKCS#8 TEST keys, with an explanatory header. */
public final class Pem {

  private static final Base64.Encoder MIME =
      Base64.getMimeEncoder(64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));

  private Pem() {}

  public static String block(String label, byte[] der) {
    return "-----BEGIN "
        + label
        + "-----\n"
        + MIME.encodeToString(der)
        + "\n-----END "
        + label
        + "-----\n";
  }

  /** Certificates with a "subject / issuer / validity" comment before each block. */
  public static String certificates(List<X509Certificate> certificates) {
    StringBuilder out = new StringBuilder();
    for (X509Certificate c : certificates) {
      out.append("# Subject: ").append(c.getSubjectX500Principal().getName()).append('\n');
      out.append("# Serial:  ").append(c.getSerialNumber().toString(16)).append('\n');
      out.append("# Valid:   ")
          .append(c.getNotBefore().toInstant())
          .append(" .. ")
          .append(c.getNotAfter().toInstant())
          .append('\n');
      try {
        out.append(block("CERTIFICATE", c.getEncoded()));
      } catch (CertificateEncodingException e) {
        throw new IllegalStateException(e);
      }
    }
    return out.toString();
  }

  public static String privateKey(PrivateKey key) {
    return block("PRIVATE KEY", key.getEncoded());
  }
}
