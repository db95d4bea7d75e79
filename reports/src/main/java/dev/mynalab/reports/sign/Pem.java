package dev.mynalab.reports.sign;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;

/** PEM files of certificates and keys, read and written with Bouncy Castle. */
public final class Pem {

  private Pem() {}

  public static String encode(Object certificateOrKey) {
    StringWriter s = new StringWriter();
    try (JcaPEMWriter w = new JcaPEMWriter(s)) {
      w.writeObject(certificateOrKey);
    } catch (IOException e) {
      throw new IllegalStateException("cannot encode PEM", e);
    }
    return s.toString();
  }

  /**
   * The first certificate of a PEM file.
   *
   * @throws IllegalArgumentException naming the file when it is missing or holds no certificate
   */
  public static X509Certificate readCertificate(Path file) {
    Object o = readObject(file);
    if (!(o instanceof X509CertificateHolder holder)) {
      throw new IllegalArgumentException(file + ": not a PEM certificate");
    }
    try {
      return new JcaX509CertificateConverter().getCertificate(holder);
    } catch (CertificateException e) {
      throw new IllegalArgumentException(file + ": bad certificate: " + e.getMessage(), e);
    }
  }

  public static PrivateKey readPrivateKey(Path file) {
    Object o = readObject(file);
    try {
      if (o instanceof PrivateKeyInfo info) {
        return new JcaPEMKeyConverter().getPrivateKey(info);
      }
      if (o instanceof PEMKeyPair pair) {
        return new JcaPEMKeyConverter().getKeyPair(pair).getPrivate();
      }
    } catch (IOException e) {
      throw new IllegalArgumentException(file + ": bad private key: " + e.getMessage(), e);
    }
    throw new IllegalArgumentException(file + ": not a PEM private key");
  }

  private static Object readObject(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("no such file: " + file);
    }
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.US_ASCII);
        PEMParser p = new PEMParser(r)) {
      Object o = p.readObject();
      if (o == null) {
        throw new IllegalArgumentException(file + ": no PEM object");
      }
      return o;
    } catch (IOException e) {
      throw new IllegalArgumentException(file + ": not PEM: " + e.getMessage(), e);
    }
  }
}
