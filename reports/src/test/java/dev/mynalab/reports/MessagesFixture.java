package dev.mynalab.reports;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes small Cucumber message streams by hand, shaped like cucumber-jvm 7's: a gherkin document,
 * a pickle per scenario, and — unless the scenario was filtered out — a test case with one result
 * per step, an attachment and the finish. Each step is written as {@code "PASSED"}, {@code
 * "FAILED:message"}, {@code "UNDEFINED"} …
 */
public final class MessagesFixture {

  private static final ObjectMapper M = new ObjectMapper();

  private record Scenario(
      int line,
      List<String> tags,
      String name,
      List<String> steps,
      boolean run,
      String evidence,
      String hook) {}

  private final String uri;
  private final String featureName;
  private final List<Scenario> scenarios = new ArrayList<>();
  private String ruleBook;
  private int ids;

  public MessagesFixture(String uri, String featureName) {
    this.uri = uri;
    this.featureName = featureName;
  }

  /** A scenario that ran, with one status per step. */
  public MessagesFixture ran(int line, String tags, String name, String... steps) {
    scenarios.add(
        new Scenario(line, tagList(tags), name, List.of(steps), true, "journal of " + name, null));
    return this;
  }

  /** A scenario that ran, whose After hook ended with {@code hookStatus}. */
  public MessagesFixture ranWithHook(
      int line, String tags, String name, String hookStatus, String... steps) {
    scenarios.add(new Scenario(line, tagList(tags), name, List.of(steps), true, null, hookStatus));
    return this;
  }

  /** A scenario the tag filter left out: a pickle without a test case. */
  public MessagesFixture filtered(int line, String tags, String name) {
    scenarios.add(new Scenario(line, tagList(tags), name, List.of("PASSED"), false, null, null));
    return this;
  }

  public MessagesFixture ruleBook(String json) {
    this.ruleBook = json;
    return this;
  }

  private static List<String> tagList(String tags) {
    return tags.isBlank() ? List.of() : List.of(tags.trim().split("\\s+"));
  }

  private String id() {
    return "id-" + ++ids;
  }

  /** Writes cucumber.ndjson and run.json into {@code dir}; returns {@code dir}. */
  public Path writeTo(Path dir) throws IOException {
    Files.createDirectories(dir);
    List<String> lines = new ArrayList<>();
    ObjectNode meta = M.createObjectNode();
    meta.putObject("implementation").put("name", "cucumber-jvm").put("version", "7.34.2");
    meta.putObject("runtime").put("name", "fixture").put("version", "1");
    lines.add(envelope("meta", meta));
    lines.add(envelope("testRunStarted", M.createObjectNode().set("timestamp", ts(1000))));

    ObjectNode doc = M.createObjectNode().put("uri", uri);
    ObjectNode feature = doc.putObject("feature").put("keyword", "機能").put("name", featureName);
    feature.put("description", "  fixture feature 説明");
    ArrayNode children = feature.putArray("children");
    List<String[]> stepIdsPerScenario = new ArrayList<>();
    List<String> scenarioIds = new ArrayList<>();
    for (Scenario s : scenarios) {
      ObjectNode sc = children.addObject().putObject("scenario");
      String sid = id();
      scenarioIds.add(sid);
      sc.put("id", sid).put("keyword", "シナリオ").put("name", s.name());
      sc.putObject("location").put("line", s.line()).put("column", 3);
      ArrayNode steps = sc.putArray("steps");
      String[] stepIds = new String[s.steps().size()];
      for (int i = 0; i < stepIds.length; i++) {
        stepIds[i] = id();
        ObjectNode st =
            steps.addObject().put("id", stepIds[i]).put("keyword", i == 0 ? "もし " : "ならば ");
        st.put("text", "step " + i).putObject("location").put("line", s.line() + 1 + i);
      }
      stepIdsPerScenario.add(stepIds);
    }
    lines.add(envelope("gherkinDocument", doc));

    long t = 1001;
    for (int k = 0; k < scenarios.size(); k++) {
      Scenario s = scenarios.get(k);
      String[] stepIds = stepIdsPerScenario.get(k);
      String pickleId = id();
      ObjectNode pickle =
          M.createObjectNode().put("id", pickleId).put("uri", uri).put("name", s.name());
      pickle.putArray("astNodeIds").add(scenarioIds.get(k));
      ArrayNode tags = pickle.putArray("tags");
      s.tags().forEach(tag -> tags.addObject().put("name", tag));
      ArrayNode psteps = pickle.putArray("steps");
      String[] pickleStepIds = new String[stepIds.length];
      for (int i = 0; i < stepIds.length; i++) {
        pickleStepIds[i] = id();
        ObjectNode ps =
            psteps
                .addObject()
                .put("id", pickleStepIds[i])
                .put("text", "step " + i + " of " + s.name());
        ps.putArray("astNodeIds").add(stepIds[i]);
      }
      lines.add(envelope("pickle", pickle));
      if (!s.run()) {
        continue;
      }
      String testCaseId = id();
      ObjectNode tc = M.createObjectNode().put("id", testCaseId).put("pickleId", pickleId);
      ArrayNode tsteps = tc.putArray("testSteps");
      String[] testStepIds = new String[stepIds.length];
      for (int i = 0; i < stepIds.length; i++) {
        testStepIds[i] = id();
        tsteps.addObject().put("id", testStepIds[i]).put("pickleStepId", pickleStepIds[i]);
      }
      String hookStepId = id();
      tsteps.addObject().put("id", hookStepId).put("hookId", "hook-1");
      lines.add(envelope("testCase", tc));
      String startedId = id();
      lines.add(
          envelope(
              "testCaseStarted",
              M.createObjectNode()
                  .put("id", startedId)
                  .put("testCaseId", testCaseId)
                  .put("attempt", 0)
                  .set("timestamp", ts(t++))));
      for (int i = 0; i < stepIds.length; i++) {
        String[] st = s.steps().get(i).split(":", 2);
        ObjectNode result = M.createObjectNode().put("status", st[0]);
        result.putObject("duration").put("seconds", 0).put("nanos", 5_000_000);
        if (st.length > 1) {
          result.put("message", st[1]);
        }
        lines.add(
            envelope(
                "testStepFinished",
                M.createObjectNode()
                    .put("testCaseStartedId", startedId)
                    .put("testStepId", testStepIds[i])
                    .<ObjectNode>set("testStepResult", result)
                    .set("timestamp", ts(t++))));
      }
      ObjectNode hookResult =
          M.createObjectNode().put("status", s.hook() == null ? "PASSED" : s.hook());
      if (s.hook() != null && !s.hook().equals("PASSED")) {
        hookResult.put("message", "hook broke");
      }
      lines.add(
          envelope(
              "testStepFinished",
              M.createObjectNode()
                  .put("testCaseStartedId", startedId)
                  .put("testStepId", hookStepId)
                  .set("testStepResult", hookResult)));
      if (s.evidence() != null) {
        lines.add(
            envelope(
                "attachment",
                M.createObjectNode()
                    .put("testCaseStartedId", startedId)
                    .put("testStepId", hookStepId)
                    .put("body", s.evidence())
                    .put("mediaType", "text/plain")
                    .put("contentEncoding", "IDENTITY")
                    .put("fileName", "journal (seed 7)")));
      }
      lines.add(
          envelope(
              "testCaseFinished",
              M.createObjectNode()
                  .put("testCaseStartedId", startedId)
                  .put("willBeRetried", false)));
    }
    lines.add(
        envelope(
            "testRunFinished", M.createObjectNode().put("success", false).set("timestamp", ts(t))));
    Files.write(dir.resolve("cucumber.ndjson"), lines, StandardCharsets.UTF_8);
    String record =
        "{\"seed\":\"7\",\"worldStartDate\":\"2026-04-01\",\"scenarios\":{}"
            + (ruleBook == null ? "" : ",\"ruleBook\":" + ruleBook)
            + "}";
    Files.writeString(dir.resolve("run.json"), record, StandardCharsets.UTF_8);
    return dir;
  }

  private static ObjectNode ts(long seconds) {
    return M.createObjectNode().put("seconds", 1_795_700_000L + seconds).put("nanos", 0);
  }

  private static String envelope(String type, ObjectNode body) {
    ObjectNode e = M.createObjectNode();
    e.set(type, body);
    return e.toString();
  }
}
