package dev.mynalab.registry.store;

/**
 * An append lost a race (another write changed the person first) or claimed a number that is taken.
 * Nothing was written; the registry retries or reports a conflict.
 */
public final class ConcurrentWriteException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConcurrentWriteException(String message) {
    super(message);
  }

  public ConcurrentWriteException(String message, Throwable cause) {
    super(message, cause);
  }
}
