package dev.mynalab.relyingparty.platform;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.mynalab.kit.fixtures.Fixtures;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The businesses that contracted with the platform operator, from {@code
 * fixtures/platform-businesses.yaml}.
 */
public final class Businesses {

  public static final String FIXTURE = "fixtures/platform-businesses.yaml";

  record File(List<Business> businesses) {}

  private final Map<String, Business> byId;

  public Businesses(List<Business> businesses) {
    this.byId =
        businesses.stream()
            .collect(
                Collectors.toUnmodifiableMap(
                    Business::id,
                    Function.identity(),
                    (a, b) -> {
                      throw new IllegalArgumentException("duplicate business id " + a.id());
                    }));
  }

  public static Businesses fromFixture() {
    return new Businesses(Fixtures.load(FIXTURE, new TypeReference<File>() {}).businesses());
  }

  public Optional<Business> byId(String id) {
    return Optional.ofNullable(id == null ? null : byId.get(id));
  }

  public List<Business> all() {
    return List.copyOf(byId.values());
  }
}
