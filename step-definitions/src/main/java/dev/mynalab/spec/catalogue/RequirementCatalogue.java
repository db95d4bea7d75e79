package dev.mynalab.spec.catalogue;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.mynalab.kit.fixtures.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The requirement catalogue, {@code features/requirements.yaml}, as read from disk. */
public final class RequirementCatalogue {

  /** The file's shape: a top-level {@code requirements:} list. */
  record CatalogueFile(@JsonProperty("requirements") List<Requirement> requirements) {}

  private final Path file;
  private final List<Requirement> requirements;

  private RequirementCatalogue(Path file, List<Requirement> requirements) {
    this.file = file;
    this.requirements = List.copyOf(requirements);
  }

  /**
   * Reads the catalogue.
   *
   * @throws IllegalArgumentException naming the file and the problem when it is not valid YAML of
   *     the catalogue's shape (unknown keys included)
   */
  public static RequirementCatalogue read(Path file) {
    try {
      CatalogueFile parsed = Json.yaml().readValue(Files.readAllBytes(file), CatalogueFile.class);
      if (parsed == null || parsed.requirements() == null) {
        throw new IllegalArgumentException(file + ": no 'requirements:' list");
      }
      return new RequirementCatalogue(file, parsed.requirements());
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      throw new IllegalArgumentException(file + ": " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  public Path file() {
    return file;
  }

  public List<Requirement> requirements() {
    return requirements;
  }

  public Optional<Requirement> find(String id) {
    return requirements.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /** The requirements by ID; the first wins when an ID is duplicated (the check reports that). */
  public Map<String, Requirement> byId() {
    Map<String, Requirement> map = new LinkedHashMap<>();
    requirements.forEach(r -> map.putIfAbsent(r.id(), r));
    return map;
  }
}
