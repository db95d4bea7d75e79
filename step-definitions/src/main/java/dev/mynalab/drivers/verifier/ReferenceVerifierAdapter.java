package dev.mynalab.drivers.verifier;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mynalab.ca.access.TlsContexts;
import dev.mynalab.drivers.sut.Capabilities;
import dev.mynalab.verifier.server.VerifierWorld;
import java.util.Set;

/**
 * The reference verifier ({@code simulators/verifier}) started per scenario on the scenario's world
 * and asked over its real HTTPS contract as the registered relying party {@code rp-client}.
 */
public final class ReferenceVerifierAdapter implements VerifierAdapter {

  @Override
  public Running start(VerifierContext c) {
    VerifierWorld world =
        VerifierWorld.start(
            VerifierWorld.Options.defaults(c.ca(), c.seed(), c.clock(), c.journal())
                .withSettings(c.settings()));
    return new Running(world);
  }

  @Override
  public Set<String> capabilities() {
    return Capabilities.VERIFIER_ALL;
  }

  /** The running reference verifier. */
  public static final class Running implements Verifier {
    private final VerifierWorld world;
    private final ContractClient client;

    Running(VerifierWorld world) {
      this.world = world;
      this.client =
          new ContractClient(
              world.uri(),
              TlsContexts.client(
                  world.exportedRelyingParty().credential(), world.relyingPartyCa().certificate()));
    }

    public VerifierWorld world() {
      return world;
    }

    @Override
    public JsonNode call(String path, JsonNode request) {
      return client.call(path, request);
    }

    @Override
    public void close() {
      world.close();
    }
  }
}
