package dev.mynalab.spec.profile;

import dev.mynalab.drivers.verifier.VerifierAdapter;
import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Finds a vendor's {@link VerifierAdapter} with {@link ServiceLoader} — the harness's classpath
 * plus the profile's jars — and picks the one whose class the profile names.
 */
final class AdapterLoader {

  private AdapterLoader() {}

  /**
   * @throws IllegalArgumentException "class: …" when no provider has that class name
   */
  static VerifierAdapter load(String className, List<Path> classpath) {
    ClassLoader loader = AdapterLoader.class.getClassLoader();
    if (!classpath.isEmpty()) {
      URL[] urls = new URL[classpath.size()];
      for (int i = 0; i < urls.length; i++) {
        if (!java.nio.file.Files.exists(classpath.get(i))) {
          throw new IllegalArgumentException(
              "classpath[" + i + "]: no such jar or directory: " + classpath.get(i));
        }
        try {
          urls[i] = classpath.get(i).toUri().toURL();
        } catch (MalformedURLException e) {
          throw new IllegalArgumentException("classpath: " + e.getMessage(), e);
        }
      }
      loader = new URLClassLoader(urls, loader);
    }
    List<String> found = new ArrayList<>();
    try {
      for (ServiceLoader.Provider<VerifierAdapter> p :
          ServiceLoader.load(VerifierAdapter.class, loader).stream().toList()) {
        found.add(p.type().getName());
        if (p.type().getName().equals(className)) {
          return p.get();
        }
      }
    } catch (java.util.ServiceConfigurationError e) {
      throw new IllegalArgumentException(
          "class: a provider cannot be loaded: " + e.getMessage(), e);
    }
    throw new IllegalArgumentException(
        "class: no "
            + VerifierAdapter.class.getName()
            + " provider named "
            + className
            + " (META-INF/services lists: "
            + found
            + ")");
  }

  /** SHA-256 of the jar (or class file) {@code type} came from. */
  static String codeHash(Class<?> type) {
    try {
      CodeSource cs = type.getProtectionDomain().getCodeSource();
      URL url =
          cs != null && cs.getLocation() != null && cs.getLocation().getPath().endsWith(".jar")
              ? cs.getLocation()
              : type.getResource(type.getSimpleName() + ".class");
      try (InputStream in = url.openStream()) {
        return Hashes.sha256(in.readAllBytes());
      }
    } catch (IOException | RuntimeException e) {
      return Hashes.sha256(type.getName().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
  }
}
