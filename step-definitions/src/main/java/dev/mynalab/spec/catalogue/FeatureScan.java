package dev.mynalab.spec.catalogue;

import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.Examples;
import io.cucumber.messages.types.FeatureChild;
import io.cucumber.messages.types.GherkinDocument;
import io.cucumber.messages.types.Location;
import io.cucumber.messages.types.Pickle;
import io.cucumber.messages.types.PickleTag;
import io.cucumber.messages.types.Scenario;
import io.cucumber.messages.types.TableRow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads every {@code *.feature} below a directory with Cucumber's own Gherkin parser and lists the
 * executable scenarios with their effective tags — exactly what Cucumber will run.
 */
public final class FeatureScan {

  /** What the scan found: the scenarios, and every file that did not parse. */
  public record Result(List<TaggedScenario> scenarios, List<String> parseErrors) {}

  private FeatureScan() {}

  public static Result scan(Path featuresDir) {
    List<TaggedScenario> scenarios = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    try (Stream<Path> files = Files.walk(featuresDir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".feature")).sorted().toList()) {
        scanFile(featuresDir, file, scenarios, errors);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + featuresDir, e);
    }
    return new Result(List.copyOf(scenarios), List.copyOf(errors));
  }

  private static void scanFile(
      Path root, Path file, List<TaggedScenario> scenarios, List<String> errors)
      throws IOException {
    String relative = root.relativize(file).toString().replace('\\', '/');
    GherkinParser parser =
        GherkinParser.builder().includeSource(false).includeGherkinDocument(true).build();
    List<Envelope> envelopes = parser.parse(file).toList();
    Map<String, Long> lines = new HashMap<>();
    for (Envelope envelope : envelopes) {
      envelope.getParseError().ifPresent(e -> errors.add(relative + ": " + e.getMessage()));
      envelope.getGherkinDocument().ifPresent(doc -> indexLines(doc, lines));
    }
    for (Envelope envelope : envelopes) {
      envelope.getPickle().ifPresent(p -> scenarios.add(toScenario(relative, p, lines)));
    }
  }

  private static TaggedScenario toScenario(String file, Pickle pickle, Map<String, Long> lines) {
    List<String> ids = pickle.getAstNodeIds();
    long line = lines.getOrDefault(ids.get(ids.size() - 1), 0L);
    List<String> tags = pickle.getTags().stream().map(PickleTag::getName).toList();
    return new TaggedScenario(file, line, pickle.getName(), tags);
  }

  private static void indexLines(GherkinDocument doc, Map<String, Long> lines) {
    doc.getFeature()
        .ifPresent(
            feature -> {
              for (FeatureChild child : feature.getChildren()) {
                child.getScenario().ifPresent(s -> indexScenario(s, lines));
                child
                    .getRule()
                    .ifPresent(
                        rule ->
                            rule.getChildren()
                                .forEach(
                                    rc ->
                                        rc.getScenario().ifPresent(s -> indexScenario(s, lines))));
              }
            });
  }

  private static void indexScenario(Scenario scenario, Map<String, Long> lines) {
    lines.put(scenario.getId(), line(scenario.getLocation()));
    for (Examples examples : scenario.getExamples()) {
      for (TableRow row : examples.getTableBody()) {
        lines.put(row.getId(), line(row.getLocation()));
      }
    }
  }

  private static long line(Location location) {
    return location.getLine();
  }
}
