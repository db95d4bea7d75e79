package dev.mynalab.network.agency;

import dev.mynalab.network.codes.AgencyCode;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An agency's own records, keyed by the agency's own 機関別符号 (in practice by its 宛名番号 linked to the
 * code): enough of a 情報提供者 for the simulated world.
 */
public final class InMemoryProvider implements ProviderPort {

  private final Map<AgencyCode, Map<String, Map<String, String>>> records = new HashMap<>();

  /** Records what the agency holds about a person; replaces an earlier value of that item. */
  public synchronized void hold(AgencyCode code, String item, Map<String, String> data) {
    records.computeIfAbsent(code, c -> new HashMap<>()).put(item, new LinkedHashMap<>(data));
  }

  @Override
  public synchronized Optional<Map<String, String>> answer(AgencyCode code, String item) {
    return Optional.ofNullable(records.getOrDefault(code, Map.of()).get(item))
        .map(m -> Collections.unmodifiableMap(new LinkedHashMap<>(m)));
  }
}
