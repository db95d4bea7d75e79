package dev.mynalab.reports.input;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.mynalab.kit.fixtures.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads {@code run.json} (written by the run's {@code RunRecordPlugin}: seed, world start date,
 * counts and — once the rule book exists — its parameters under {@code ruleBook}) as a plain map,
 * so that fields added later reach the report without a change here.
 */
public final class RunRecordFile {

  /** The key under which run.json carries the rule book's parameters. */
  public static final String RULE_BOOK = "ruleBook";

  private RunRecordFile() {}

  /** The record, or an empty map when the run wrote none. */
  public static Map<String, Object> read(Path file) {
    if (!Files.isRegularFile(file)) {
      return Map.of();
    }
    try {
      return Json.mapper()
          .readValue(file.toFile(), new TypeReference<LinkedHashMap<String, Object>>() {});
    } catch (IOException e) {
      throw new IllegalArgumentException(file + " is not a run record: " + e.getMessage(), e);
    }
  }

  /** The rule-book parameters of a record: its {@code ruleBook} object, else empty. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> ruleBook(Map<String, Object> record) {
    Object v = record.get(RULE_BOOK);
    return v instanceof Map<?, ?> m ? new LinkedHashMap<>((Map<String, Object>) m) : Map.of();
  }
}
