package dev.mynalab.registry.number;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mynalab.kit.random.WorldSeed;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class MyNumberGeneratorTest {

  private static List<MyNumber> draw(long seed, int count, IssuedNumbers issued) {
    MyNumberGenerator generator = new MyNumberGenerator(WorldSeed.of(seed), issued);
    List<MyNumber> numbers = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      numbers.add(generator.next());
    }
    return numbers;
  }

  @Test
  void sameSeedSameNumbersDifferentSeedDifferentNumbers() {
    assertThat(draw(7, 50, new InMemoryIssuedNumbers()))
        .isEqualTo(draw(7, 50, new InMemoryIssuedNumbers()))
        .isNotEqualTo(draw(8, 50, new InMemoryIssuedNumbers()));
  }

  @Test
  void neverReusesANumberEvenAcrossGeneratorsSharingTheUniquenessSet() {
    InMemoryIssuedNumbers issued = new InMemoryIssuedNumbers();
    List<MyNumber> first = draw(7, 1000, issued);
    // a second generator with the same seed would draw the same sequence: every one must be skipped
    List<MyNumber> second = draw(7, 1000, issued);
    HashSet<MyNumber> all = new HashSet<>(first);
    all.addAll(second);
    assertThat(all).hasSize(2000);
    assertThat(issued.size()).isEqualTo(2000);
  }

  @Test
  void aReplacedNumberStaysInTheSetAndIsNeverDrawnAgain() {
    InMemoryIssuedNumbers issued = new InMemoryIssuedNumbers();
    MyNumber replaced = draw(7, 1, issued).get(0);
    assertThat(issued.contains(replaced)).isTrue();
    assertThat(draw(7, 10, issued)).doesNotContain(replaced);
  }
}
