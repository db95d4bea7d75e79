package dev.mynalab.registry.number;

import java.util.HashSet;
import java.util.Set;

/** The uniqueness set in memory, for scenarios and the CLI. Thread-safe. */
public final class InMemoryIssuedNumbers implements IssuedNumbers {

  private final Set<String> issued = new HashSet<>();

  @Override
  public synchronized boolean claim(MyNumber number) {
    return issued.add(number.digits());
  }

  @Override
  public synchronized boolean contains(MyNumber number) {
    return issued.contains(number.digits());
  }

  public synchronized int size() {
    return issued.size();
  }
}
