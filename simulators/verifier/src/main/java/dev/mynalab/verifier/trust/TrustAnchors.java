package dev.mynalab.verifier.trust;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bouncycastle.asn1.x500.X500Name;

/**
 * The configured JPKI roots (trust anchors): the simulated TEST roots by default; the real public
 * roots (/work/shared/reference/jpki-public/*.pem) can be added, and a real certificate is then
 * judged on its real chain. Thread-safe; anchors can be added while validating.
 */
public final class TrustAnchors {

  private final List<Anchor> anchors = new CopyOnWriteArrayList<>();

  public static TrustAnchors of(Collection<Anchor> anchors) {
    TrustAnchors t = new TrustAnchors();
    t.anchors.addAll(anchors);
    return t;
  }

  public TrustAnchors add(Anchor anchor) {
    anchors.add(anchor);
    return this;
  }

  /** Adds every certificate in a PEM or DER file, labelled with the file name. */
  public TrustAnchors addFile(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      Collection<? extends java.security.cert.Certificate> certs =
          CertificateFactory.getInstance("X.509").generateCertificates(in);
      int n = 0;
      for (java.security.cert.Certificate c : certs) {
        String label = file.getFileName() + (certs.size() > 1 ? "#" + (++n) : "");
        anchors.add(Anchor.of(label, (X509Certificate) c));
      }
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read trust anchors from " + file, e);
    } catch (CertificateException e) {
      throw new IllegalArgumentException("not a certificate file: " + file, e);
    }
  }

  public List<Anchor> all() {
    return List.copyOf(anchors);
  }

  /** The anchors whose key id equals {@code authorityKeyId} (several only if configured twice). */
  public List<Anchor> byKeyId(byte[] authorityKeyId) {
    List<Anchor> list = new ArrayList<>();
    for (Anchor a : anchors) {
      if (a.hasKeyId(authorityKeyId)) {
        list.add(a);
      }
    }
    return list;
  }

  /** The anchors named {@code issuer} — every generation, since they share the DN. */
  public List<Anchor> byName(X500Name issuer) {
    List<Anchor> list = new ArrayList<>();
    for (Anchor a : anchors) {
      if (a.name().equals(issuer)) {
        list.add(a);
      }
    }
    return list;
  }
}
