package dev.mynalab.drivers.network;

import dev.mynalab.kit.problem.ProblemException;
import dev.mynalab.network.notice.Notice;
import dev.mynalab.network.portal.ExchangeView;
import dev.mynalab.network.portal.LoginChallenge;
import dev.mynalab.network.portal.MynaPortal;
import dev.mynalab.network.portal.SelfInformation;
import dev.mynalab.network.portal.TestJpki;
import dev.mynalab.network.portal.TestJpki.UserCredential;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * マイナポータル as a resident uses it (REQ-JR-07, REQ-JR-08): a 利用者証明用電子証明書 per resident (from a stand-in
 * TEST CA until the lead joins the CA simulator), login by signing the portal's challenge, then
 * やりとり履歴, 自己情報 and お知らせ.
 */
public final class PortalDriver {

  private final NetworkDriver network;
  private final TestJpki jpki;
  private final MynaPortal portal;
  private final Map<String, UserCredential> cards = new HashMap<>();
  private final Map<String, String> sessions = new HashMap<>();
  private String lastLoggedIn;

  public PortalDriver(NetworkDriver network) {
    this.network = network;
    var world = network.world();
    this.jpki = new TestJpki(world.seed(), world.clock());
    this.portal = new MynaPortal(network.network(), jpki.verifier(), world.clock(), world.seed());
  }

  /** The resident's card gets a user certificate linked to their current 住民票コード. */
  public void issueCard(String name) {
    cards.put(name, jpki.issue(network.juminhyoCode(name)));
  }

  /** Logs in with the resident's own card; returns 200 or the problem's status. */
  public int login(String name) {
    return loginSigningWith(name, name);
  }

  /** Logs in presenting {@code name}'s certificate but signing with {@code signer}'s key. */
  public int loginSigningWith(String name, String signer) {
    UserCredential presented = card(name);
    LoginChallenge challenge = portal.challenge();
    try {
      sessions.put(
          name,
          portal.login(challenge.id(), card(signer).sign(challenge.nonce()), presented.chain()));
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
    return portal.exchanges(session(name));
  }

  public List<SelfInformation> selfInformation(String name, String itemLabel) {
    return portal.selfInformation(session(name), network.item(itemLabel).id());
  }

  public List<Notice> notices(String name) {
    return portal.notices(session(name));
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

  private UserCredential card(String name) {
    UserCredential card = cards.get(name);
    if (card == null) {
      throw new IllegalStateException(
          name + " has no card with a user certificate in this scenario");
    }
    return card;
  }

  private String session(String name) {
    String session = sessions.get(name);
    if (session == null) {
      throw new IllegalStateException(name + " is not logged in to マイナポータル");
    }
    return session;
  }
}
