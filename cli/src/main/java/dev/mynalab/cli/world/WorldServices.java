package dev.mynalab.cli.world;

import dev.mynalab.ca.server.CaWorld;
import dev.mynalab.registry.http.RegistryServer;
import dev.mynalab.verifier.server.VerifierWorld;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parties {@code world up} starts, in order, with their ready-file keys:
 *
 * <ul>
 *   <li>{@code ca}: {@code ocsp}, {@code crl} (HTTPS, registered verifiers only), {@code admin};
 *   <li>{@code verifier}: {@code verifier} (HTTPS, registered relying parties only);
 *   <li>{@code registry}: {@code registry}, {@code registry-admin};
 *   <li>{@code card}: {@code card-reader}, {@code card-vpcd} — the reference card, issued by the
 *       world's CAs, in the vpcd reader of pcscd (when pcscd runs);
 *   <li>{@code relyingparty}: {@code etax}, {@code platform}, {@code relyingparty-admin}; {@code
 *       medical}: {@code medical}, {@code medical-admin} ({@link RelyingPartyServices}).
 * </ul>
 *
 * Relying parties join by adding a {@link WorldService} here.
 */
public final class WorldServices {

  private WorldServices() {}

  public static final WorldService CA =
      new WorldService() {
        @Override
        public String name() {
          return "ca";
        }

        @Override
        public Started start(WorldContext c) {
          CaWorld ca =
              CaWorld.start(
                  new CaWorld.Options(
                      c.seed(), c.clock(), c.journal(), c.caSettings(), "127.0.0.1", 0, 0));
          c.ca(ca);
          c.export().ifPresent(ca::export);
          return new Started(ca.endpoints(), ca);
        }
      };

  public static final WorldService VERIFIER =
      new WorldService() {
        @Override
        public String name() {
          return "verifier";
        }

        @Override
        public Started start(WorldContext c) {
          VerifierWorld v =
              VerifierWorld.start(
                  VerifierWorld.Options.defaults(c.ca(), c.seed(), c.clock(), c.journal()));
          c.export().ifPresent(v::export);
          return new Started(v.endpoints(), v);
        }
      };

  public static final WorldService REGISTRY =
      new WorldService() {
        @Override
        public String name() {
          return "registry";
        }

        @Override
        public Started start(WorldContext c) {
          RegistryServer registry = RegistryServer.fromSystemProperties(c.clock(), c.journal());
          Map<String, String> e = new LinkedHashMap<>();
          e.put("registry", registry.uri().toString());
          e.put("registry-admin", registry.adminUri().toString());
          return new Started(e, registry);
        }
      };

  /** Every party, in start order. */
  public static final List<WorldService> ALL =
      List.of(
          CA,
          VERIFIER,
          REGISTRY,
          RelyingPartyServices.RELYING_PARTIES,
          RelyingPartyServices.MEDICAL,
          new WorldCard());
}
