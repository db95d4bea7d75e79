package dev.mynalab.drivers.smartphone;

import dev.mynalab.smartphone.PhoneModel;

/** The handsets the smartphone scenarios name. */
public enum PhoneKind {
  /** An Android phone whose biometrics cannot replace the 4-digit PIN. */
  ANDROID(PhoneModel.android("Android TEST", false)),
  /** An Android phone whose biometrics can replace the 4-digit PIN (SP-01, supported models). */
  ANDROID_BIOMETRIC(PhoneModel.android("Android TEST biometric", true)),
  /** An iPhone (XS or later, iOS 18.5 or later; SP-02). */
  IPHONE(PhoneModel.iphone("iPhone TEST"));

  private final PhoneModel model;

  PhoneKind(PhoneModel model) {
    this.model = model;
  }

  public PhoneModel model() {
    return model;
  }
}
