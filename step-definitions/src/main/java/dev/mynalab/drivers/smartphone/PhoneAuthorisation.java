package dev.mynalab.drivers.smartphone;

import dev.mynalab.smartphone.Authorisation;

/** How the holder authorises a phone key, in the scenarios' words. */
public enum PhoneAuthorisation {
  /** The phone's 4-digit PIN as chosen at loading. */
  PIN,
  /** The phone's signing password as chosen at loading. */
  PASSWORD,
  /** A matching fingerprint / face (Android biometrics, Face ID, Touch ID). */
  BIOMETRIC,
  /** The device passcode. */
  PASSCODE;

  Authorisation authorisation() {
    return switch (this) {
      case PIN -> Authorisation.pin(SmartphoneLab.PHONE_SECRETS.userPin());
      case PASSWORD -> Authorisation.password(SmartphoneLab.PHONE_SECRETS.signPassword());
      case BIOMETRIC -> Authorisation.biometric();
      case PASSCODE -> Authorisation.passcode("135790");
    };
  }
}
