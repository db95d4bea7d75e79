package dev.mynalab.drivers.use;

import dev.mynalab.drivers.card.CardDriver;
import dev.mynalab.relyingparty.mynumber.MyNumberReader;
import dev.mynalab.relyingparty.mynumber.MyNumberUsePolicy;
import dev.mynalab.relyingparty.signing.CardRefused;

/**
 * A relying party that wants the My Number from the card (seed: マイナンバーカードについて② ①マイナンバー): the table
 * of 番号法 decides first, and only an entity the law allows reads the 券面事項入力補助AP (with the holder's
 * PIN, CI-01). Entities and purposes are named in Japanese as in the fixture.
 */
public final class MyNumberCollector {

  private final UseWorld use;
  private MyNumberReader.Reading last;
  private String cardRefusal;
  private long apdus;

  public MyNumberCollector(UseWorld use) {
    this.use = use;
  }

  private MyNumberUsePolicy policy() {
    return MyNumberUsePolicy.fromFixture();
  }

  /** The fixture code of a Japanese entity name (雇用主 → employer), or the name itself. */
  String entity(String japanese) {
    return policy().rules().stream()
        .filter(r -> r.entityJa().equals(japanese))
        .map(r -> r.entity())
        .findFirst()
        .orElse(japanese);
  }

  /** The fixture code of a Japanese purpose. */
  String purpose(String japanese) {
    return policy().rules().stream()
        .filter(r -> r.purposeJa().equals(japanese))
        .map(r -> r.purpose())
        .findFirst()
        .orElse(japanese);
  }

  /**
   * {@code entity} asks to read {@code name}'s My Number for {@code purpose}; the holder enters the
   * PIN.
   */
  public void asks(String entity, String purpose, String name) {
    asks(entity, purpose, name, CardDriver.PINS.textPin());
  }

  /** As {@link #asks(String, String, String)} with the PIN typed as {@code pin}. */
  public void asks(String entity, String purpose, String name, String pin) {
    last = null;
    cardRefusal = null;
    long mark = use.mark();
    try {
      last =
          new MyNumberReader(policy(), use.reference().journal())
              .read(entity(entity), purpose(purpose), use.cardOf(name), pin);
    } catch (CardRefused e) {
      cardRefusal = e.getMessage();
    }
    apdus = use.apdusSince(mark);
  }

  public MyNumberReader.Reading last() {
    return last;
  }

  public String cardRefusal() {
    return cardRefusal;
  }

  /** APDUs sent to the card during the last request. */
  public long apdusInLastRequest() {
    return apdus;
  }

  /** The My Number the registry holds for {@code name}. */
  public String registryNumber(String name) {
    return use.lifecycle().resident(name).myNumber();
  }
}
