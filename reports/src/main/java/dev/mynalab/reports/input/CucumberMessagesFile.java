package dev.mynalab.reports.input;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mynalab.kit.fixtures.Json;
import dev.mynalab.reports.model.Evidence;
import dev.mynalab.reports.model.ScenarioStatus;
import dev.mynalab.reports.model.StepResult;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a Cucumber messages stream ({@code cucumber.ndjson}, one JSON envelope per line) with plain
 * Jackson. Scenarios come from the pickles — Cucumber emits a pickle for every scenario and example
 * row, filtered or not — and a pickle without a test case is one the run's tag filter left out
 * ({@link ScenarioStatus#NOT_RUN}). Each scenario's status is the worst of its steps' and hooks'
 * results in its last attempt; its evidence is the attachments of that attempt.
 */
public final class CucumberMessagesFile {

  private final Map<String, Ast> ast = new HashMap<>();
  private final Map<String, FeatureHead> features = new LinkedHashMap<>();
  private final List<JsonNode> pickles = new ArrayList<>();
  private final Map<String, JsonNode> testCaseByPickle = new HashMap<>();
  private final Map<String, String> lastAttemptOfTestCase = new HashMap<>();
  private final Map<String, Map<String, JsonNode>> stepResults = new HashMap<>();
  private final Map<String, List<Evidence>> attachments = new HashMap<>();
  private String cucumber = "unknown";
  private String runtime = "unknown";
  private Instant startedAt;
  private Instant finishedAt;
  private Boolean success;

  /** A Gherkin AST node the pickles refer to: a scenario, an example row or a step. */
  private record Ast(String keyword, int line) {}

  private record FeatureHead(String uri, String name, String description) {}

  private CucumberMessagesFile() {}

  /**
   * Reads the stream.
   *
   * @throws IllegalArgumentException naming the file and line when it is missing or a line is not
   *     JSON
   */
  public static CucumberRun read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("Cucumber messages not found: " + file);
    }
    CucumberMessagesFile reader = new CucumberMessagesFile();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode envelope;
        try {
          envelope = Json.mapper().readTree(line);
        } catch (IOException e) {
          throw new IllegalArgumentException(
              file + ":" + number + ": not a Cucumber message: " + e.getMessage(), e);
        }
        reader.accept(envelope);
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
    }
    return reader.result();
  }

  private void accept(JsonNode envelope) {
    envelope
        .fields()
        .forEachRemaining(
            field -> {
              JsonNode m = field.getValue();
              switch (field.getKey()) {
                case "meta" -> meta(m);
                case "gherkinDocument" -> gherkinDocument(m);
                case "pickle" -> pickles.add(m);
                case "testCase" -> testCaseByPickle.put(m.path("pickleId").asText(), m);
                case "testCaseStarted" -> testCaseStarted(m);
                case "testStepFinished" ->
                    stepResults
                        .computeIfAbsent(m.path("testCaseStartedId").asText(), k -> new HashMap<>())
                        .put(m.path("testStepId").asText(), m.path("testStepResult"));
                case "attachment" ->
                    attachments
                        .computeIfAbsent(
                            m.path("testCaseStartedId").asText(), k -> new ArrayList<>())
                        .add(evidence(m));
                case "testRunStarted" -> startedAt = instant(m.path("timestamp"));
                case "testRunFinished" -> {
                  finishedAt = instant(m.path("timestamp"));
                  success = m.has("success") ? m.get("success").asBoolean() : null;
                }
                default -> {}
              }
            });
  }

  private void meta(JsonNode m) {
    cucumber =
        (m.path("implementation").path("name").asText("cucumber")
                + " "
                + m.path("implementation").path("version").asText(""))
            .trim();
    runtime =
        (m.path("runtime").path("name").asText("")
                + " "
                + m.path("runtime").path("version").asText(""))
            .trim();
  }

  private void gherkinDocument(JsonNode doc) {
    String uri = FeatureUris.normalise(doc.path("uri").asText());
    JsonNode feature = doc.path("feature");
    features.put(
        uri,
        new FeatureHead(
            uri, feature.path("name").asText(""), feature.path("description").asText("").strip()));
    children(feature.path("children"));
  }

  private void children(JsonNode children) {
    for (JsonNode child : children) {
      if (child.has("rule")) {
        children(child.path("rule").path("children"));
      }
      JsonNode node = child.has("scenario") ? child.get("scenario") : child.get("background");
      if (node == null) {
        continue;
      }
      ast.put(node.path("id").asText(), astOf(node));
      for (JsonNode step : node.path("steps")) {
        ast.put(step.path("id").asText(), astOf(step));
      }
      for (JsonNode examples : node.path("examples")) {
        for (JsonNode row : examples.path("tableBody")) {
          ast.put(row.path("id").asText(), astOf(row));
        }
      }
    }
  }

  private static Ast astOf(JsonNode node) {
    return new Ast(
        node.path("keyword").asText("").strip(), node.path("location").path("line").asInt(0));
  }

  private void testCaseStarted(JsonNode m) {
    // attempts arrive in order: the last one started is the one that counts
    lastAttemptOfTestCase.put(m.path("testCaseId").asText(), m.path("id").asText());
  }

  private static Evidence evidence(JsonNode m) {
    return new Evidence(
        m.path("fileName").asText("attachment"),
        m.path("mediaType").asText("application/octet-stream"),
        m.path("contentEncoding").asText("IDENTITY"),
        m.path("body").asText(""));
  }

  private static Instant instant(JsonNode ts) {
    if (ts.isMissingNode()) {
      return null;
    }
    return Instant.ofEpochSecond(ts.path("seconds").asLong(), ts.path("nanos").asLong());
  }

  private CucumberRun result() {
    Map<String, List<ParsedScenario>> byFeature = new LinkedHashMap<>();
    features.keySet().forEach(uri -> byFeature.put(uri, new ArrayList<>()));
    for (JsonNode pickle : pickles) {
      ParsedScenario s = scenario(pickle);
      byFeature.computeIfAbsent(s.featureUri(), k -> new ArrayList<>()).add(s);
    }
    List<ParsedFeature> result = new ArrayList<>();
    byFeature.forEach(
        (uri, scenarios) -> {
          FeatureHead head = features.getOrDefault(uri, new FeatureHead(uri, uri, ""));
          result.add(
              new ParsedFeature(uri, head.name(), head.description(), List.copyOf(scenarios)));
        });
    return new CucumberRun(cucumber, runtime, startedAt, finishedAt, success, List.copyOf(result));
  }

  private ParsedScenario scenario(JsonNode pickle) {
    String uri = FeatureUris.normalise(pickle.path("uri").asText());
    JsonNode astIds = pickle.path("astNodeIds");
    Ast scenarioAst = ast.getOrDefault(astIds.path(0).asText(), new Ast("", 0));
    // an example row's line identifies the pickle of an outline; a plain scenario has one id
    Ast rowAst = astIds.size() > 1 ? ast.get(astIds.path(astIds.size() - 1).asText()) : null;
    int line = rowAst != null ? rowAst.line() : scenarioAst.line();
    List<String> tags = new ArrayList<>();
    pickle.path("tags").forEach(t -> tags.add(t.path("name").asText()));

    JsonNode testCase = testCaseByPickle.get(pickle.path("id").asText());
    String attempt =
        testCase == null ? null : lastAttemptOfTestCase.get(testCase.path("id").asText());
    Map<String, JsonNode> results =
        attempt == null ? Map.of() : stepResults.getOrDefault(attempt, Map.of());

    Map<String, String> testStepOfPickleStep = new HashMap<>();
    List<ScenarioStatus> all = new ArrayList<>();
    List<String> hookErrors = new ArrayList<>();
    long nanos = 0;
    if (testCase != null) {
      for (JsonNode ts : testCase.path("testSteps")) {
        String id = ts.path("id").asText();
        JsonNode r = results.get(id);
        ScenarioStatus st =
            r == null
                ? ScenarioStatus.UNKNOWN
                : ScenarioStatus.ofCucumber(r.path("status").asText());
        all.add(st);
        if (r != null) {
          nanos += r.path("duration").path("seconds").asLong() * 1_000_000_000L;
          nanos += r.path("duration").path("nanos").asLong();
        }
        if (ts.has("pickleStepId")) {
          testStepOfPickleStep.put(ts.get("pickleStepId").asText(), id);
        } else if (r != null && st.isFailure()) {
          hookErrors.add(message(r));
        }
      }
    }

    List<StepResult> steps = new ArrayList<>();
    for (JsonNode ps : pickle.path("steps")) {
      Ast stepAst = ast.getOrDefault(ps.path("astNodeIds").path(0).asText(), new Ast("", 0));
      String testStepId = testStepOfPickleStep.get(ps.path("id").asText());
      JsonNode r = testStepId == null ? null : results.get(testStepId);
      ScenarioStatus st =
          testCase == null
              ? ScenarioStatus.NOT_RUN
              : r == null
                  ? ScenarioStatus.UNKNOWN
                  : ScenarioStatus.ofCucumber(r.path("status").asText());
      steps.add(
          new StepResult(
              stepAst.keyword(), ps.path("text").asText(), st, r == null ? null : message(r)));
    }
    hookErrors.stream()
        .filter(e -> e != null)
        .forEach(e -> steps.add(new StepResult("(hook)", "", ScenarioStatus.FAILED, e)));

    ScenarioStatus status =
        testCase == null
            ? ScenarioStatus.NOT_RUN
            : all.isEmpty() ? ScenarioStatus.UNKNOWN : ScenarioStatus.worstOf(all);
    return new ParsedScenario(
        uri,
        scenarioAst.keyword(),
        pickle.path("name").asText(),
        line,
        List.copyOf(tags),
        status,
        nanos / 1_000_000L,
        List.copyOf(steps),
        attempt == null ? List.of() : List.copyOf(attachments.getOrDefault(attempt, List.of())));
  }

  private static String message(JsonNode result) {
    if (result.hasNonNull("message")) {
      return result.get("message").asText();
    }
    JsonNode ex = result.path("exception");
    if (ex.isMissingNode()) {
      return null;
    }
    return ex.path("type").asText("") + ": " + ex.path("message").asText("");
  }
}
