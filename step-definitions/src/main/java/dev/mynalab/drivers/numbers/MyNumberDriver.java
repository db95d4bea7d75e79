package dev.mynalab.drivers.numbers;

import dev.mynalab.drivers.World;
import dev.mynalab.registry.number.InMemoryIssuedNumbers;
import dev.mynalab.registry.number.InvalidMyNumberException;
import dev.mynalab.registry.number.MyNumber;
import dev.mynalab.registry.number.MyNumberCheck;
import dev.mynalab.registry.number.MyNumberGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The 個人番号 as the 機構 (J-LIS) generates it and as anyone checks it (rules MN-01..03). Speaks the
 * domain; knows nothing of Cucumber, so load tests can reuse it.
 */
public final class MyNumberDriver {

  /** What checking a written number found, and the explanation given for an invalid one. */
  public record CheckOutcome(MyNumberCheck.Result result, String explanation) {}

  private final World world;
  private final InMemoryIssuedNumbers issued = new InMemoryIssuedNumbers();
  private final MyNumberGenerator generator;

  public MyNumberDriver(World world) {
    this.world = world;
    this.generator = new MyNumberGenerator(world.seed(), issued);
  }

  /** Checks a number as a relying party would before accepting it. */
  public CheckOutcome check(String written) {
    MyNumberCheck.Result result = MyNumberCheck.check(written);
    String explanation = "";
    if (result != MyNumberCheck.Result.VALID) {
      try {
        MyNumber.parse(written);
      } catch (InvalidMyNumberException e) {
        explanation = e.getMessage();
      }
    }
    world
        .journal()
        .record("registry", "mynumber-check", result.name(), Map.of("result", result.name()));
    return new CheckOutcome(result, explanation);
  }

  /** The 機構 generates {@code count} new numbers in this world. */
  public List<MyNumber> generate(int count) {
    return drawFrom(generator, count);
  }

  /**
   * A second generator on the same seed — it would draw the very same sequence — sharing this
   * world's uniqueness set, as a restarted 機構 system would.
   */
  public List<MyNumber> generateAfterRestart(int count) {
    return drawFrom(new MyNumberGenerator(world.seed(), issued), count);
  }

  /** Numbers generated in a separate world that has the same seed. */
  public List<MyNumber> generateInAnotherWorldWithSameSeed(int count) {
    return drawFrom(new MyNumberGenerator(world.seed(), new InMemoryIssuedNumbers()), count);
  }

  /** Whether the 機構 has ever issued {@code number}, replaced ones included. */
  public boolean everIssued(MyNumber number) {
    return issued.contains(number);
  }

  private List<MyNumber> drawFrom(MyNumberGenerator source, int count) {
    List<MyNumber> numbers = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      numbers.add(source.next());
    }
    world
        .journal()
        .record(
            "registry",
            "mynumber-generate",
            count + " numbers generated",
            Map.of("count", Integer.toString(count), "seed", world.seed().toString()));
    return numbers;
  }
}
