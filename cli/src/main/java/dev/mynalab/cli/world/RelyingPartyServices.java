package dev.mynalab.cli.world;

import dev.mynalab.ca.access.VerifierRole;
import dev.mynalab.ca.server.CaWorld;
import dev.mynalab.konbini.CertificateHolders;
import dev.mynalab.konbini.DocumentRules;
import dev.mynalab.konbini.IssuanceCenter;
import dev.mynalab.konbini.MunicipalOfferings;
import dev.mynalab.konbini.ServiceHours;
import dev.mynalab.konbini.pinreset.ResetBookings;
import dev.mynalab.konbini.server.KonbiniServer;
import dev.mynalab.medical.eligibility.OnlineEligibilityService;
import dev.mynalab.medical.insurance.InsuranceRegistry;
import dev.mynalab.medical.reader.FaceMatcher;
import dev.mynalab.medical.server.MedicalServer;
import dev.mynalab.relyingparty.server.RelyingPartyServers;
import dev.mynalab.verifier.VerifierService;
import dev.mynalab.verifier.VerifierSettings;
import dev.mynalab.world.ReferenceWorld;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The relying parties of {@code world up}, each judging certificates with its own registration at
 * the world's CAs (RV-03: revocation data only for registered verifiers) through the verifier
 * module, never a second implementation of validation:
 *
 * <ul>
 *   <li>{@code relyingparty}: {@code etax} (e-Tax 受付), {@code platform} (a プラットフォーム事業者 with the
 *       みなし署名検証者 businesses of its fixture), {@code relyingparty-admin};
 *   <li>{@code medical}: {@code medical} (オンライン資格確認 at a 顔認証付きカードリーダー), {@code medical-admin};
 *   <li>{@code konbini}: {@code konbini} (the 証明書交付センター's kiosk protocol, コンビニ交付), {@code
 *       konbini-admin}.
 * </ul>
 *
 * <p>The holder of a certificate is the CA's ledger entry ({@code holderReference}, {@code
 * ca.store()::holderOf}), which in the reference world is the registry's person key: the kiosk
 * prints the world registry's facts of that resident at the moment of issue — the join the living
 * spec's {@code drivers.konbini.ConvenienceStores} makes, here over the served CA's OCSP.
 */
final class RelyingPartyServices {

  private RelyingPartyServices() {}

  private static VerifierService verifierFor(WorldContext c, String name, VerifierRole role) {
    CaWorld ca = c.ca();
    if (ca.verifiers().byName(name).isEmpty()) {
      ca.verifiers().register(name, role);
    }
    return VerifierService.connectedTo(
        ca, name, VerifierSettings.defaults(), c.seed(), c.clock(), c.journal());
  }

  static final WorldService RELYING_PARTIES =
      WorldService.of(
          "relyingparty",
          c -> {
            RelyingPartyServers rp =
                RelyingPartyServers.start(
                    RelyingPartyServers.Options.defaults(
                        verifierFor(c, "relyingparty", VerifierRole.PLATFORM_OPERATOR),
                        c.seed(),
                        c.clock(),
                        c.journal()));
            return new WorldService.Started(rp.endpoints(), rp);
          });

  static final WorldService MEDICAL =
      WorldService.of(
          "medical",
          c -> {
            OnlineEligibilityService service =
                new OnlineEligibilityService(
                    verifierFor(c, "online-eligibility", VerifierRole.AUTHENTICATION_VERIFIER),
                    c.world().ca().store()::holderOf,
                    InsuranceRegistry.fromFixture(),
                    FaceMatcher.DEFAULT_THRESHOLD,
                    c.clock(),
                    c.journal());
            MedicalServer server = MedicalServer.start(service, c.clock(), c.journal(), 0, 0);
            return new WorldService.Started(
                ordered(server.endpoints(), "medical", "medical-admin"), server);
          });

  static final WorldService KONBINI =
      WorldService.of(
          "konbini",
          c -> {
            ReferenceWorld world = c.world();
            CertificateHolders holders = world.ca().store()::holderOf;
            IssuanceCenter center =
                new IssuanceCenter(
                    verifierFor(c, "konbini-center", VerifierRole.AUTHENTICATION_VERIFIER),
                    holders,
                    id -> world.registry().store().byPersonId(id),
                    new DocumentRules(MunicipalOfferings.fromFixture()),
                    new ServiceHours(),
                    c.clock(),
                    c.journal());
            KonbiniServer server =
                KonbiniServer.start(
                    center,
                    new ResetBookings(c.clock(), c.journal()),
                    holders,
                    c.clock(),
                    c.journal(),
                    0,
                    0);
            return new WorldService.Started(
                ordered(server.endpoints(), "konbini", "konbini-admin"), server);
          });

  /** The ready file lists keys in a stable order (the servers answer with unordered maps). */
  static Map<String, String> ordered(Map<String, String> endpoints, String... keys) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String k : keys) {
      out.put(k, endpoints.get(k));
    }
    return out;
  }
}
