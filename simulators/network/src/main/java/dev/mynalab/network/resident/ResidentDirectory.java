package dev.mynalab.network.resident;

import java.util.function.Consumer;

/**
 * The port through which the network asks 住基ネット about residents. The network needs only two things:
 * whether a 住民票コード belongs to a current resident (a 機関別符号 is issued only for one), and to hear of
 * 住民票コード changes, so that it re-links its internal person handle and every 機関別符号 stays the same.
 * The lead joins this to the registry simulator; {@link InMemoryResidentDirectory} serves the
 * tests.
 */
public interface ResidentDirectory {

  /**
   * Whether {@code juminhyoCode} is the current 住民票コード of a resident (not removed, not replaced).
   */
  boolean isCurrentResident(String juminhyoCode);

  /** Calls {@code listener} with every 住民票コード change from now on. */
  void onJuminhyoCodeChange(Consumer<JuminhyoCodeChange> listener);
}
