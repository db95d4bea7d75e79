package dev.mynalab.network.agency;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * A kind of 特定個人情報 exchanged on the network, e.g. 地方税関係情報 (課税・所得) or 住民票関係情報 — the information that
 * replaces the paper 課税証明書 and 住民票の写し.
 */
public record InformationItem(
    String id,
    @JsonProperty("name_ja") String nameJa,
    @JsonProperty("replaces_ja") String replacesJa) {

  public InformationItem {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(nameJa, "name_ja");
  }
}
