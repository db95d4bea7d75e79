package dev.mynalab.drivers.card;

import dev.mynalab.card.sim.CardApplets;
import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javacard.framework.Applet;

/**
 * Vendor applet classes loaded by name from the vendor's jars, child first: a class the jars hold
 * is taken from them even when the harness has one of the same name (so loading the reference
 * applets from a jar proves the path), while the Java Card API and jcardsim always come from the
 * harness, as on a card the platform comes from the card.
 */
public final class AppletClasses {

  /** Packages always taken from the harness: the JDK, the Java Card API, jcardsim. */
  private static final List<String> PLATFORM =
      List.of("java.", "javax.", "jdk.", "sun.", "javacard.", "javacardx.", "com.licel.");

  private final Map<String, Class<? extends Applet>> byApplication;
  private final Map<String, String> jarHashes;

  private AppletClasses(
      Map<String, Class<? extends Applet>> byApplication, Map<String, String> jarHashes) {
    this.byApplication = byApplication;
    this.jarHashes = jarHashes;
  }

  /**
   * Loads {@code classes} (application → class name) from {@code classpath}.
   *
   * @throws IllegalArgumentException naming the application whose class is missing or is no {@link
   *     Applet}
   */
  public static AppletClasses load(Map<String, String> classes, List<Path> classpath) {
    URL[] urls = new URL[classpath.size()];
    Map<String, String> hashes = new LinkedHashMap<>();
    for (int i = 0; i < urls.length; i++) {
      if (!Files.exists(classpath.get(i))) {
        throw new IllegalArgumentException(
            "classpath[" + i + "]: no such jar or directory: " + classpath.get(i));
      }
      try {
        urls[i] = classpath.get(i).toUri().toURL();
      } catch (MalformedURLException e) {
        throw new IllegalArgumentException("classpath[" + i + "]: " + e.getMessage(), e);
      }
      if (Files.isRegularFile(classpath.get(i))) {
        hashes.put(classpath.get(i).getFileName().toString(), sha256(classpath.get(i)));
      }
    }
    ClassLoader loader =
        urls.length == 0
            ? AppletClasses.class.getClassLoader()
            : new ChildFirst(urls, AppletClasses.class.getClassLoader());
    Map<String, Class<? extends Applet>> out = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : classes.entrySet()) {
      Class<?> c;
      try {
        c = Class.forName(e.getValue(), false, loader);
      } catch (ClassNotFoundException | LinkageError ex) {
        throw new IllegalArgumentException(
            "classes." + e.getKey() + ": class not found: " + e.getValue(), ex);
      }
      if (!Applet.class.isAssignableFrom(c)) {
        throw new IllegalArgumentException(
            "classes." + e.getKey() + ": " + e.getValue() + " is not a javacard.framework.Applet");
      }
      out.put(e.getKey(), c.asSubclass(Applet.class));
    }
    return new AppletClasses(Map.copyOf(out), java.util.Collections.unmodifiableMap(hashes));
  }

  /**
   * The applet class of {@code application} ({@code jpki}, {@code text}, {@code face}, {@code
   * juki}).
   */
  public Class<? extends Applet> of(String application) {
    return byApplication.get(application);
  }

  /** The four applications as the card manufacturer installs them. */
  public CardApplets cardApplets() {
    return new CardApplets(of("jpki"), of("text"), of("face"), of("juki"));
  }

  /** SHA-256 (hex) of each jar, by file name. */
  public Map<String, String> jarHashes() {
    return jarHashes;
  }

  static String sha256(Path file) {
    try (InputStream in =
        new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
    } catch (IOException | NoSuchAlgorithmException e) {
      throw new IllegalArgumentException("cannot hash " + file + ": " + e.getMessage(), e);
    }
  }

  /** Child-first for everything but the platform packages. */
  private static final class ChildFirst extends URLClassLoader {
    ChildFirst(URL[] urls, ClassLoader parent) {
      super(urls, parent);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      synchronized (getClassLoadingLock(name)) {
        Class<?> c = findLoadedClass(name);
        if (c == null && PLATFORM.stream().noneMatch(name::startsWith)) {
          try {
            c = findClass(name);
          } catch (ClassNotFoundException e) {
            c = null;
          }
        }
        if (c == null) {
          c = getParent().loadClass(name);
        }
        if (resolve) {
          resolveClass(c);
        }
        return c;
      }
    }
  }
}
