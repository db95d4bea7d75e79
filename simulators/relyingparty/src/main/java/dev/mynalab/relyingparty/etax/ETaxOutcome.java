package dev.mynalab.relyingparty.etax;

import java.time.Instant;
import java.util.List;

/**
 * The 受付システム's answer to one signed submission.
 *
 * @param accepted true: 受付 (the number is the 受付番号, or the 利用者識別番号 for a registration)
 * @param number the 受付番号 / 利用者識別番号; null when refused
 * @param refusal why it was refused; null when accepted
 * @param reasons the verifier's reasons and ours, decisive first
 * @param signer the signer certificate's subject (RFC 2253), when one was found
 * @param signingTime the signed signingTime attribute, if any
 * @param receivedAt the reception's instant (world clock)
 */
public record ETaxOutcome(
    boolean accepted,
    String number,
    Refusal refusal,
    List<String> reasons,
    String signer,
    Instant signingTime,
    Instant receivedAt) {

  static ETaxOutcome accepted(
      String number, List<String> reasons, String signer, Instant signed, Instant at) {
    return new ETaxOutcome(true, number, null, List.copyOf(reasons), signer, signed, at);
  }

  static ETaxOutcome refused(
      Refusal refusal, List<String> reasons, String signer, Instant signed, Instant at) {
    return new ETaxOutcome(false, null, refusal, List.copyOf(reasons), signer, signed, at);
  }
}
