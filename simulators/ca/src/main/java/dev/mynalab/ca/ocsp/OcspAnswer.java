package dev.mynalab.ca.ocsp;

/**
 * What the responder answered.
 *
 * @param der the DER OCSPResponse (always present: errors are OCSP responses too)
 * @param outcome {@code good}, {@code revoked}, {@code unknown}, {@code mixed} (several
 *     certificates), {@code malformedRequest}, {@code unauthorized} or {@code internalError}
 * @param presigned true when served from the pre-signed cache (no RSA signature on this request)
 * @param maxAgeSeconds for a cacheable answer, the seconds until its nextUpdate; 0 otherwise
 */
public record OcspAnswer(byte[] der, String outcome, boolean presigned, long maxAgeSeconds) {}
