package dev.mynalab.registry.api;

import dev.mynalab.kit.problem.Problem;
import dev.mynalab.kit.problem.ProblemException;
import java.time.LocalDate;

/**
 * Field checks that raise a problem document pointing at the field (DESIGN.md principle 9). Every
 * check runs before anything is written.
 */
public final class Fields {

  private Fields() {}

  public static <T> T required(T value, String pointer) {
    if (value == null || value instanceof String s && s.isBlank()) {
      throw invalid(pointer, "required");
    }
    return value;
  }

  public static void notAfter(LocalDate date, LocalDate limit, String pointer, String why) {
    if (date != null && date.isAfter(limit)) {
      throw invalid(pointer, date + " is after " + limit + ": " + why);
    }
  }

  public static void notBefore(LocalDate date, LocalDate limit, String pointer, String why) {
    if (date != null && date.isBefore(limit)) {
      throw invalid(pointer, date + " is before " + limit + ": " + why);
    }
  }

  /** An event that would go back in a person's history (409). */
  public static void inOrder(LocalDate date, LocalDate last, String pointer) {
    if (date != null && last != null && date.isBefore(last)) {
      throw new ProblemException(
          Problem.conflict(
              pointer,
              "out of order: "
                  + date
                  + " is before this person's last recorded event ("
                  + last
                  + ")"));
    }
  }

  public static ProblemException invalid(String pointer, String detail) {
    return new ProblemException(Problem.invalidField(pointer, detail));
  }

  public static ProblemException conflict(String pointer, String detail) {
    return new ProblemException(Problem.conflict(pointer, detail));
  }

  public static ProblemException notFound(String pointer, String detail) {
    return new ProblemException(
        new Problem(Problem.URN + "not-found", "Not found", 404, detail, pointer));
  }
}
