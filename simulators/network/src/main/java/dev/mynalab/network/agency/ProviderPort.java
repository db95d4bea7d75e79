package dev.mynalab.network.agency;

import dev.mynalab.network.codes.AgencyCode;
import java.util.Map;
import java.util.Optional;

/**
 * The port through which the network obtains an answer from the information-holding agency (情報提供者,
 * 番号法 第22条: it must provide when the request is lawful). The network calls it only after the legal
 * basis is checked and the requester's code translated into the holder's own code, so a provider
 * never sees another agency's code.
 */
@FunctionalInterface
public interface ProviderPort {

  /** The item held about the person this agency knows as {@code code}; empty when none is held. */
  Optional<Map<String, String>> answer(AgencyCode code, String item);
}
