package dev.mynalab.relyingparty.mynumber;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.mynalab.kit.fixtures.Fixtures;
import java.util.List;
import java.util.Optional;

/**
 * Whether an entity may obtain a person's My Number for a purpose (seed: マイナンバーカードについて② ①マイナンバー;
 * 番号法 第9条 利用範囲, 第15条 提供の求めの制限, 第19条 提供の制限, 第20条 収集等の制限). Table-driven: the rows are data ({@code
 * fixtures/mynumber-use.yaml}); a pair the table does not list is refused, because the law names
 * who may, not who may not.
 */
public final class MyNumberUsePolicy {

  public static final String FIXTURE = "fixtures/mynumber-use.yaml";

  /** The table's default for anything it does not list. */
  public static final String DEFAULT_BASIS = "番号法 第15条（提供の求めの制限）, 第20条（収集等の制限）: 法令に定めのない主体・目的";

  record File(List<UseRule> rules) {}

  /**
   * The answer for one (entity, purpose).
   *
   * @param rule the matching row, or null when none matched
   */
  public record Decision(
      String entity, String purpose, boolean allowed, String basis, UseRule rule) {}

  private final List<UseRule> rules;

  public MyNumberUsePolicy(List<UseRule> rules) {
    this.rules = List.copyOf(rules);
  }

  public static MyNumberUsePolicy fromFixture() {
    return new MyNumberUsePolicy(Fixtures.load(FIXTURE, new TypeReference<File>() {}).rules());
  }

  public List<UseRule> rules() {
    return rules;
  }

  public Decision decide(String entity, String purpose) {
    Optional<UseRule> row =
        rules.stream()
            .filter(r -> r.entity().equals(entity) && r.purpose().equals(purpose))
            .findFirst();
    return row.map(r -> new Decision(entity, purpose, r.allowed(), r.basis(), r))
        .orElseGet(() -> new Decision(entity, purpose, false, DEFAULT_BASIS, null));
  }
}
