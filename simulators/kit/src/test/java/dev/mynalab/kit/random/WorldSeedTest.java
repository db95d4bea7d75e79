package dev.mynalab.kit.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class WorldSeedTest {

  @Test
  void sameSeedAndPurposeReplay() {
    assertThat(WorldSeed.of(7).stream("mynumber").nextLong())
        .isEqualTo(WorldSeed.of(7).stream("mynumber").nextLong());
  }

  @Test
  void purposesAndSeedsAreIndependent() {
    long a = WorldSeed.of(7).stream("mynumber").nextLong();
    assertThat(WorldSeed.of(7).stream("serials").nextLong()).isNotEqualTo(a);
    assertThat(WorldSeed.of(8).stream("mynumber").nextLong()).isNotEqualTo(a);
  }

  @Test
  void secureRandomReplaysForTestKeys() {
    byte[] first = new byte[100];
    byte[] second = new byte[100];
    WorldSeed.of(42).secureRandom("keys").nextBytes(first);
    WorldSeed.of(42).secureRandom("keys").nextBytes(second);
    assertThat(first).isEqualTo(second).isNotEqualTo(new byte[100]);
    assertThat(WorldSeed.of(42).secureRandom("keys").getAlgorithm()).contains("TEST-ONLY");
  }

  @Test
  void textIsParsedOrRefusedNamingTheProperty() {
    assertThat(WorldSeed.fromText(Optional.of(" 123 ")).value()).isEqualTo(123);
    assertThat(WorldSeed.fromText(Optional.empty())).isNotNull();
    assertThatThrownBy(() -> WorldSeed.fromText(Optional.of("seven")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("mynalab.seed")
        .hasMessageContaining("seven");
  }
}
