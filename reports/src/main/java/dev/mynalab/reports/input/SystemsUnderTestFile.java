package dev.mynalab.reports.input;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mynalab.kit.fixtures.Json;
import dev.mynalab.reports.model.Evidence;
import dev.mynalab.reports.model.NotApplicable;
import dev.mynalab.reports.model.ScenarioStatus;
import dev.mynalab.reports.model.StepResult;
import dev.mynalab.reports.model.SystemUnderTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code systems-under-test.json}, which a run against a profile's systems writes beside its
 * messages: each system's identity (reader + ATR, applet classes + jar hashes, endpoint URL +
 * server certificate fingerprint, adapter class + hash) and the scenarios the systems could not
 * take for a missing capability, which become N/A with the reason.
 */
public final class SystemsUnderTestFile {

  public static final String NAME = "systems-under-test.json";

  /** Results of the profile's client commands, written after the run by the CLI. */
  public static final String CLIENT_CHECKS = "client-checks.json";

  /**
   * What the files say.
   *
   * @param clientChecks the client commands as a feature of their own (one scenario per command,
   *     tagged with the requirement it shows), so their verdicts join the requirement's
   */
  public record Contents(
      String profile,
      List<SystemUnderTest> systems,
      List<NotApplicable> notApplicable,
      List<ParsedFeature> clientChecks) {}

  private SystemsUnderTestFile() {}

  /** The file in {@code outDir}, or empty when the run had no profile. */
  public static Optional<Contents> read(Path outDir) {
    Path file = outDir.resolve(NAME);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    JsonNode root;
    try {
      root = Json.mapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new IllegalArgumentException(file + " does not parse: " + e.getMessage(), e);
    }
    List<SystemUnderTest> systems = new ArrayList<>();
    for (JsonNode s : root.path("systemsUnderTest")) {
      Map<String, String> props = new LinkedHashMap<>();
      Iterator<Map.Entry<String, JsonNode>> it = s.path("properties").fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        props.put(e.getKey(), e.getValue().asText());
      }
      systems.add(
          new SystemUnderTest(
              s.path("id").asText(),
              s.path("kind").asText(),
              s.path("name").asText(),
              text(s, "version"),
              text(s, "hashAlgorithm"),
              text(s, "hash"),
              text(s, "hashedOver"),
              props));
    }
    List<NotApplicable> na = new ArrayList<>();
    for (JsonNode n : root.path("notApplicable")) {
      String id = FeatureUris.normalise(n.path("uri").asText()) + ":" + n.path("line").asInt();
      na.add(
          new NotApplicable(
              null,
              null,
              id,
              "system under test lacks "
                  + n.path("capability").asText()
                  + ": "
                  + n.path("reason").asText()));
    }
    List<ParsedFeature> client = new ArrayList<>();
    Path checks = outDir.resolve(CLIENT_CHECKS);
    if (Files.isRegularFile(checks)) {
      JsonNode c;
      try {
        c = Json.mapper().readTree(checks.toFile());
      } catch (IOException e) {
        throw new IllegalArgumentException(checks + " does not parse: " + e.getMessage(), e);
      }
      systems.add(system(c.path("system")));
      client.add(clientFeature(c));
    }
    return Optional.of(new Contents(text(root, "profile"), systems, na, client));
  }

  private static SystemUnderTest system(JsonNode s) {
    Map<String, String> props = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> it = s.path("properties").fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      props.put(e.getKey(), e.getValue().asText());
    }
    return new SystemUnderTest(
        s.path("id").asText(),
        s.path("kind").asText(),
        s.path("name").asText(),
        text(s, "version"),
        text(s, "hashAlgorithm"),
        text(s, "hash"),
        text(s, "hashedOver"),
        props);
  }

  private static ParsedFeature clientFeature(JsonNode c) {
    String name = c.path("name").asText("client");
    String uri = "client/" + name;
    List<ParsedScenario> scenarios = new ArrayList<>();
    int line = 1;
    for (JsonNode check : c.path("checks")) {
      boolean passed = check.path("passed").asBoolean(false);
      ScenarioStatus status = passed ? ScenarioStatus.PASSED : ScenarioStatus.FAILED;
      String command = check.path("command").asText();
      scenarios.add(
          new ParsedScenario(
              uri,
              "クライアント",
              command,
              line++,
              List.of("@" + check.path("requirement").asText()),
              status,
              check.path("millis").asLong(0),
              List.of(
                  new StepResult(
                      "もし",
                      "client runs: " + command,
                      status,
                      passed ? null : check.path("why").asText()),
                  new StepResult(
                      "ならば",
                      "exit "
                          + check.path("expectExit").asInt()
                          + (check.hasNonNull("expectOutput")
                              ? " and output matching /" + check.path("expectOutput").asText() + "/"
                              : ""),
                      status,
                      null)),
              List.of(
                  new Evidence(
                      "client output (exit " + check.path("exit").asInt() + ")",
                      "text/plain",
                      "IDENTITY",
                      check.path("output").asText()))));
    }
    return new ParsedFeature(
        uri,
        "クライアントソフト: " + name,
        "client software run against the card in the PC/SC reader",
        List.copyOf(scenarios));
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
