package dev.mynalab.verifier.login;

import dev.mynalab.verifier.Verdict;
import java.util.List;

/**
 * The outcome of a login: {@code authenticated} only when the challenge was live and unused, the
 * signature over it verifies with the certificate's key, and the certificate is VALID for {@code
 * auth}.
 *
 * @param outcome AUTHENTICATED, or what failed: UNKNOWN_CHALLENGE, CHALLENGE_EXPIRED,
 *     CHALLENGE_USED, BAD_SIGNATURE, CERTIFICATE_REJECTED
 */
public record LoginVerdict(
    boolean authenticated, String outcome, List<String> reasons, Verdict certificate) {}
