package dev.mynalab.drivers.network;

import dev.mynalab.drivers.lifecycle.Cardholder;
import dev.mynalab.drivers.lifecycle.IssuingAuthorityDesk;
import dev.mynalab.kit.problem.ProblemException;
import dev.mynalab.network.notice.Notice;
import dev.mynalab.network.portal.ExchangeView;
import dev.mynalab.network.portal.LoginChallenge;
import dev.mynalab.network.portal.MynaPortal;
import dev.mynalab.network.portal.SelfInformation;
import dev.mynalab.world.authority.IssuedCard;
import dev.mynalab.world.network.CardUserAuthentication;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * マイナポータル as a resident uses it (REQ-JR-07, REQ-JR-08): the 機構 issues each resident a card of the
 * reference world (keys generated on the simulated chip, 利用者証明用電子証明書 from the CA simulator); login
 * signs the portal's challenge on the card with the 利用者証明用 key after its PIN, and the portal checks
 * it through {@link CardUserAuthentication} (chain, signature, the CA's OCSP, the holder in the
 * register); then やりとり履歴, 自己情報 and お知らせ.
 */
public final class PortalDriver {

  private final NetworkDriver network;
  private final IssuingAuthorityDesk authority;
  private final Cardholder holders;
  private MynaPortal portal;
  private final Map<String, String> sessions = new HashMap<>();
  private String lastLoggedIn;

  public PortalDriver(NetworkDriver network, IssuingAuthorityDesk authority, Cardholder holders) {
    this.network = network;
    this.authority = authority;
    this.holders = holders;
  }

  private MynaPortal portal() {
    if (portal == null) {
      var world = network.world();
      portal =
          new MynaPortal(
              network.network(),
              new CardUserAuthentication(network.people().reference()),
              world.clock(),
              world.seed());
    }
    return portal;
  }

  /** The 機構 issues the resident a (new) card today; an earlier card lapses (CV-06). */
  public void issueCard(String name) {
    authority.issueCard(name, network.people().today());
    if (network.people().lastRefusal() != null) {
      throw new IllegalStateException(
          "the card of " + name + " was refused: " + network.people().lastRefusal());
    }
  }

  /** Logs in with the resident's own card; returns 200 or the problem's status. */
  public int login(String name) {
    return loginSigningWith(name, name);
  }

  /** Logs in presenting {@code name}'s certificate but signing with {@code signer}'s card. */
  public int loginSigningWith(String name, String signer) {
    IssuedCard presented = network.people().card(name);
    LoginChallenge challenge = portal().challenge();
    byte[] signature =
        holders
            .signWithUserKey(signer, challenge.nonce())
            .orElseThrow(
                () -> new IllegalStateException("the card of " + signer + " did not sign"));
    try {
      sessions.put(
          name,
          portal()
              .login(challenge.id(), signature, List.of(presented.authenticationCertificate())));
      lastLoggedIn = name;
      return 200;
    } catch (ProblemException e) {
      return e.problem().status();
    }
  }

  /** The resident who logged in last in this scenario. */
  public String lastLoggedIn() {
    if (lastLoggedIn == null) {
      throw new IllegalStateException("nobody has logged in to マイナポータル");
    }
    return lastLoggedIn;
  }

  public List<ExchangeView> exchanges(String name) {
    return portal().exchanges(session(name));
  }

  public List<SelfInformation> selfInformation(String name, String itemLabel) {
    return portal().selfInformation(session(name), network.item(itemLabel).id());
  }

  public List<Notice> notices(String name) {
    return portal().notices(session(name));
  }

  /** The agency pushes an お知らせ to the person it knows by its own code. */
  public void pushNotice(String agencyLabel, String name, String title, String body) {
    network
        .network()
        .pushNotice(
            network.agency(agencyLabel).id(),
            network.obtainCode(agencyLabel, name).value(),
            title,
            body);
  }

  /** The agency tries to push an お知らせ with another agency's code; 201 or the problem's status. */
  public int pushNoticeWithCodeOf(String agencyLabel, String owner, String name, String title) {
    try {
      network
          .network()
          .pushNotice(
              network.agency(agencyLabel).id(),
              network.obtainCode(owner, name).value(),
              title,
              title);
      return 201;
    } catch (ProblemException e) {
      return e.problem().status();
    }
  }

  private String session(String name) {
    String session = sessions.get(name);
    if (session == null) {
      throw new IllegalStateException(name + " is not logged in to マイナポータル");
    }
    return session;
  }
}
