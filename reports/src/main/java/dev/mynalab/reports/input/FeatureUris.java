package dev.mynalab.reports.input;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Feature URIs as the report shows them: relative to the repository root ({@code
 * features/numbers/mynumber.feature}), whether the run read them from a checkout ({@code
 * file:///…/features/…}) or from the classpath ({@code classpath:features/…}), so that scenario ids
 * and the baseline do not depend on where the run happened.
 */
public final class FeatureUris {

  private FeatureUris() {}

  public static String normalise(String uri) {
    // file: URIs arrive percent-encoded (features/registry/%E9%99%A4%E7%A5%A8.feature): show
    // 除票.feature
    String u = URLDecoder.decode(uri.replace("+", "%2B"), StandardCharsets.UTF_8);
    if (u.startsWith("classpath:")) {
      u = u.substring("classpath:".length());
    }
    while (u.startsWith("/") && u.startsWith("features/", 1)) {
      u = u.substring(1);
    }
    int at = u.lastIndexOf("/features/");
    if (at >= 0) {
      return u.substring(at + 1);
    }
    if (u.startsWith("file:")) {
      return u.substring(u.lastIndexOf('/') + 1);
    }
    return u;
  }
}
