package dev.mynalab.ca.profile;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.mynalab.kit.fixtures.Fixtures;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The municipal CRL partitions (JPKI partitions its CRLs by municipality: the real sample's CRLDP
 * names {@code OU=Hokkaido, CN=Sapporo-shi-Minami-ku CRLDP}). Loaded from the fixture {@code
 * dev/mynalab/ca/municipalities.yaml}, or given explicitly.
 */
public final class Municipalities {

  public static final String FIXTURE = "dev/mynalab/ca/municipalities.yaml";

  private final Map<String, Municipality> byCode = new LinkedHashMap<>();

  public Municipalities(Collection<Municipality> municipalities) {
    if (municipalities.isEmpty()) {
      throw new IllegalArgumentException("at least one municipality (CRL partition) is needed");
    }
    for (Municipality m : municipalities) {
      if (byCode.put(m.code(), m) != null) {
        throw new IllegalArgumentException("municipality code " + m.code() + " is listed twice");
      }
    }
  }

  /** The fixture's municipalities. */
  public static Municipalities fixture() {
    return new Municipalities(Fixtures.load(FIXTURE, new TypeReference<List<Municipality>>() {}));
  }

  public Optional<Municipality> byCode(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  public List<Municipality> all() {
    return List.copyOf(byCode.values());
  }
}
