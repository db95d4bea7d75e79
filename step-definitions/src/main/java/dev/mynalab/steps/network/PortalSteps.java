package dev.mynalab.steps.network;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mynalab.drivers.network.PortalDriver;
import dev.mynalab.network.portal.ExchangeView;
import dev.mynalab.network.portal.SelfInformation;
import io.cucumber.java.ja.かつ;
import io.cucumber.java.ja.ならば;
import io.cucumber.java.ja.もし;
import io.cucumber.java.ja.前提;
import java.util.List;

/** Steps of myna-portal.feature (REQ-JR-07, REQ-JR-08). */
public final class PortalSteps {

  private final PortalDriver portal;
  private int loginStatus;
  private List<SelfInformation> selfInformation;
  private int noticeStatus;

  public PortalSteps(PortalDriver portal) {
    this.portal = portal;
  }

  @前提("{string} が利用者証明用電子証明書の入ったマイナンバーカードを持っている")
  public void hasCard(String name) {
    portal.issueCard(name);
  }

  @かつ("{string} のマイナンバーカードが再交付される")
  public void cardReissued(String name) {
    portal.issueCard(name);
  }

  @もし("{string} がマイナポータルにログインする")
  public void login(String name) {
    loginStatus = portal.login(name);
  }

  @もし("{string} が {string} のカードの証明書を提示し、自分のカードで署名してログインしようとする")
  public void loginWithOthersCertificate(String name, String owner) {
    loginStatus = portal.loginSigningWith(owner, name);
  }

  @ならば("ログインに成功する")
  public void loggedIn() {
    assertThat(loginStatus).isEqualTo(200);
  }

  @ならば("ログインは状態 {int} で拒否される")
  public void loginRefused(int status) {
    assertThat(loginStatus).isEqualTo(status);
  }

  @かつ("{string} のやりとり履歴に {int} 件の記録が表示される")
  public void historySize(String name, int count) {
    assertThat(portal.exchanges(name)).hasSize(count);
  }

  @かつ("やりとり履歴の {int} 件目は {string} から {string} への {string} の照会で、結果は {string} である")
  public void historyLine(
      int index, String requester, String provider, String item, String outcome) {
    ExchangeView view = portal.exchanges(viewer()).get(index - 1);
    assertThat(view.requesterJa()).startsWith(requester);
    assertThat(view.providerJa()).startsWith(provider);
    assertThat(view.itemJa()).startsWith(item);
    assertThat(view.outcomeJa()).isEqualTo(outcome);
  }

  @かつ("{string} のやりとり履歴に {string} からの照会が表示される")
  public void historyHasRequester(String name, String requester) {
    assertThat(portal.exchanges(name))
        .anySatisfy(v -> assertThat(v.requesterJa()).startsWith(requester));
  }

  @もし("{string} がマイナポータルで {string} を表示する")
  public void showSelfInformation(String name, String item) {
    selfInformation = portal.selfInformation(name, item);
  }

  @ならば("{string} が保有する情報の {string} は {string} と表示される")
  public void selfInformationShows(String holder, String key, String value) {
    assertThat(selfInformation)
        .anySatisfy(
            s -> {
              assertThat(s.agencyJa()).startsWith(holder);
              assertThat(s.data()).containsEntry(key, value);
            });
  }

  @もし("{string} が {string} にお知らせ {string} を送る")
  public void pushNotice(String agency, String name, String title) {
    portal.pushNotice(agency, name, title, title + "の詳細はマイナポータルでご確認ください");
  }

  @ならば("{string} のお知らせに {string} からの {string} がある")
  public void hasNotice(String name, String from, String title) {
    assertThat(portal.notices(name))
        .anySatisfy(
            n -> {
              assertThat(n.fromJa()).startsWith(from);
              assertThat(n.title()).isEqualTo(title);
            });
  }

  @かつ("{string} のお知らせは {int} 件である")
  public void noticeCount(String name, int count) {
    assertThat(portal.notices(name)).hasSize(count);
  }

  @もし("{string} が {string} の持つ {string} の符号でお知らせ {string} を送ろうとする")
  public void pushWithOthersCode(String agency, String owner, String name, String title) {
    noticeStatus = portal.pushNoticeWithCodeOf(agency, owner, name, title);
  }

  @ならば("お知らせは状態 {int} で拒否される")
  public void noticeRefused(int status) {
    assertThat(noticeStatus).isEqualTo(status);
  }

  private String viewer() {
    return portal.lastLoggedIn();
  }
}
