package dev.mynalab.spec.catalogue;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;

/**
 * One entry of the requirement catalogue ({@code features/requirements.yaml}): a rule of the law or
 * of the seed that the living spec demonstrates. A requirement taken from a rule of domain-rules.md
 * carries that rule's ID ({@code REQ-MN-02} for rule MN-02).
 *
 * @param id {@code REQ-XX-NN}
 * @param titleJa the Japanese title, as a regulator reads it
 * @param titleEn the English title
 * @param source where the rule comes from: a seed section ({@code seed: マイナンバーカードについて①}), or a
 *     law/ordinance article or an official page with its address
 * @param effectiveFrom the first day the rule applies
 * @param effectiveTo the last day it applies, or {@code null} while in force
 * @param status {@code active} (demonstrated by at least one scenario) or {@code planned}
 * @param stage the lifecycle stage the rule belongs to (申請, 発行, 交付, 利用 …), optional
 * @param deviation for a planned requirement: why it is not (yet) demonstrated, optional
 */
public record Requirement(
    String id,
    @JsonProperty("title_ja") String titleJa,
    @JsonProperty("title_en") String titleEn,
    String source,
    @JsonProperty("effective_from") LocalDate effectiveFrom,
    @JsonProperty("effective_to") LocalDate effectiveTo,
    Status status,
    String stage,
    String deviation) {

  /** Whether the living spec must demonstrate the requirement now. */
  public enum Status {
    @JsonProperty("active")
    ACTIVE,
    @JsonProperty("planned")
    PLANNED
  }

  public boolean active() {
    return status == Status.ACTIVE;
  }
}
