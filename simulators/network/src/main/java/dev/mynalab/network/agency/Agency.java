package dev.mynalab.network.agency;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/**
 * An agency registered on the information-provision network (情報照会者 / 情報提供者): a municipality's tax
 * or care-insurance section, a prefecture's 児童相談所, 日本年金機構, a 健康保険組合 … Its roles say which legal
 * bases it may request under; {@code provides} lists the items it holds and answers.
 */
public record Agency(
    String id, @JsonProperty("name_ja") String nameJa, List<String> roles, List<String> provides) {

  public Agency {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(nameJa, "name_ja");
    roles = List.copyOf(roles == null ? List.of() : roles);
    provides = List.copyOf(provides == null ? List.of() : provides);
  }

  public boolean hasRole(String role) {
    return roles.contains(role);
  }

  public boolean holds(String item) {
    return provides.contains(item);
  }
}
