package dev.mynalab.network.portal;

import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.kit.problem.Problem;
import dev.mynalab.kit.problem.ProblemException;
import dev.mynalab.kit.random.WorldSeed;
import dev.mynalab.network.agency.Agency;
import dev.mynalab.network.agency.AgencyDirectory;
import dev.mynalab.network.codes.CodeNotIssuedException;
import dev.mynalab.network.codes.PersonHandle;
import dev.mynalab.network.exchange.ExchangeRequest;
import dev.mynalab.network.exchange.ExchangeResult;
import dev.mynalab.network.exchange.InformationProvisionNetwork;
import dev.mynalab.network.exchange.LogEntry;
import dev.mynalab.network.exchange.Outcome;
import dev.mynalab.network.notice.Notice;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * マイナポータル (seed IV; 情報提供等記録開示システム, 番号法 附則第6条): after login with the 利用者証明用電子証明書 (challenge–response
 * through the {@link AuthenticationVerifier} port) the person sees the record of exchanges about
 * themselves (やりとり履歴), their own information held by agencies (自己情報 — itself fetched through the
 * network and recorded), and the お知らせ pushed to them.
 *
 * <p>Failures are problem documents: 401 for a failed or expired login or session, 422 for bad
 * fields. Challenges are single-use and live {@link #CHALLENGE_LIFETIME}; sessions live {@link
 * #SESSION_LIFETIME} of world time.
 */
public final class MynaPortal {

  public static final Duration CHALLENGE_LIFETIME = Duration.ofMinutes(5);
  public static final Duration SESSION_LIFETIME = Duration.ofMinutes(30);

  private record Session(PersonHandle person, String certificateSerial, Instant expiresAt) {}

  private final InformationProvisionNetwork network;
  private final AuthenticationVerifier verifier;
  private final WorldClock clock;
  private final SplittableRandom random;
  private final Map<String, LoginChallenge> challenges = new HashMap<>();
  private final Map<String, Session> sessions = new HashMap<>();

  public MynaPortal(
      InformationProvisionNetwork network,
      AuthenticationVerifier verifier,
      WorldClock clock,
      WorldSeed seed) {
    this.network = network;
    this.verifier = verifier;
    this.clock = clock;
    this.random = seed.stream("network/portal");
  }

  /** Starts a login: the bytes to sign with the user-certificate key. */
  public synchronized LoginChallenge challenge() {
    byte[] nonce = new byte[32];
    random.nextBytes(nonce);
    LoginChallenge challenge =
        new LoginChallenge(token(), nonce, clock.instant().plus(CHALLENGE_LIFETIME));
    challenges.put(challenge.id(), challenge);
    return challenge;
  }

  /**
   * Completes a login; the challenge is spent whatever the result.
   *
   * @return the session token
   * @throws ProblemException 401 when the challenge is unknown, spent or expired, or the proof
   *     fails
   */
  public String login(String challengeId, byte[] signature, List<X509Certificate> chain) {
    LoginChallenge challenge;
    synchronized (this) {
      challenge = challengeId == null ? null : challenges.remove(challengeId);
    }
    if (challenge == null) {
      throw unauthorized("unknown or already used challenge");
    }
    if (clock.instant().isAfter(challenge.expiresAt())) {
      throw unauthorized("the challenge expired; ask for a new one");
    }
    AuthenticatedHolder holder;
    try {
      holder = verifier.verify(challenge.nonce(), signature, chain);
    } catch (AuthenticationFailedException e) {
      network.journal().record("portal", "login-refused", e.getMessage());
      throw unauthorized(e.getMessage());
    }
    PersonHandle person;
    try {
      person = network.codes().enrol(holder.juminhyoCode());
    } catch (CodeNotIssuedException e) {
      throw unauthorized("the certificate holder is not a current resident");
    }
    String token = token();
    synchronized (this) {
      sessions.put(
          token,
          new Session(person, holder.certificateSerial(), clock.instant().plus(SESSION_LIFETIME)));
    }
    network.journal().record("portal", "login", "login with 利用者証明用電子証明書");
    return token;
  }

  public synchronized void logout(String token) {
    sessions.remove(token);
  }

  /** やりとり履歴: every recorded request about the person, oldest first, refusals included. */
  public List<ExchangeView> exchanges(String token) {
    PersonHandle person = session(token);
    AgencyDirectory agencies = network.agencies();
    return network.recordsAbout(person).stream().map(e -> view(e, agencies)).toList();
  }

  /**
   * 自己情報: asks every agency that holds {@code item} through the network, under the portal's legal
   * basis; each ask is recorded and appears in the やりとり履歴.
   */
  public List<SelfInformation> selfInformation(String token, String item) {
    PersonHandle person = session(token);
    if (network.agencies().item(item).isEmpty()) {
      throw new ProblemException(Problem.invalidField("/item", "unknown item '" + item + "'"));
    }
    String code = network.disclosureCode(person).value();
    List<SelfInformation> found = new ArrayList<>();
    for (Agency holder : network.agencies().agencies()) {
      if (!holder.holds(item)) {
        continue;
      }
      ExchangeResult result =
          network.request(
              AgencyDirectory.PORTAL,
              new ExchangeRequest(code, "self-information", item, holder.id()));
      if (result.outcome() == Outcome.PROVIDED) {
        found.add(
            new SelfInformation(
                holder.id(),
                holder.nameJa(),
                item,
                result.outcome().name(),
                result.recordSeq(),
                result.data()));
      }
    }
    return found;
  }

  /** お知らせ pushed to the person, oldest first. */
  public List<Notice> notices(String token) {
    return network.noticesOf(session(token));
  }

  private synchronized PersonHandle session(String token) {
    Session session = token == null ? null : sessions.get(token);
    if (session == null) {
      throw unauthorized("no session; log in with the 利用者証明用電子証明書");
    }
    if (clock.instant().isAfter(session.expiresAt())) {
      sessions.remove(token);
      throw unauthorized("the session expired; log in again");
    }
    return session.person();
  }

  private static ExchangeView view(LogEntry e, AgencyDirectory agencies) {
    String requester = e.string("requester");
    String provider = e.string("provider");
    String item = e.string("item");
    Outcome outcome = Outcome.valueOf(e.string("outcome"));
    return new ExchangeView(
        e.seq(),
        e.string(LogEntry.AT),
        requester,
        agencies.agency(requester).map(Agency::nameJa).orElse(requester),
        provider,
        agencies.agency(provider).map(Agency::nameJa).orElse(provider),
        e.string("procedure"),
        item,
        agencies.item(item).map(i -> i.nameJa()).orElse(item),
        outcome.name(),
        outcome.ja(),
        e.string("legalBasis"),
        e.string("citation"));
  }

  private String token() {
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  static ProblemException unauthorized(String detail) {
    return new ProblemException(
        new Problem(Problem.URN + "unauthorized", "Unauthorized", 401, detail, null));
  }
}
