package dev.mynalab.verifier.revocation;

import dev.mynalab.verifier.RevocationInfo;
import java.time.Instant;

/**
 * What one revocation source said about one certificate.
 *
 * @param state GOOD / REVOKED (definite answers), UNKNOWN (the source answered but does not know
 *     the certificate: definite refusal, no fallback), UNAVAILABLE (no usable answer: try the next
 *     source, and when none is left the verdict is INDETERMINATE)
 * @param info the evidence (null when UNAVAILABLE)
 * @param reason why, in words (always set unless GOOD)
 */
public record RevocationOutcome(State state, RevocationInfo info, String reason) {

  /** The state of a certificate according to one source. */
  public enum State {
    GOOD,
    REVOKED,
    UNKNOWN,
    UNAVAILABLE
  }

  public static RevocationOutcome unavailable(String reason) {
    return new RevocationOutcome(State.UNAVAILABLE, null, reason);
  }

  /** Whether this answer can be reused at {@code now} (inside thisUpdate..nextUpdate). */
  public boolean freshAt(Instant now) {
    return info != null
        && info.nextUpdate() != null
        && !now.isBefore(info.thisUpdate())
        && now.isBefore(info.nextUpdate());
  }
}
