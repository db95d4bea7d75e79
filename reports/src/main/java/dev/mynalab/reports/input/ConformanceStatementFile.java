package dev.mynalab.reports.input;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mynalab.kit.fixtures.Json;
import dev.mynalab.reports.model.NotApplicable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an Implementation Conformance Statement (ICS): the vendor's declaration of what its
 * implementation does not claim, as YAML:
 *
 * <pre>
 * notApplicable:
 *   - requirement: REQ-SP-01          # a whole requirement
 *     reason: the card has no smartphone variant
 *   - tag: "@contactless"             # every scenario with a tag
 *     reason: contact interface only
 *   - scenario: features/numbers/mynumber.feature:42   # one scenario or example row
 *     reason: …
 * </pre>
 *
 * Each entry names exactly one target and gives a reason; anything else fails naming the entry.
 */
public final class ConformanceStatementFile {

  private ConformanceStatementFile() {}

  public static List<NotApplicable> read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("conformance statement (ICS) not found: " + file);
    }
    JsonNode root;
    try {
      root = Json.yaml().readTree(file.toFile());
    } catch (IOException e) {
      throw new IllegalArgumentException(file + " does not parse: " + e.getMessage(), e);
    }
    List<NotApplicable> result = new ArrayList<>();
    JsonNode list = root == null ? null : root.path("notApplicable");
    if (list == null || list.isMissingNode() || list.isNull()) {
      return result;
    }
    if (!list.isArray()) {
      throw new IllegalArgumentException(file + ": notApplicable must be a list");
    }
    int i = 0;
    for (JsonNode n : list) {
      String where = file + ": notApplicable[" + i++ + "]";
      String requirement = text(n, "requirement");
      String tag = text(n, "tag");
      String scenario = text(n, "scenario");
      String reason = text(n, "reason");
      int targets =
          (requirement == null ? 0 : 1) + (tag == null ? 0 : 1) + (scenario == null ? 0 : 1);
      if (targets != 1) {
        throw new IllegalArgumentException(
            where + " must name exactly one of requirement, tag, scenario");
      }
      if (reason == null || reason.isBlank()) {
        throw new IllegalArgumentException(where + " needs a reason");
      }
      result.add(new NotApplicable(requirement, tag, scenario, reason));
    }
    return result;
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
