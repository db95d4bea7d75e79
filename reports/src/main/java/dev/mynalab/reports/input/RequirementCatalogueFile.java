package dev.mynalab.reports.input;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mynalab.kit.fixtures.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code features/requirements.yaml} (the 要件カタログ) with the kit's YAML mapper, tolerating
 * fields it does not know: fields added to the catalogue later must not break old report builders.
 */
public final class RequirementCatalogueFile {

  private RequirementCatalogueFile() {}

  /**
   * The entries in file order.
   *
   * @throws IllegalArgumentException naming the file when it is missing, does not parse, or an
   *     entry has no id
   */
  public static List<CatalogueEntry> read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("requirement catalogue not found: " + file);
    }
    JsonNode root;
    try {
      root = Json.yaml().readTree(file.toFile());
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "requirement catalogue " + file + " does not parse: " + e.getMessage(), e);
    }
    JsonNode list = root == null ? null : root.get("requirements");
    if (list == null || !list.isArray()) {
      throw new IllegalArgumentException(file + ": expected a top-level 'requirements:' list");
    }
    List<CatalogueEntry> entries = new ArrayList<>();
    int index = 0;
    for (JsonNode n : list) {
      String id = text(n, "id");
      if (id == null || id.isBlank()) {
        throw new IllegalArgumentException(file + ": requirements[" + index + "] has no id");
      }
      entries.add(
          new CatalogueEntry(
              id,
              text(n, "title_ja"),
              text(n, "title_en"),
              text(n, "source"),
              text(n, "effective_from"),
              text(n, "effective_to"),
              text(n, "status"),
              text(n, "stage"),
              text(n, "deviation")));
      index++;
    }
    return entries;
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
