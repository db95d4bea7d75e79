package dev.mynalab.network.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * The canonical bytes of a record entry: a flat JSON object, keys in code-point order, no
 * whitespace, UTF-8, values only strings, whole numbers or null. Writer and verifier both go
 * through here, so a line that was re-formatted but not changed still verifies, and any change of a
 * value, a key or a type does not.
 */
public final class CanonicalJson {

  private static final ObjectMapper MAPPER = JsonMapper.builder().build();

  private CanonicalJson() {}

  public static byte[] bytes(Map<String, Object> fields) {
    try {
      return MAPPER.writeValueAsBytes(new TreeMap<>(fields));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a record entry could not be serialised", e);
    }
  }

  public static String text(Map<String, Object> fields) {
    return new String(bytes(fields), java.nio.charset.StandardCharsets.UTF_8);
  }

  /** SHA-256 of the canonical bytes of {@code fields} without the named keys, as lower-case hex. */
  public static String sha256(Map<String, Object> fields, String... without) {
    Map<String, Object> copy = new TreeMap<>(fields);
    for (String key : without) {
      copy.remove(key);
    }
    return HexFormat.of().formatHex(digest(bytes(copy)));
  }

  static byte[] digest(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by the Java platform", e);
    }
  }

  /**
   * Reads one line back into fields.
   *
   * @throws IllegalArgumentException when the line is not a flat JSON object of strings, whole
   *     numbers and nulls
   */
  public static Map<String, Object> parse(String line) {
    JsonNode node;
    try {
      node = MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("not a JSON object");
    }
    Map<String, Object> fields = new TreeMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      JsonNode value = field.getValue();
      if (value.isTextual()) {
        fields.put(field.getKey(), value.textValue());
      } else if (value.isIntegralNumber() && value.canConvertToLong()) {
        fields.put(field.getKey(), value.longValue());
      } else if (value.isNull()) {
        fields.put(field.getKey(), null);
      } else {
        throw new IllegalArgumentException(
            "field '" + field.getKey() + "' is neither a string, a whole number nor null");
      }
    }
    return fields;
  }
}
