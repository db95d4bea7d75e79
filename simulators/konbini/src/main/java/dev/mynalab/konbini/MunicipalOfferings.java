package dev.mynalab.konbini;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.mynalab.kit.fixtures.Fixtures;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which documents each participating municipality offers at the store (CS-01: "Documents, depending
 * on the municipality"). Data, not code: {@value #FIXTURE}. A municipality that is not listed does
 * not take part; the kiosk then offers nothing of it.
 */
public final class MunicipalOfferings {

  public static final String FIXTURE = "fixtures/konbini-offerings.yaml";

  /** One line of the fixture. */
  public record Offering(String code, String name, List<Document> documents) {}

  private final Map<String, Offering> byCode = new LinkedHashMap<>();

  public MunicipalOfferings(List<Offering> offerings) {
    for (Offering o : offerings) {
      if (o.code() == null || !o.code().matches("[0-9]{6}")) {
        throw new IllegalArgumentException(
            "konbini offering code must be 6 digits, got " + o.code());
      }
      if (byCode.put(o.code(), o) != null) {
        throw new IllegalArgumentException("konbini offering listed twice: " + o.code());
      }
    }
  }

  public static MunicipalOfferings fromFixture() {
    return new MunicipalOfferings(Fixtures.load(FIXTURE, new TypeReference<List<Offering>>() {}));
  }

  /** The documents {@code municipalityCode} issues at stores (empty when it does not take part). */
  public Set<Document> documentsOf(String municipalityCode) {
    Offering o = byCode.get(municipalityCode);
    return o == null || o.documents().isEmpty()
        ? EnumSet.noneOf(Document.class)
        : EnumSet.copyOf(o.documents());
  }

  public boolean offers(String municipalityCode, Document document) {
    return documentsOf(municipalityCode).contains(document);
  }

  public Optional<String> nameOf(String municipalityCode) {
    return Optional.ofNullable(byCode.get(municipalityCode)).map(Offering::name);
  }

  public List<Offering> all() {
    return List.copyOf(byCode.values());
  }
}
