package dev.mynalab.spec.catalogue;

import java.util.List;

/**
 * One executable scenario of the living spec (a シナリオ, or one row of a シナリオアウトライン's 例) with every
 * tag that applies to it (feature, rule, scenario and examples tags).
 *
 * @param feature the feature file, relative to the features directory
 * @param line the line of the scenario (or of the example row)
 * @param name the scenario's name
 * @param tags the tags, with their {@code @}
 */
public record TaggedScenario(String feature, long line, String name, List<String> tags) {

  /** The {@code @REQ-…} tags, without the {@code @}. */
  public List<String> requirementIds() {
    return tags.stream().filter(t -> t.startsWith("@REQ-")).map(t -> t.substring(1)).toList();
  }

  /** Where to look: {@code file:line «name»}. */
  public String where() {
    return feature + ":" + line + " «" + name + "»";
  }
}
