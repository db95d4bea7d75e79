package dev.mynalab.network.resident;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * A minimal 住民基本台帳 for the network's tests: residents by 住民票コード with their municipality; moves
 * (転出/転入) change the municipality only, a 住民票コード change replaces the code and notifies listeners, a
 * removal (死亡, 国外転出) ends residence.
 */
public final class InMemoryResidentDirectory implements ResidentDirectory {

  private static final Pattern CODE = Pattern.compile("\\d{11}");

  private final Map<String, String> municipalityOf = new HashMap<>();
  private final List<Consumer<JuminhyoCodeChange>> listeners = new CopyOnWriteArrayList<>();

  /** Registers a resident (出生, 転入 from abroad …). */
  public synchronized void register(String juminhyoCode, String municipality) {
    requireForm(juminhyoCode);
    if (municipalityOf.putIfAbsent(juminhyoCode, municipality) != null) {
      throw new IllegalStateException("住民票コード already registered");
    }
  }

  /** A move between municipalities: the 住民票コード stays, the municipality changes. */
  public synchronized void move(String juminhyoCode, String toMunicipality) {
    requireResident(juminhyoCode);
    municipalityOf.put(juminhyoCode, toMunicipality);
  }

  /** Replaces the 住民票コード and tells every listener (rule MN-06). */
  public void changeCode(String previous, String current) {
    synchronized (this) {
      requireResident(previous);
      requireForm(current);
      if (municipalityOf.containsKey(current)) {
        throw new IllegalStateException("the new 住民票コード is already in use");
      }
      municipalityOf.put(current, municipalityOf.remove(previous));
    }
    JuminhyoCodeChange change = new JuminhyoCodeChange(previous, current);
    listeners.forEach(l -> l.accept(change));
  }

  /** Ends residence (死亡, 国外転出): no new 機関別符号 will be issued for this person. */
  public synchronized void remove(String juminhyoCode) {
    requireResident(juminhyoCode);
    municipalityOf.remove(juminhyoCode);
  }

  public synchronized String municipalityOf(String juminhyoCode) {
    requireResident(juminhyoCode);
    return municipalityOf.get(juminhyoCode);
  }

  @Override
  public synchronized boolean isCurrentResident(String juminhyoCode) {
    return juminhyoCode != null && municipalityOf.containsKey(juminhyoCode);
  }

  @Override
  public void onJuminhyoCodeChange(Consumer<JuminhyoCodeChange> listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
  }

  private void requireResident(String juminhyoCode) {
    if (!municipalityOf.containsKey(juminhyoCode)) {
      throw new IllegalStateException("no current resident has this 住民票コード");
    }
  }

  private static void requireForm(String juminhyoCode) {
    if (juminhyoCode == null || !CODE.matcher(juminhyoCode).matches()) {
      throw new IllegalArgumentException("a 住民票コード is 11 digits (rule MN-04)");
    }
  }
}
