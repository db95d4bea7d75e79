package dev.mynalab.network.exchange;

import java.util.Map;

/**
 * What a requester gets back: the outcome, the record entry that documents it, the legal basis and
 * citation relied on (when one was found) and the data (only when provided).
 */
public record ExchangeResult(
    Outcome outcome, long recordSeq, String legalBasis, String citation, Map<String, String> data) {

  public ExchangeResult {
    data = data == null ? Map.of() : data;
  }
}
