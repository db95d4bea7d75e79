package dev.mynalab.drivers.verifier;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mynalab.drivers.sut.Capabilities;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A test adapter found through META-INF/services: the reference verifier behind a counter, so a
 * test can prove the harness went through the ServiceLoader path.
 */
public final class CountingVerifierAdapter implements VerifierAdapter {

  public static final AtomicInteger CALLS = new AtomicInteger();

  private final ReferenceVerifierAdapter reference = new ReferenceVerifierAdapter();

  @Override
  public Verifier start(VerifierContext context) {
    Verifier inner = reference.start(context);
    return new Verifier() {
      @Override
      public JsonNode call(String path, JsonNode request) {
        CALLS.incrementAndGet();
        return inner.call(path, request);
      }

      @Override
      public void close() {
        inner.close();
      }
    };
  }

  @Override
  public Set<String> capabilities() {
    return Capabilities.VERIFIER_ALL;
  }

  @Override
  public Map<String, String> identity() {
    return Map.of("version", "test-1");
  }
}
