package dev.mynalab.smartphone;

import java.util.Objects;

/**
 * A handset as the service sees it: its platform and whether its biometrics can stand in for the
 * 4-digit PIN of the phone's user certificate. On Android that holds only on supported models
 * (SP-01); on an iPhone Face ID / Touch ID is the only way to authorise use (SP-02).
 *
 * @param name a readable model name (e.g. {@code Pixel TEST})
 * @param platform Android or iPhone
 * @param biometricsReplacePin whether a biometric match can replace the 4-digit PIN
 */
public record PhoneModel(String name, Platform platform, boolean biometricsReplacePin) {

  public PhoneModel {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(platform, "platform");
    if (platform == Platform.IPHONE && !biometricsReplacePin) {
      throw new IllegalArgumentException(
          "an iPhone is always used with Face ID or Touch ID (SP-02)");
    }
  }

  /** An Android handset, with or without biometric support for the phone's user certificate. */
  public static PhoneModel android(String name, boolean biometrics) {
    return new PhoneModel(name, Platform.ANDROID, biometrics);
  }

  /** An iPhone (XS or later, iOS 18.5 or later: SP-02). */
  public static PhoneModel iphone(String name) {
    return new PhoneModel(name, Platform.IPHONE, true);
  }
}
