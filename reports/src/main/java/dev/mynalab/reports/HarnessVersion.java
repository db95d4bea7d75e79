package dev.mynalab.reports;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The harness version the build stamped into {@code harness.properties}. */
public final class HarnessVersion {

  private HarnessVersion() {}

  public static String get() {
    try (InputStream in = HarnessVersion.class.getResourceAsStream("harness.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      String v = p.getProperty("version", "unknown");
      return v.contains("${") ? "unknown" : v;
    } catch (IOException e) {
      return "unknown";
    }
  }
}
