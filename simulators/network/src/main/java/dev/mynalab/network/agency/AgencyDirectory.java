package dev.mynalab.network.agency;

import dev.mynalab.kit.fixtures.Fixtures;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The agencies and information items registered on the network, from the YAML fixture {@code
 * network/agencies.yaml} (DESIGN.md principle 11: fixtures are domain data). Bad fixtures fail at
 * load, naming the entry.
 */
public final class AgencyDirectory {

  /** The classpath fixture of the reference world. */
  public static final String FIXTURE = "network/agencies.yaml";

  /** The マイナポータル (情報提供等記録開示システム) as an agency: it reads on the person's behalf. */
  public static final String PORTAL = "myna-portal";

  record File(List<InformationItem> items, List<Agency> agencies) {}

  private final Map<String, InformationItem> items = new LinkedHashMap<>();
  private final Map<String, Agency> agencies = new LinkedHashMap<>();

  public AgencyDirectory(List<InformationItem> items, List<Agency> agencies) {
    for (InformationItem item : items) {
      if (this.items.put(item.id(), item) != null) {
        throw new IllegalArgumentException("duplicate information item: " + item.id());
      }
    }
    for (Agency agency : agencies) {
      if (this.agencies.put(agency.id(), agency) != null) {
        throw new IllegalArgumentException("duplicate agency: " + agency.id());
      }
      for (String item : agency.provides()) {
        if (!this.items.containsKey(item)) {
          throw new IllegalArgumentException(
              "agency " + agency.id() + " provides unknown item '" + item + "'");
        }
      }
    }
  }

  /** The reference world's agencies. */
  public static AgencyDirectory fromFixture() {
    return fromFixture(FIXTURE);
  }

  public static AgencyDirectory fromFixture(String path) {
    File file = Fixtures.load(path, File.class);
    return new AgencyDirectory(file.items(), file.agencies());
  }

  public Optional<Agency> agency(String id) {
    return Optional.ofNullable(id == null ? null : agencies.get(id));
  }

  public Optional<InformationItem> item(String id) {
    return Optional.ofNullable(id == null ? null : items.get(id));
  }

  public List<Agency> agencies() {
    return List.copyOf(agencies.values());
  }

  public List<InformationItem> items() {
    return List.copyOf(items.values());
  }
}
