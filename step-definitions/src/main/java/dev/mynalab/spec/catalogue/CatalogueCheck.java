package dev.mynalab.spec.catalogue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Keeps the living spec and the requirement catalogue consistent (DESIGN.md principle 5): every
 * scenario carries at least one {@code @REQ-…} tag naming an <em>active</em> requirement; every
 * active requirement is demonstrated by at least one scenario; every catalogue entry is complete.
 * Each violation names the offending scenario (file, line, name) or requirement.
 */
public final class CatalogueCheck {

  static final Pattern ID = Pattern.compile("REQ-[A-Z]{2,4}-\\d{2,3}");

  private CatalogueCheck() {}

  /** Every violation found; empty when the spec and the catalogue agree. */
  public static List<String> violations(RequirementCatalogue catalogue, FeatureScan.Result scan) {
    List<String> found = new ArrayList<>();
    scan.parseErrors().forEach(e -> found.add("feature does not parse: " + e));
    checkEntries(catalogue, found);
    Map<String, Requirement> byId = catalogue.byId();
    Set<String> demonstrated = new HashSet<>();
    for (TaggedScenario scenario : scan.scenarios()) {
      List<String> ids = scenario.requirementIds();
      if (ids.isEmpty()) {
        found.add("scenario without a @REQ- tag: " + scenario.where());
      }
      for (String id : ids) {
        Requirement requirement = byId.get(id);
        if (requirement == null) {
          found.add(
              "scenario tagged with unknown requirement @"
                  + id
                  + " (not in "
                  + catalogue.file().getFileName()
                  + "): "
                  + scenario.where());
        } else if (!requirement.active()) {
          found.add(
              "scenario tagged with @"
                  + id
                  + ", which is not active (status: planned): "
                  + scenario.where());
        } else {
          demonstrated.add(id);
        }
      }
    }
    for (Requirement requirement : catalogue.requirements()) {
      if (requirement.active() && !demonstrated.contains(requirement.id())) {
        found.add(
            "active requirement "
                + requirement.id()
                + " («"
                + requirement.titleJa()
                + "») has no scenario");
      }
    }
    return found;
  }

  private static void checkEntries(RequirementCatalogue catalogue, List<String> found) {
    Set<String> seen = new HashSet<>();
    for (Requirement r : catalogue.requirements()) {
      String id = r.id() == null ? "(no id)" : r.id();
      if (r.id() == null || !ID.matcher(r.id()).matches()) {
        found.add("requirement " + id + ": id must look like REQ-XX-NN");
      }
      if (!seen.add(id)) {
        found.add("requirement " + id + ": listed twice");
      }
      requireText(id, "title_ja", r.titleJa(), found);
      requireText(id, "title_en", r.titleEn(), found);
      requireText(id, "source", r.source(), found);
      if (r.status() == null) {
        found.add("requirement " + id + ": status must be active or planned");
      }
      if (r.effectiveFrom() == null) {
        found.add("requirement " + id + ": effective_from is missing");
      } else if (r.effectiveTo() != null && r.effectiveTo().isBefore(r.effectiveFrom())) {
        found.add("requirement " + id + ": effective_to is before effective_from");
      }
    }
  }

  private static void requireText(String id, String field, String value, List<String> found) {
    if (value == null || value.isBlank()) {
      found.add("requirement " + id + ": " + field + " is missing");
    }
  }
}
