package dev.mynalab.kit.problem;

/**
 * Thrown by a simulator's Java API when a request is refused; the HTTP adapter turns it into the
 * problem document it carries, and in-process callers read {@link #problem()}.
 */
public class ProblemException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Problem problem;

  public ProblemException(Problem problem) {
    super(problem.detail() + (problem.pointer() == null ? "" : " (at " + problem.pointer() + ")"));
    this.problem = problem;
  }

  public Problem problem() {
    return problem;
  }
}
