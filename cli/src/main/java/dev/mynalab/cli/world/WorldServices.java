package dev.mynalab.cli.world;

import dev.mynalab.ca.server.CaWorld;
import dev.mynalab.card.sim.CardApplets;
import dev.mynalab.registry.http.RegistryServer;
import dev.mynalab.registry.store.RegistryStore;
import dev.mynalab.rulebook.RuleBook;
import dev.mynalab.verifier.server.VerifierWorld;
import dev.mynalab.world.ReferenceWorld;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parties {@code world up} starts, in order, with their ready-file keys:
 *
 * <ul>
 *   <li>{@code world}: the one {@link ReferenceWorld} — registry (store from {@code
 *       mynalab.registry.store}), JPKI CAs and 機構 joined, the registry's notifications revoking
 *       certificates (RevocationBridge); no endpoint of its own. Whenever an admin plane moves the
 *       one clock, the world settles (held revocations, the registry's deadlines);
 *   <li>{@code ca}: the world's CAs served — {@code ocsp}, {@code crl} (HTTPS, registered verifiers
 *       only), {@code admin};
 *   <li>{@code verifier}: {@code verifier} (HTTPS, registered relying parties only), {@code
 *       verifier-admin};
 *   <li>{@code registry}: the world's registry served — {@code registry}, {@code registry-admin};
 *   <li>{@code relyingparty}: {@code etax}, {@code platform}, {@code relyingparty-admin}; {@code
 *       medical}: {@code medical}, {@code medical-admin}; {@code konbini}: {@code konbini}, {@code
 *       konbini-admin} ({@link RelyingPartyServices});
 *   <li>{@code network}: {@code network}, {@code network-admin}, {@code portal} — 情報提供ネットワーク and
 *       マイナポータル on the world's residents and cards ({@link NetworkService});
 *   <li>{@code card}: {@code card-reader}, {@code card-vpcd}, {@code card-resident} — a resident of
 *       the world's registry with a card issued by the world's 機構, in the vpcd reader of pcscd
 *       ({@link WorldCard}).
 * </ul>
 *
 * Relying parties join by adding a {@link WorldService} here.
 */
public final class WorldServices {

  private WorldServices() {}

  public static final WorldService WORLD =
      WorldService.of(
          "world",
          c -> {
            RegistryStore store = RegistryServer.storeFromSystemProperties();
            ReferenceWorld world = createOrClose(c, store);
            c.clock()
                .whenMoved(
                    () -> {
                      try {
                        world.settle();
                      } catch (RuntimeException e) {
                        c.journal().record("world", "settle-failed", String.valueOf(e));
                      }
                    });
            c.world(world);
            return new WorldService.Started(Map.of(), store::close);
          });

  public static final WorldService CA =
      WorldService.of(
          "ca",
          c -> {
            CaWorld ca =
                CaWorld.around(
                    c.world().ca(),
                    new CaWorld.Options(
                        c.seed(), c.clock(), c.journal(), c.caSettings(), "127.0.0.1", 0, 0));
            c.ca(ca);
            c.export().ifPresent(ca::export);
            return new WorldService.Started(ca.endpoints(), ca);
          });

  public static final WorldService VERIFIER =
      WorldService.of(
          "verifier",
          c -> {
            VerifierWorld v =
                VerifierWorld.start(
                    VerifierWorld.Options.defaults(c.ca(), c.seed(), c.clock(), c.journal()));
            c.verifier(v);
            c.export().ifPresent(v::export);
            return new WorldService.Started(v.endpoints(), v);
          });

  public static final WorldService REGISTRY =
      WorldService.of(
          "registry",
          c -> {
            RegistryServer registry =
                RegistryServer.serve(c.world().registry(), c.clock(), c.journal());
            Map<String, String> e = new LinkedHashMap<>();
            e.put("registry", registry.uri().toString());
            e.put("registry-admin", registry.adminUri().toString());
            return new WorldService.Started(e, registry);
          });

  private static ReferenceWorld createOrClose(WorldContext c, RegistryStore store) {
    try {
      return ReferenceWorld.create(
          c.clock(),
          c.seed(),
          c.journal(),
          RuleBook.fromSystemProperties(),
          store,
          c.caSettings(),
          CardApplets.REFERENCE);
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
  }

  /** Every party, in start order. */
  public static final List<WorldService> ALL =
      List.of(
          WORLD,
          CA,
          VERIFIER,
          REGISTRY,
          RelyingPartyServices.RELYING_PARTIES,
          RelyingPartyServices.MEDICAL,
          RelyingPartyServices.KONBINI,
          NetworkService.NETWORK,
          new WorldCard());
}
