package dev.mynalab.konbini;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mynalab.registry.municipality.Municipalities;
import java.util.List;
import org.junit.jupiter.api.Test;

class MunicipalOfferingsTest {

  @Test
  void everyOfferingNamesAMunicipalityOfTheRegistry() {
    Municipalities registry = Municipalities.fromFixture();
    MunicipalOfferings offerings = MunicipalOfferings.fromFixture();
    assertThat(offerings.all()).isNotEmpty();
    for (MunicipalOfferings.Offering o : offerings.all()) {
      assertThat(registry.find(o.code()))
          .as(o.code())
          .get()
          .extracting(m -> m.name())
          .isEqualTo(o.name());
    }
  }

  @Test
  void documentsDependOnTheMunicipality() {
    MunicipalOfferings offerings = MunicipalOfferings.fromFixture();
    assertThat(offerings.offers("131016", Document.FUHYO)).isTrue();
    assertThat(offerings.offers("131130", Document.KOSEKI)).isFalse();
    assertThat(offerings.documentsOf("133078")).isEmpty(); // 檜原村 does not take part
  }

  @Test
  void badFixtureLinesFailAtLoad() {
    assertThatThrownBy(
            () ->
                new MunicipalOfferings(
                    List.of(new MunicipalOfferings.Offering("13101", "x", List.of()))))
        .hasMessageContaining("6 digits");
    var line = new MunicipalOfferings.Offering("131016", "千代田区", List.of(Document.JUMINHYO));
    assertThatThrownBy(() -> new MunicipalOfferings(List.of(line, line)))
        .hasMessageContaining("twice");
  }
}
