package dev.mynalab.world.network;

import dev.mynalab.ca.hierarchy.CaGeneration;
import dev.mynalab.ca.hierarchy.CaPurpose;
import dev.mynalab.network.portal.AuthenticatedHolder;
import dev.mynalab.network.portal.AuthenticationFailedException;
import dev.mynalab.network.portal.AuthenticationVerifier;
import dev.mynalab.network.portal.PkixAuthenticationVerifier;
import dev.mynalab.world.OcspCheck;
import dev.mynalab.world.ReferenceWorld;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * マイナポータル's login check joined to the reference world (利用者証明, JPKI法 第17条): the certificate must
 * chain to a generation of the JPKI 利用者証明用 CA — a 署名用電子証明書 does not, so it cannot log in (VF-07) —
 * hold a valid signature over the portal's challenge, and be good in the CA's own OCSP answer (a
 * real signed DER response: revoked after 一時停止, lapse or death, EC-05/LV-02). The holder is J-LIS's
 * link from the certificate to the person in the CA's ledger, then the registry's <em>current</em>
 * 住民票コード of that person — so a login still works after a 住民票コード change.
 */
public final class CardUserAuthentication implements AuthenticationVerifier {

  private final ReferenceWorld world;

  public CardUserAuthentication(ReferenceWorld world) {
    this.world = world;
  }

  @Override
  public AuthenticatedHolder verify(byte[] challenge, byte[] signature, List<X509Certificate> chain)
      throws AuthenticationFailedException {
    AuthenticatedHolder holder = pkix().verify(challenge, signature, chain);
    OcspCheck.Status status = world.ocsp().statusOf(chain.get(0));
    if (status != OcspCheck.Status.GOOD) {
      throw new AuthenticationFailedException(
          "the certificate is " + status.name().toLowerCase() + " according to the CA's OCSP");
    }
    return holder;
  }

  private PkixAuthenticationVerifier pkix() {
    Set<TrustAnchor> anchors =
        world.ca().hierarchy().generations(CaPurpose.AUTHENTICATION).stream()
            .map(CaGeneration::certificate)
            .map(c -> new TrustAnchor(c, null))
            .collect(Collectors.toSet());
    return new PkixAuthenticationVerifier(anchors, world.clock(), this::holderOf);
  }

  /** J-LIS's link: the person the CA issued the certificate to, by today's 住民票コード. */
  private Optional<String> holderOf(X509Certificate certificate) {
    return world
        .ca()
        .store()
        .holderOf(certificate)
        .flatMap(personId -> world.registry().store().byPersonId(personId))
        .map(r -> r.residentCode());
  }
}
