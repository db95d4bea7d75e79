package dev.mynalab.registry.resident;

import java.util.List;

/**
 * A name as written in the 住民票, with the positions (0-based, in code points) of characters that had
 * to be written with a substitute character (代替文字) because the real one (外字) is outside the
 * character set; the card and certificates carry the substitute, and the positions say where.
 *
 * @param text the name as written, family name first, e.g. {@code 髙橋 一郎}
 * @param substitutePositions code-point positions written with a 代替文字; may be empty
 */
public record PersonName(String text, List<Integer> substitutePositions) {

  public PersonName {
    substitutePositions =
        substitutePositions == null ? List.of() : List.copyOf(substitutePositions);
  }

  public static PersonName of(String text) {
    return new PersonName(text, List.of());
  }

  /** Why this name cannot be recorded, or null when it can. */
  public String problem() {
    if (text == null || text.isBlank()) {
      return "the name is empty";
    }
    int length = text.codePointCount(0, text.length());
    if (length > 100) {
      return "the name is longer than 100 characters";
    }
    for (int p : substitutePositions) {
      if (p < 0 || p >= length) {
        return "substitute position " + p + " is outside the name of " + length + " characters";
      }
    }
    if (substitutePositions.stream().distinct().count() != substitutePositions.size()) {
      return "a substitute position appears twice";
    }
    return null;
  }
}
