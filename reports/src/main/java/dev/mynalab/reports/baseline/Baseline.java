package dev.mynalab.reports.baseline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mynalab.kit.fixtures.Json;
import dev.mynalab.reports.model.ConformanceReport;
import dev.mynalab.reports.model.KnownDeviation;
import dev.mynalab.reports.model.RequirementResult;
import dev.mynalab.reports.model.Verdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The accepted verdicts of the reference run ({@code reports/baseline/verdicts.json}, committed):
 * requirement → verdict, and the known deviations with their reasons (DESIGN.md principle 12). A
 * verdict that changes without a baseline change fails the build; accepting a change rewrites the
 * file ({@code ./mynalab report accept-baseline}) so that the change is reviewed in the commit.
 */
public record Baseline(Map<String, Verdict> verdicts, Map<String, String> knownDeviations) {

  /** How to accept a changed verdict; printed with every difference. */
  public static final String HOW_TO_ACCEPT =
      "if the change is intended, accept it with `./mynalab report accept-baseline` (or"
          + " `./mvnw -pl reports -am verify -Dmynalab.baseline.accept=true` after a full verify) and"
          + " commit reports/baseline/verdicts.json with the change";

  /** One requirement whose verdict differs; null verdicts mean absent on that side. */
  public record Change(String requirement, Verdict accepted, Verdict current) {
    @Override
    public String toString() {
      return requirement
          + ": accepted "
          + (accepted == null ? "(not in baseline)" : accepted)
          + ", now "
          + (current == null ? "(no longer in the catalogue)" : current);
    }
  }

  public static Baseline of(ConformanceReport report) {
    Map<String, Verdict> v = new TreeMap<>();
    for (RequirementResult r : report.requirements()) {
      v.put(r.id(), r.verdict());
    }
    Map<String, String> d = new TreeMap<>();
    for (KnownDeviation k : report.knownDeviations()) {
      d.put(k.requirement(), k.reason());
    }
    return new Baseline(v, d);
  }

  /** Every requirement whose verdict differs, in ID order; empty when the run matches. */
  public List<Change> changesTo(Baseline current) {
    List<Change> changes = new ArrayList<>();
    TreeSet<String> ids = new TreeSet<>(verdicts.keySet());
    ids.addAll(current.verdicts.keySet());
    for (String id : ids) {
      Verdict a = verdicts.get(id);
      Verdict c = current.verdicts.get(id);
      if (a != c) {
        changes.add(new Change(id, a, c));
      }
    }
    return changes;
  }

  /**
   * Reads a baseline file.
   *
   * @throws IllegalArgumentException naming the file and the bad entry
   */
  public static Baseline read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("no baseline at " + file + "; " + HOW_TO_ACCEPT);
    }
    try {
      JsonNode root = Json.mapper().readTree(file.toFile());
      Map<String, Verdict> v = new TreeMap<>();
      root.path("verdicts")
          .fields()
          .forEachRemaining(
              e -> {
                try {
                  v.put(e.getKey(), Verdict.valueOf(e.getValue().asText()));
                } catch (IllegalArgumentException bad) {
                  throw new IllegalArgumentException(
                      file + ": verdicts." + e.getKey() + " is not a verdict: " + e.getValue());
                }
              });
      Map<String, String> d = new TreeMap<>();
      root.path("knownDeviations")
          .fields()
          .forEachRemaining(e -> d.put(e.getKey(), e.getValue().asText()));
      return new Baseline(v, d);
    } catch (IOException e) {
      throw new IllegalArgumentException(file + " is not a baseline: " + e.getMessage(), e);
    }
  }

  /** Writes the baseline atomically (sorted, so that diffs are small). */
  public void write(Path file) throws IOException {
    ObjectNode root = Json.mapper().createObjectNode();
    root.put(
        "comment",
        "Accepted verdicts of the reference run. A different verdict fails ./mvnw verify;"
            + " rewrite with ./mynalab report accept-baseline and commit with the change.");
    ObjectNode v = root.putObject("verdicts");
    new TreeMap<>(verdicts).forEach((k, val) -> v.put(k, val.name()));
    ObjectNode d = root.putObject("knownDeviations");
    new TreeMap<>(knownDeviations).forEach(d::put);
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, ".verdicts", ".tmp");
    Files.writeString(
        tmp,
        Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n",
        StandardCharsets.UTF_8);
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
