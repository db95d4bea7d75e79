package dev.mynalab.drivers.verifier;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The seam between the verification features and a verifier: one call of the validation contract
 * ({@code simulators/verifier/openapi.yaml}) — a request document in, the {@code 200} answer
 * document out. Anything else (4xx problem, no answer) is an {@link IllegalStateException} with
 * what the verifier said, which fails the scenario.
 */
public interface Verifier extends AutoCloseable {

  /**
   * @param path the contract path, e.g. {@code /v1/certificates/validate}
   * @param request the request body
   */
  JsonNode call(String path, JsonNode request);

  @Override
  default void close() {}
}
