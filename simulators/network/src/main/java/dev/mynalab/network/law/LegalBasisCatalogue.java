package dev.mynalab.network.law;

import dev.mynalab.kit.fixtures.Fixtures;
import dev.mynalab.network.agency.Agency;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The representative subset of the lawful-provision table the simulated network enforces, from
 * {@code network/legal-bases.yaml}. A request is lawful only if one entry names the requester's
 * role and procedure, lists the item for one of the provider's roles, and has a citation in force
 * on the request's date; anything else is refused (番号法 第19条: provision is prohibited except as
 * listed).
 */
public final class LegalBasisCatalogue {

  public static final String FIXTURE = "network/legal-bases.yaml";

  record File(
      @com.fasterxml.jackson.annotation.JsonProperty("legal_bases") List<LegalBasis> bases) {}

  /** A lawful provision found: the entry and the citation in force that day. */
  public record Match(LegalBasis basis, Citation citation) {}

  private final List<LegalBasis> bases;

  public LegalBasisCatalogue(List<LegalBasis> bases) {
    Set<String> ids = new HashSet<>();
    for (LegalBasis basis : bases) {
      if (!ids.add(basis.id())) {
        throw new IllegalArgumentException("duplicate legal basis: " + basis.id());
      }
    }
    this.bases = List.copyOf(bases);
  }

  public static LegalBasisCatalogue fromFixture() {
    return fromFixture(FIXTURE);
  }

  public static LegalBasisCatalogue fromFixture(String path) {
    return new LegalBasisCatalogue(Fixtures.load(path, File.class).bases());
  }

  public List<LegalBasis> bases() {
    return bases;
  }

  /** Whether any entry knows {@code procedure} at all (to tell a typo from a missing basis). */
  public boolean knowsProcedure(String procedure) {
    return bases.stream().anyMatch(b -> b.procedure().equals(procedure));
  }

  /** The basis that makes this provision lawful on {@code date}, if any. */
  public Optional<Match> find(
      Agency requester, String procedure, String item, Agency provider, LocalDate date) {
    for (LegalBasis basis : bases) {
      if (basis.procedure().equals(procedure)
          && requester.hasRole(basis.requesterRole())
          && basis.allows(item, provider.roles())) {
        Optional<Citation> citation = basis.citationOn(date);
        if (citation.isPresent()) {
          return Optional.of(new Match(basis, citation.get()));
        }
      }
    }
    return Optional.empty();
  }
}
