package dev.mynalab.card.personalisation;

import dev.mynalab.kit.fixtures.Fixtures;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * The fixture of TEST card holders ({@code fixtures/card-holders.yaml}): a few synthetic people
 * keyed by readable names, with the default holder of {@code card serve}.
 */
public final class TestHolders {

  /** One holder as written in the fixture (the card's own facts are added at issuance). */
  public record Holder(
      String name,
      String address,
      LocalDate dateOfBirth,
      int sex,
      String myNumber,
      String municipalityCode,
      String securityCode) {

    /** The holder data of a card issued on {@code issueDate} (expiry by CV-01/CV-02). */
    public HolderData issuedOn(LocalDate issueDate) {
      return new HolderData(
          name,
          address,
          dateOfBirth,
          sex,
          myNumber,
          municipalityCode,
          CardValidity.expiry(dateOfBirth, issueDate),
          securityCode);
    }
  }

  /** The YAML document. */
  public record Document(String defaultHolder, Map<String, Holder> holders) {
    @com.fasterxml.jackson.annotation.JsonCreator
    public Document(
        @com.fasterxml.jackson.annotation.JsonProperty("default") String defaultHolder,
        @com.fasterxml.jackson.annotation.JsonProperty("holders") Map<String, Holder> holders) {
      this.defaultHolder = defaultHolder;
      this.holders = new TreeMap<>(holders);
    }
  }

  public static final String PATH = "fixtures/card-holders.yaml";

  private final Document doc;

  private TestHolders(Document doc) {
    this.doc = doc;
    if (!doc.holders().containsKey(doc.defaultHolder())) {
      throw new IllegalStateException(
          PATH + ": default holder " + doc.defaultHolder() + " missing");
    }
  }

  public static TestHolders load() {
    return new TestHolders(Fixtures.load(PATH, Document.class));
  }

  public String defaultKey() {
    return doc.defaultHolder();
  }

  /**
   * @throws IllegalArgumentException naming the allowed keys when {@code key} is unknown
   */
  public Holder get(String key) {
    Holder h = doc.holders().get(key);
    if (h == null) {
      throw new IllegalArgumentException(
          "unknown holder '" + key + "'; known holders: " + String.join(", ", keys()));
    }
    return h;
  }

  public java.util.Set<String> keys() {
    return doc.holders().keySet();
  }
}
