package dev.mynalab.network.law;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of the table of lawful provisions (番号法 第19条第8号; 別表第二 until 2024-05-26, the 主務省令 from
 * 2024-05-27): a requester role (情報照会者), the procedure (事務) it performs, and per item the roles
 * that may provide it (情報提供者). Each entry cites its source.
 */
public record LegalBasis(
    String id,
    String procedure,
    @JsonProperty("procedure_ja") String procedureJa,
    @JsonProperty("requester_role") String requesterRole,
    List<Provision> provisions,
    List<Citation> citations,
    String source) {

  public LegalBasis {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(procedure, "procedure of " + id);
    Objects.requireNonNull(procedureJa, "procedure_ja of " + id);
    Objects.requireNonNull(requesterRole, "requester_role of " + id);
    provisions = List.copyOf(provisions == null ? List.of() : provisions);
    citations = List.copyOf(citations == null ? List.of() : citations);
    if (provisions.isEmpty() || citations.isEmpty()) {
      throw new IllegalArgumentException(id + ": a legal basis needs provisions and citations");
    }
  }

  /** The citation in force on {@code date}, if any. */
  public Optional<Citation> citationOn(LocalDate date) {
    return citations.stream().filter(c -> c.inForceOn(date)).findFirst();
  }

  /** Whether {@code item} may be provided under this basis by an agency with {@code role}. */
  public boolean allows(String item, List<String> providerRoles) {
    return provisions.stream()
        .anyMatch(
            p ->
                p.item().equals(item)
                    && p.providerRoles().stream().anyMatch(providerRoles::contains));
  }
}
