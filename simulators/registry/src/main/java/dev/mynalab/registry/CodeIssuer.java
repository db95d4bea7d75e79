package dev.mynalab.registry;

import dev.mynalab.kit.random.WorldSeed;
import dev.mynalab.registry.number.IssuedNumbers;
import dev.mynalab.registry.number.MyNumber;
import dev.mynalab.registry.number.MyNumberGenerator;
import dev.mynalab.registry.store.RegistryStore;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Draws new 住民票コード (MN-04: 11 digits, treated as opaque) and My Numbers (MN-03) that were never
 * assigned, from named streams of the world seed. A drawn value is only <em>reserved</em> here; it
 * is claimed durably by the same transaction that records the event, so a refused 届出 leaves no
 * number behind (and a crash never half-claims one).
 */
final class CodeIssuer {

  /** The seed stream of 住民票コード. */
  static final String RESIDENT_CODE_STREAM = "residentcode";

  private final RegistryStore store;
  private final SplittableRandom codes;
  private final MyNumberGenerator numbers;
  private final Set<String> reserved = new HashSet<>();

  CodeIssuer(WorldSeed seed, RegistryStore store) {
    this.store = store;
    this.codes = seed.stream(RESIDENT_CODE_STREAM);
    this.numbers =
        new MyNumberGenerator(
            seed,
            new IssuedNumbers() {
              @Override
              public boolean claim(MyNumber number) {
                return !store.contains(number) && reserved.add(number.digits());
              }

              @Override
              public boolean contains(MyNumber number) {
                return store.contains(number) || reserved.contains(number.digits());
              }
            });
  }

  String nextResidentCode() {
    while (true) {
      String code = String.format("%011d", codes.nextLong(100_000_000_000L));
      if (!store.residentCodeTaken(code) && reserved.add(code)) {
        return code;
      }
    }
  }

  String nextMyNumber() {
    return numbers.next().digits();
  }

  /** Forgets reservations once the transaction that claimed (or dropped) them has ended. */
  void release() {
    reserved.clear();
  }
}
