package dev.mynalab.cli.world;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parties of {@code world up} started, in order, on one {@link WorldContext}: their ready-file
 * endpoints and how to stop them all. {@code WorldUpCommand} and the in-process tests start the
 * world the same way.
 */
public final class RunningWorld implements AutoCloseable {

  private final WorldContext context;
  private final List<AutoCloseable> started = new ArrayList<>();
  private final Map<String, String> endpoints = new LinkedHashMap<>();

  private RunningWorld(WorldContext context) {
    this.context = context;
  }

  /**
   * Starts {@code services} in order; when one fails, those already started are stopped.
   *
   * @throws IllegalArgumentException for bad configuration (exit 2)
   * @throws IllegalStateException when a party cannot start (a port taken, vpcd silent)
   */
  public static RunningWorld start(WorldContext context, List<WorldService> services) {
    RunningWorld w = new RunningWorld(context);
    try {
      for (WorldService service : services) {
        WorldService.Started s = service.start(context);
        if (s != null) {
          w.started.add(s.stop());
          w.endpoints.putAll(s.endpoints());
        }
      }
    } catch (IllegalArgumentException | IllegalStateException e) {
      w.close();
      throw e;
    } catch (Exception e) {
      w.close();
      throw new IllegalStateException(e.getMessage(), e);
    }
    return w;
  }

  public WorldContext context() {
    return context;
  }

  /** Ready-file key → URL or address, in start order. */
  public Map<String, String> endpoints() {
    return Collections.unmodifiableMap(endpoints);
  }

  /** Closes in reverse order of start; one failure does not keep the others open. Idempotent. */
  @Override
  public synchronized void close() {
    for (int i = started.size() - 1; i >= 0; i--) {
      try {
        started.get(i).close();
      } catch (Exception ignored) {
        // best effort on shutdown: the process is ending
      }
    }
    started.clear();
  }
}
