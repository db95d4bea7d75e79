package dev.mynalab.medical.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mynalab.kit.random.WorldSeed;
import org.junit.jupiter.api.Test;

class FaceMatcherTest {

  private final byte[] alice = {1, 2, 3};
  private final byte[] bob = {1, 2, 4};

  @Test
  void genuinePairsScoreAboveImpostorsAndTheSameSeedReplays() {
    FaceMatcher a = new FaceMatcher(WorldSeed.of(5), FaceMatcher.DEFAULT_THRESHOLD);
    FaceMatcher b = new FaceMatcher(WorldSeed.of(5), FaceMatcher.DEFAULT_THRESHOLD);
    for (int i = 0; i < 200; i++) {
      FaceMatcher.Match g = a.compare(alice, alice);
      FaceMatcher.Match x = a.compare(alice, bob);
      assertThat(g.matched()).isTrue();
      assertThat(x.matched()).isFalse();
      assertThat(g.score()).isGreaterThan(x.score());
      assertThat(b.compare(alice, alice)).isEqualTo(g);
      assertThat(b.compare(alice, bob)).isEqualTo(x);
    }
  }

  @Test
  void aStricterThresholdRejectsGenuinePairs() {
    FaceMatcher strict = new FaceMatcher(WorldSeed.of(5), 0.995);
    assertThat(strict.compare(alice, alice).matched()).isFalse();
  }

  @Test
  void aThresholdOutsideZeroOneFailsAtStartNamingTheParameter() {
    assertThatThrownBy(() -> new FaceMatcher(WorldSeed.of(5), 1.5))
        .hasMessageContaining("medical.face-threshold");
  }

  @Test
  void berTlvFindsThePhotoAndRejectsGarbage() {
    byte[] face = {
      (byte) 0xFF, 0x20, 0x08, (byte) 0xDF, 0x22, 0x01, 0x09, (byte) 0xDF, 0x27, 0x01, 0x42
    };
    assertThat(BerTlv.find(face, 0xFF20, 0xDF27)).get().isEqualTo(new byte[] {0x42});
    assertThat(BerTlv.find(new byte[] {0x01}, 0xFF20, 0xDF27)).isEmpty();
    assertThat(BerTlv.find(new byte[] {(byte) 0xFF, 0x20, (byte) 0x85}, 0xFF20, 0xDF27)).isEmpty();
  }
}
