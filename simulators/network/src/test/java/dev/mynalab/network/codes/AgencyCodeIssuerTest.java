package dev.mynalab.network.codes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mynalab.kit.random.WorldSeed;
import dev.mynalab.network.resident.InMemoryResidentDirectory;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AgencyCodeIssuerTest {

  private final InMemoryResidentDirectory residents = new InMemoryResidentDirectory();
  private final AgencyCodeIssuer issuer = new AgencyCodeIssuer(WorldSeed.of(7), residents);

  private static String juminhyo(int i) {
    return String.format("%011d", 10_000_000_000L + i);
  }

  @Test
  void codesAreUniquePerAgencyAndPersonAndNeverLookLikeAMyNumber() {
    List<String> agencies = List.of("kou-city.tax", "pension-office", "hei-pref.child-guidance");
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      residents.register(juminhyo(i), "甲市");
      for (String agency : agencies) {
        AgencyCode code = issuer.obtain(agency, juminhyo(i));
        assertThat(seen.add(code.value())).as("code %s unique", code).isTrue();
        assertThat(code.value()).hasSize(32).doesNotContain(juminhyo(i)).matches("[0-9A-F]{32}");
        assertThat(code.value()).doesNotMatch("\\d{12}");
      }
    }
    assertThat(seen).hasSize(3000);
  }

  @Test
  void theSamePersonAndAgencyAlwaysGetTheSameCode() {
    residents.register(juminhyo(1), "甲市");
    assertThat(issuer.obtain("kou-city.tax", juminhyo(1)))
        .isEqualTo(issuer.obtain("kou-city.tax", juminhyo(1)));
  }

  @Test
  void codesSurviveAMoveAndAJuminhyoCodeChange() {
    residents.register(juminhyo(1), "甲市");
    AgencyCode tax = issuer.obtain("kou-city.tax", juminhyo(1));
    AgencyCode pension = issuer.obtain("pension-office", juminhyo(1));

    residents.move(juminhyo(1), "乙市");
    assertThat(issuer.obtain("kou-city.tax", juminhyo(1))).isEqualTo(tax);

    residents.changeCode(juminhyo(1), juminhyo(2));
    assertThat(issuer.obtain("kou-city.tax", juminhyo(2))).isEqualTo(tax);
    assertThat(issuer.obtain("pension-office", juminhyo(2))).isEqualTo(pension);
    assertThatThrownBy(() -> issuer.obtain("kou-city.tax", juminhyo(1)))
        .as("the old 住民票コード no longer names anyone")
        .isInstanceOf(CodeNotIssuedException.class);
    assertThat(issuer.resolve("kou-city.tax", tax)).isPresent();
  }

  @Test
  void anAgencyCannotResolveAnotherAgencysCode() {
    residents.register(juminhyo(1), "甲市");
    AgencyCode tax = issuer.obtain("kou-city.tax", juminhyo(1));
    assertThat(issuer.resolve("kou-city.tax", tax)).isPresent();
    assertThat(issuer.resolve("pension-office", tax)).isEmpty();
    assertThat(issuer.resolve("pension-office", new AgencyCode("0".repeat(32)))).isEmpty();
  }

  /**
   * Unlinkability, measured: if codes at two agencies were related, their bits would agree more (or
   * less) often than half the time. Over 400 persons × 128 bits, independent codes agree on 50% ±
   * well under 1%.
   */
  @Test
  void codesAtTwoAgenciesAreStatisticallyIndependent() {
    long agree = 0;
    long bits = 0;
    for (int i = 0; i < 400; i++) {
      residents.register(juminhyo(i), "甲市");
      BigInteger a = new BigInteger(issuer.obtain("kou-city.tax", juminhyo(i)).value(), 16);
      BigInteger b = new BigInteger(issuer.obtain("pension-office", juminhyo(i)).value(), 16);
      agree += 128 - a.xor(b).bitCount();
      bits += 128;
    }
    assertThat((double) agree / bits).isBetween(0.49, 0.51);
  }

  @Test
  void theSameSeedReplaysAndAnotherSeedGivesOtherCodes() {
    residents.register(juminhyo(1), "甲市");
    AgencyCode first = issuer.obtain("kou-city.tax", juminhyo(1));
    InMemoryResidentDirectory other = new InMemoryResidentDirectory();
    other.register(juminhyo(1), "甲市");
    assertThat(new AgencyCodeIssuer(WorldSeed.of(7), other).obtain("kou-city.tax", juminhyo(1)))
        .isEqualTo(first);
    InMemoryResidentDirectory third = new InMemoryResidentDirectory();
    third.register(juminhyo(1), "甲市");
    assertThat(new AgencyCodeIssuer(WorldSeed.of(8), third).obtain("kou-city.tax", juminhyo(1)))
        .isNotEqualTo(first);
  }

  @Test
  void noCodeForSomeoneWhoIsNotACurrentResident() {
    assertThatThrownBy(() -> issuer.obtain("kou-city.tax", juminhyo(99)))
        .isInstanceOf(CodeNotIssuedException.class);
    residents.register(juminhyo(5), "甲市");
    AgencyCode before = issuer.obtain("kou-city.tax", juminhyo(5));
    residents.remove(juminhyo(5));
    assertThatThrownBy(() -> issuer.obtain("pension-office", juminhyo(5)))
        .isInstanceOf(CodeNotIssuedException.class);
    assertThat(issuer.resolve("kou-city.tax", before))
        .as("existing codes still translate")
        .isPresent();
  }

  @Test
  void malformedCodesAreRejected() {
    assertThatThrownBy(() -> new AgencyCode("123456789018"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new AgencyCode("g".repeat(32)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(AgencyCode.isWellFormed(null)).isFalse();
  }
}
