package dev.mynalab.kit.http;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LoopbackTest {

  @ParameterizedTest
  @ValueSource(strings = {"127.0.0.1", "127.0.0.2", "::1", "localhost"})
  void loopbackAddressesAreAccepted(String host) {
    assertThatCode(() -> Loopback.require(host)).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @ValueSource(strings = {"0.0.0.0", "10.0.0.1", "192.0.2.1", "::"})
  void everyOtherAddressIsRefused(String host) {
    assertThatThrownBy(() -> Loopback.require(host))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("loopback")
        .hasMessageContaining(host);
  }
}
