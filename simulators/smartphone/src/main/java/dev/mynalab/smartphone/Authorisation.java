package dev.mynalab.smartphone;

/**
 * How the holder authorises one use of a phone key. Which ones a phone accepts depends on its
 * platform and model (SP-01, SP-02): see {@link Smartphone}.
 */
public sealed interface Authorisation {

  /** The phone's 4-digit PIN of its user certificate (Android). */
  record Pin(String value) implements Authorisation {
    @Override
    public String toString() {
      return "Pin[****]";
    }
  }

  /** The phone's signing password (Android). */
  record Password(String value) implements Authorisation {
    @Override
    public String toString() {
      return "Password[****]";
    }
  }

  /** A biometric check (Face ID, Touch ID, a fingerprint sensor): matched or not. */
  record Biometric(boolean matches) implements Authorisation {}

  /** The device passcode (unlocks the phone, but does not authorise JPKI use on an iPhone). */
  record Passcode(String value) implements Authorisation {
    @Override
    public String toString() {
      return "Passcode[****]";
    }
  }

  static Authorisation pin(String value) {
    return new Pin(value);
  }

  static Authorisation password(String value) {
    return new Password(value);
  }

  static Authorisation biometric() {
    return new Biometric(true);
  }

  static Authorisation biometricMismatch() {
    return new Biometric(false);
  }

  static Authorisation passcode(String value) {
    return new Passcode(value);
  }
}
