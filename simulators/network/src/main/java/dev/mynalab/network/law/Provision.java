package dev.mynalab.network.law;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/** One row of a legal basis: this item may be provided by agencies with one of these roles. */
public record Provision(String item, @JsonProperty("provider_roles") List<String> providerRoles) {

  public Provision {
    Objects.requireNonNull(item, "item");
    providerRoles = List.copyOf(providerRoles == null ? List.of() : providerRoles);
  }
}
