package dev.mynalab.network.portal;

import static dev.mynalab.network.TestWorld.HANAKO;
import static dev.mynalab.network.TestWorld.TARO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mynalab.kit.problem.ProblemException;
import dev.mynalab.kit.random.WorldSeed;
import dev.mynalab.network.TestWorld;
import dev.mynalab.network.exchange.ExchangeRequest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MynaPortalTest {

  private final TestWorld world = new TestWorld();
  private final TestJpki jpki = new TestJpki(world.seed, world.clock);
  private final MynaPortal portal =
      new MynaPortal(world.network, jpki.verifier(), world.clock, world.seed);

  private String login(TestJpki.UserCredential user) {
    LoginChallenge challenge = portal.challenge();
    return portal.login(challenge.id(), user.sign(challenge.nonce()), user.chain());
  }

  private static int status(Throwable e) {
    return ((ProblemException) e).problem().status();
  }

  @Test
  void thePersonSeesTheExchangesAboutThemselvesOnly() {
    world.holds("kou-city.tax", HANAKO, "local-tax", Map.of("課税区分", "非課税"));
    var hanakoCare = world.code("otsu-city.care", HANAKO);
    var taroCare = world.code("otsu-city.care", TARO);
    world.network.request(
        "otsu-city.care",
        new ExchangeRequest(
            hanakoCare.value(), "care-insurance-premium", "local-tax", "kou-city.tax"));
    world.network.request(
        "otsu-city.care",
        new ExchangeRequest(
            taroCare.value(), "care-insurance-premium", "local-tax", "kou-city.tax"));
    world.network.request(
        "otsu-city.care",
        new ExchangeRequest(
            hanakoCare.value(),
            "care-insurance-premium",
            "medical-insurance",
            "health-insurance-society"));

    String session = login(jpki.issue(HANAKO));
    var views = portal.exchanges(session);

    assertThat(views).hasSize(2);
    assertThat(views.get(0).requesterJa()).contains("乙市");
    assertThat(views.get(0).outcomeJa()).isEqualTo("提供");
    assertThat(views.get(0).citation()).contains("番号法");
    assertThat(views.get(1).outcome()).isEqualTo("REFUSED_NO_LEGAL_BASIS");
  }

  @Test
  void selfInformationIsFetchedThroughTheNetworkAndRecorded() {
    world.holds("kou-city.tax", HANAKO, "local-tax", Map.of("課税区分", "非課税"));
    String session = login(jpki.issue(HANAKO));

    var found = portal.selfInformation(session, "local-tax");

    assertThat(found)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.agency()).isEqualTo("kou-city.tax");
              assertThat(s.data()).containsEntry("課税区分", "非課税");
            });
    assertThat(portal.exchanges(session))
        .extracting(ExchangeView::requester)
        .contains("myna-portal");
    assertThatThrownBy(() -> portal.selfInformation(session, "nothing"))
        .satisfies(e -> assertThat(((ProblemException) e).problem().pointer()).isEqualTo("/item"));
  }

  @Test
  void noticesPushedByAnAgencyAppear() {
    var care = world.code("otsu-city.care", HANAKO);
    world.network.pushNotice("otsu-city.care", care.value(), "介護保険料の減免", "減免が決定しました");
    String session = login(jpki.issue(HANAKO));
    assertThat(portal.notices(session))
        .singleElement()
        .satisfies(n -> assertThat(n.fromJa()).contains("乙市"));
  }

  @Test
  void aWrongSignatureIsRefused() {
    var hanako = jpki.issue(HANAKO);
    var taro = jpki.issue(TARO);
    LoginChallenge challenge = portal.challenge();
    assertThatThrownBy(
            () -> portal.login(challenge.id(), taro.sign(challenge.nonce()), hanako.chain()))
        .satisfies(e -> assertThat(status(e)).isEqualTo(401));
  }

  @Test
  void aChallengeIsSingleUseAndExpires() {
    var hanako = jpki.issue(HANAKO);
    LoginChallenge challenge = portal.challenge();
    byte[] signature = hanako.sign(challenge.nonce());
    portal.login(challenge.id(), signature, hanako.chain());
    assertThatThrownBy(() -> portal.login(challenge.id(), signature, hanako.chain()))
        .as("replay")
        .satisfies(e -> assertThat(status(e)).isEqualTo(401));

    LoginChallenge late = portal.challenge();
    world.clock.advance(MynaPortal.CHALLENGE_LIFETIME.plusSeconds(1));
    assertThatThrownBy(() -> portal.login(late.id(), hanako.sign(late.nonce()), hanako.chain()))
        .satisfies(e -> assertThat(((ProblemException) e).problem().detail()).contains("expired"));
  }

  @Test
  void aCertificateFromAnUntrustedCaOrExpiredIsRefused() {
    TestJpki rogue = new TestJpki(WorldSeed.of(666), world.clock);
    var forged = rogue.issue(HANAKO);
    LoginChallenge challenge = portal.challenge();
    assertThatThrownBy(
            () -> portal.login(challenge.id(), forged.sign(challenge.nonce()), forged.chain()))
        .satisfies(e -> assertThat(status(e)).isEqualTo(401));

    var shortLived = jpki.issue(HANAKO, Duration.ofDays(1));
    world.clock.advance(Duration.ofDays(2));
    LoginChallenge later = portal.challenge();
    assertThatThrownBy(
            () -> portal.login(later.id(), shortLived.sign(later.nonce()), shortLived.chain()))
        .satisfies(e -> assertThat(status(e)).isEqualTo(401));
  }

  @Test
  void sessionsAreRequiredAndExpire() {
    assertThatThrownBy(() -> portal.exchanges("nope"))
        .satisfies(e -> assertThat(status(e)).isEqualTo(401));
    String session = login(jpki.issue(HANAKO));
    world.clock.advance(MynaPortal.SESSION_LIFETIME.plusSeconds(1));
    assertThatThrownBy(() -> portal.exchanges(session))
        .satisfies(e -> assertThat(status(e)).isEqualTo(401));
  }

  @Test
  void afterAJuminhyoCodeChangeTheSameHistoryIsShown() {
    world.holds("kou-city.tax", HANAKO, "local-tax", Map.of("課税区分", "非課税"));
    var care = world.code("otsu-city.care", HANAKO);
    world.network.request(
        "otsu-city.care",
        new ExchangeRequest(care.value(), "care-insurance-premium", "local-tax", "kou-city.tax"));
    world.residents.changeCode(HANAKO, "99999999999");
    String session = login(jpki.issue("99999999999"));
    assertThat(portal.exchanges(session)).hasSize(1);
  }
}
