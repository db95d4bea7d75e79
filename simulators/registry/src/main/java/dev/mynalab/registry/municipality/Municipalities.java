package dev.mynalab.registry.municipality;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.mynalab.kit.fixtures.Fixtures;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The municipalities the simulated 住基ネット knows, keyed by their code. Loaded from the fixture {@code
 * fixtures/municipalities.yaml} (real codes; every check digit is verified on load).
 */
public final class Municipalities {

  /** The classpath location of the default fixture. */
  public static final String FIXTURE = "fixtures/municipalities.yaml";

  private final Map<String, Municipality> byCode;

  public Municipalities(Collection<Municipality> municipalities) {
    Map<String, Municipality> map = new LinkedHashMap<>();
    for (Municipality m : municipalities) {
      if (map.put(m.code(), m) != null) {
        throw new IllegalArgumentException("municipality code " + m.code() + " appears twice");
      }
    }
    this.byCode = Map.copyOf(map);
    this.ordered = List.copyOf(map.values());
  }

  private final List<Municipality> ordered;

  /** The sample of the fixture. */
  public static Municipalities fromFixture() {
    return new Municipalities(Fixtures.load(FIXTURE, new TypeReference<List<Municipality>>() {}));
  }

  public Optional<Municipality> find(String code) {
    return Optional.ofNullable(code).map(byCode::get);
  }

  public boolean contains(String code) {
    return code != null && byCode.containsKey(code);
  }

  public List<Municipality> all() {
    return ordered;
  }
}
