package dev.mynalab.drivers.verifier;

import dev.mynalab.drivers.sut.Capabilities;
import java.util.Map;
import java.util.Set;

/**
 * Service-provider interface for a vendor's verifier (profile {@code verifier: {adapter: {class:
 * …}}}). Put the implementation's class name in {@code
 * META-INF/services/dev.mynalab.drivers.verifier.VerifierAdapter} of its jar; the harness finds it
 * with {@link java.util.ServiceLoader} and starts it once per verification scenario with that
 * scenario's CAs and settings, so the verifier can be pointed at them (in-process, or by
 * reconfiguring a remote service). It must have a public no-argument constructor.
 */
public interface VerifierAdapter extends AutoCloseable {

  /** Starts (or points) the verifier at the scenario's world. */
  Verifier start(VerifierContext context);

  /**
   * What the verifier supports beyond the contract: {@link Capabilities#VERIFIER_WORLD_CLOCK} if it
   * follows {@link VerifierContext#clock()}, {@link Capabilities#VERIFIER_OUTAGE} if it honours the
   * sources in {@link VerifierContext#settings()}. Scenarios needing others are N/A.
   */
  default Set<String> capabilities() {
    return Set.of();
  }

  /** Identification for the report (version, build …): free-form properties. */
  default Map<String, String> identity() {
    return Map.of();
  }

  @Override
  default void close() {}
}
