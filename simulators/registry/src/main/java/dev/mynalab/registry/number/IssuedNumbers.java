package dev.mynalab.registry.number;

/**
 * The uniqueness set of every My Number ever assigned, including numbers since replaced (rule
 * MN-03: J-LIS generates a number that "differs from every other My Number, including numbers
 * already replaced"). The registry's stores implement it durably; {@link InMemoryIssuedNumbers}
 * serves scenarios.
 */
public interface IssuedNumbers {

  /** Records {@code number} as issued; false (and nothing recorded) when it was issued before. */
  boolean claim(MyNumber number);

  /** True when {@code number} was ever issued. */
  boolean contains(MyNumber number);
}
