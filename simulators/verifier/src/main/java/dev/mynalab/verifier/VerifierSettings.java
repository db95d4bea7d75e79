package dev.mynalab.verifier;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The verifier's knobs, with the defaults a demanding relying party would pick.
 *
 * @param timeout per revocation exchange (connect + answer); slower is "unavailable" (default 2 s)
 * @param ocspOverride send every OCSP request here instead of the AIA URL (null: use the AIA)
 * @param crlIndexOverride the CRL index to locate partitions in (null: the CA's own {@code /crl/})
 * @param requireNonce refuse OCSP answers without our nonce (default false: the simulated responder
 *     pre-signs and ignores nonces, RFC 8954 §2.1; freshness bounds replay)
 * @param ocspMaxAge the oldest thisUpdate accepted (default 2 days)
 * @param challengeTtl how long a login challenge lives (default 2 min)
 * @param simulatedAnchors trust the simulated TEST roots (default true)
 * @param extraAnchors more anchor files (PEM/DER), e.g. the real public JPKI roots
 */
public record VerifierSettings(
    Duration timeout,
    URI ocspOverride,
    URI crlIndexOverride,
    boolean requireNonce,
    Duration ocspMaxAge,
    Duration challengeTtl,
    boolean simulatedAnchors,
    List<Path> extraAnchors) {

  public static VerifierSettings defaults() {
    return new VerifierSettings(
        Duration.ofSeconds(2),
        null,
        null,
        false,
        Duration.ofDays(2),
        Duration.ofMinutes(2),
        true,
        List.of());
  }

  public VerifierSettings withTimeout(Duration t) {
    return new VerifierSettings(
        t,
        ocspOverride,
        crlIndexOverride,
        requireNonce,
        ocspMaxAge,
        challengeTtl,
        simulatedAnchors,
        extraAnchors);
  }

  public VerifierSettings withSources(URI ocsp, URI crlIndex) {
    return new VerifierSettings(
        timeout,
        ocsp,
        crlIndex,
        requireNonce,
        ocspMaxAge,
        challengeTtl,
        simulatedAnchors,
        extraAnchors);
  }

  public VerifierSettings withRequireNonce(boolean on) {
    return new VerifierSettings(
        timeout,
        ocspOverride,
        crlIndexOverride,
        on,
        ocspMaxAge,
        challengeTtl,
        simulatedAnchors,
        extraAnchors);
  }

  public VerifierSettings withAnchors(boolean simulated, List<Path> extra) {
    return new VerifierSettings(
        timeout,
        ocspOverride,
        crlIndexOverride,
        requireNonce,
        ocspMaxAge,
        challengeTtl,
        simulated,
        List.copyOf(extra));
  }
}
