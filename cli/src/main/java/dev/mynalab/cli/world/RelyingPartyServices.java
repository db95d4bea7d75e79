package dev.mynalab.cli.world;

import dev.mynalab.ca.access.VerifierRole;
import dev.mynalab.ca.server.CaWorld;
import dev.mynalab.medical.eligibility.OnlineEligibilityService;
import dev.mynalab.medical.insurance.InsuranceRegistry;
import dev.mynalab.medical.reader.FaceMatcher;
import dev.mynalab.medical.server.MedicalServer;
import dev.mynalab.relyingparty.server.RelyingPartyServers;
import dev.mynalab.verifier.VerifierService;
import dev.mynalab.verifier.VerifierSettings;

/**
 * The relying parties of {@code world up}, each judging certificates with its own registration at
 * the world's CAs (RV-03: revocation data only for registered verifiers) through the verifier
 * module, never a second implementation of validation:
 *
 * <ul>
 *   <li>{@code relyingparty}: {@code etax} (e-Tax 受付), {@code platform} (a プラットフォーム事業者 with the
 *       みなし署名検証者 businesses of its fixture), {@code relyingparty-admin};
 *   <li>{@code medical}: {@code medical} (オンライン資格確認 at a 顔認証付きカードリーダー), {@code medical-admin}.
 * </ul>
 *
 * <p>The holder of a certificate is the CA's ledger entry ({@code holderReference}). In {@code
 * world up} the CAs and the registry are not joined (the registry has its own residents), so the
 * コンビニ交付 kiosk — which prints the registry's facts of the certificate's holder — is not started
 * here; it runs joined in the living spec.
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
      new WorldService() {
        @Override
        public String name() {
          return "relyingparty";
        }

        @Override
        public Started start(WorldContext c) {
          RelyingPartyServers rp =
              RelyingPartyServers.start(
                  RelyingPartyServers.Options.defaults(
                      verifierFor(c, "relyingparty", VerifierRole.PLATFORM_OPERATOR),
                      c.seed(),
                      c.clock(),
                      c.journal()));
          return new Started(rp.endpoints(), rp);
        }
      };

  static final WorldService MEDICAL =
      new WorldService() {
        @Override
        public String name() {
          return "medical";
        }

        @Override
        public Started start(WorldContext c) {
          CaWorld ca = c.ca();
          OnlineEligibilityService service =
              new OnlineEligibilityService(
                  verifierFor(c, "online-eligibility", VerifierRole.AUTHENTICATION_VERIFIER),
                  ca.authority().store()::holderOf,
                  InsuranceRegistry.fromFixture(),
                  FaceMatcher.DEFAULT_THRESHOLD,
                  c.clock(),
                  c.journal());
          MedicalServer server = MedicalServer.start(service, c.clock(), c.journal(), 0, 0);
          return new Started(server.endpoints(), server);
        }
      };
}
