package dev.mynalab.verifier.document;

import dev.mynalab.verifier.Status;
import dev.mynalab.verifier.Verdict;
import java.time.Instant;
import java.util.List;

/**
 * The answer for a CMS signed document (an e-Tax style signed return).
 *
 * @param status VALID only when the signature verifies and the signer certificate is VALID for
 *     {@code sign} at the signing time; INVALID_SIGNATURE when the CMS signature fails; otherwise
 *     the signer certificate's status
 * @param signingTime the signed signingTime attribute, if any (the instant the certificate is
 *     judged at; else the request's {@code at}, else now)
 * @param certificate the signer certificate's verdict (null when no signer certificate was found)
 */
public record DocumentVerdict(
    Status status,
    List<String> reasons,
    Instant signingTime,
    String contentSha256,
    Verdict certificate) {}
