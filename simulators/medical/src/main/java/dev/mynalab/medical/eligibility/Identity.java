package dev.mynalab.medical.eligibility;

/**
 * How the patient's identity was confirmed at the reader (HI-01): face matching against the chip's
 * photo, the 4-digit PIN (a signature over the service's challenge), or staff's visual check.
 */
public sealed interface Identity {

  /** The reader compared the live capture with the chip's photo. */
  record Face(double score, boolean matched) implements Identity {
    @Override
    public String method() {
      return "face";
    }
  }

  /** The card signed the challenge after its PIN. */
  record Pin(String challengeId, byte[] signature) implements Identity {
    @Override
    public String method() {
      return "pin";
    }
  }

  /** 目視確認モード: staff compared the person with the card face. */
  record Visual(String staff) implements Identity {
    @Override
    public String method() {
      return "visual";
    }
  }

  /** The method's name in answers and the journal: face, pin or visual. */
  String method();
}
