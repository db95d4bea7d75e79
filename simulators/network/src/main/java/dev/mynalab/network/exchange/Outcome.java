package dev.mynalab.network.exchange;

/** How a recorded request ended; every outcome is an entry of the record. */
public enum Outcome {
  /** The holder answered. */
  PROVIDED("提供"),
  /** Lawful, but the holder holds nothing of that item about the person. */
  NOT_HELD("該当なし"),
  /** No legal basis names this requester, procedure, item and provider on this date. */
  REFUSED_NO_LEGAL_BASIS("拒否（法令上の根拠なし）"),
  /** The code is not one the network issued to this requester (a guess, or another agency's). */
  REFUSED_UNKNOWN_CODE("拒否（符号不明）"),
  /** The requester is flagged for repeated unknown codes and may not request until cleared. */
  REFUSED_FLAGGED("拒否（不正照会の疑いにより停止中）"),
  /** The holder's system failed to answer. */
  PROVIDER_FAILED("提供者の障害");

  private final String ja;

  Outcome(String ja) {
    this.ja = ja;
  }

  public String ja() {
    return ja;
  }

  public boolean refused() {
    return name().startsWith("REFUSED");
  }
}
