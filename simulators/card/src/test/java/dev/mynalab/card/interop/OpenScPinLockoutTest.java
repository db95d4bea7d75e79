package dev.mynalab.card.interop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mynalab.card.CardFixtures;
import org.junit.jupiter.api.Test;

/** Three wrong PINs through OpenSC block the 利用者証明用暗証番号 (PN-01 (b)), and only that PIN. */
class OpenScPinLockoutTest {

  @Test
  void threeWrongPinsBlockTheAuthenticationPin() throws Exception {
    Pcsc.require();
    try (ServedCard served = new ServedCard()) {
      for (String wrong : new String[] {"0000", "1111", "2222"}) {
        Pcsc.Result r =
            Pcsc.run(
                "pkcs15-tool",
                "-r",
                Pcsc.READER,
                "--verify-pin",
                "--auth-id",
                "01",
                "--pin",
                wrong);
        assertThat(r.exit()).isNotZero();
        assertThat(r.all()).contains("PIN code or key incorrect");
      }
      Pcsc.Result right =
          Pcsc.run(
              "pkcs15-tool",
              "-r",
              Pcsc.READER,
              "--verify-pin",
              "--auth-id",
              "01",
              "--pin",
              CardFixtures.AUTH_PIN);
      assertThat(right.exit()).isNotZero();
      assertThat(right.all()).contains("Reference data not usable");
      Pcsc.Result pins = Pcsc.run("pkcs15-tool", "-r", Pcsc.READER, "--list-pins");
      assertThat(pins.out()).contains("Tries left     : 0").contains("Tries left     : 5");
      assertThat(served.journal.channel("card"))
          .anySatisfy(e -> assertThat(e.details().get("sw")).isEqualTo("6984"))
          .allSatisfy(
              e -> assertThat(e.details().getOrDefault("command", "")).doesNotContain("31323334"));
    }
  }
}
