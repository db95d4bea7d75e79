package dev.mynalab.steps.network;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mynalab.drivers.network.NetworkDriver;
import dev.mynalab.network.codes.AgencyCode;
import io.cucumber.java.After;
import io.cucumber.java.ja.かつ;
import io.cucumber.java.ja.ならば;
import io.cucumber.java.ja.もし;
import io.cucumber.java.ja.前提;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/** Steps of features/network/agency-codes.feature and the residents they need (REQ-JR-01, 02). */
public final class AgencyCodeSteps {

  private final NetworkDriver network;
  private final List<AgencyCode> codes = new ArrayList<>();
  private final List<String> crowd = new ArrayList<>();
  private AgencyCode first;
  private AgencyCode again;
  private String lastAgency;
  private String previousJuminhyoCode;
  private int obtainStatus;
  private double bitAgreement;

  public AgencyCodeSteps(NetworkDriver network) {
    this.network = network;
  }

  @After
  public void closeEndpoints() {
    network.close();
  }

  @前提("住民 {string} が {string} に住民登録されている")
  public void registered(String name, String municipality) {
    network.register(name, municipality);
  }

  @前提("{int} 人の住民が {string} に住民登録されている")
  public void registeredMany(int count, String municipality) {
    for (int i = 1; i <= count; i++) {
      network.register("住民" + i, municipality);
      crowd.add("住民" + i);
    }
  }

  @もし("次の機関が {string} の機関別符号を取得する:")
  public void severalObtain(String name, List<String> agencies) {
    agencies.forEach(a -> codes.add(network.obtainCode(a, name)));
  }

  @ならば("取得された機関別符号はすべて互いに異なる")
  public void allDistinct() {
    assertThat(new HashSet<>(codes)).hasSameSizeAs(codes).hasSizeGreaterThan(1);
  }

  @かつ("どの機関別符号も個人番号の形式ではなく、{string} の住民票コードを含まない")
  public void notAMyNumber(String name) {
    String juminhyo = network.juminhyoCode(name);
    assertThat(codes)
        .allSatisfy(
            c ->
                assertThat(c.value()).doesNotMatch("\\d{12}").doesNotContain(juminhyo).hasSize(32));
  }

  @前提("{string} が {string} の機関別符号を取得した")
  public void obtained(String agency, String name) {
    lastAgency = agency;
    first = network.obtainCode(agency, name);
  }

  @もし("{string} が {string} の機関別符号を再び取得する")
  public void obtainAgain(String agency, String name) {
    lastAgency = agency;
    again = network.obtainCode(agency, name);
  }

  @ならば("機関別符号は以前と同じである")
  public void sameAsBefore() {
    assertThat(again).isNotNull().isEqualTo(first);
  }

  @もし("{string} と {string} がそれぞれ全員の機関別符号を取得する")
  public void bothObtainForEveryone(String a, String b) {
    long agree = 0;
    for (String person : crowd) {
      BigInteger x = new BigInteger(network.obtainCode(a, person).value(), 16);
      BigInteger y = new BigInteger(network.obtainCode(b, person).value(), 16);
      agree += 128 - x.xor(y).bitCount();
    }
    bitAgreement = 100.0 * agree / (128.0 * crowd.size());
  }

  @ならば("同じ人の2つの符号のビットの一致率は {int} % から {int} % の間である")
  public void agreementBetween(int low, int high) {
    assertThat(bitAgreement).isBetween((double) low, (double) high);
  }

  @かつ("{string} は {string} の符号を1件も解決できない")
  public void cannotResolve(String asker, String owner) {
    List<AgencyCode> theirs = network.codesObtainedBy(owner);
    assertThat(theirs).isNotEmpty();
    assertThat(theirs).noneMatch(c -> network.canResolve(asker, c));
    assertThat(theirs).allMatch(c -> network.canResolve(owner, c));
  }

  @かつ("{string} は自分の符号を解決できる")
  public void resolvesOwn(String agency) {
    assertThat(network.codesObtainedBy(agency))
        .isNotEmpty()
        .allMatch(c -> network.canResolve(agency, c));
  }

  @もし("{string} が住民票コード {string} で機関別符号を取得しようとする")
  public void obtainWith(String agency, String juminhyoCode) {
    obtainStatus = network.obtainCodeStatusWith(agency, juminhyoCode);
  }

  @前提("{string} の住民票が消除される")
  public void removed(String name) {
    network.removeResident(name);
  }

  @もし("{string} が {string} の機関別符号を取得しようとする")
  public void tryObtain(String agency, String name) {
    obtainStatus = network.obtainCodeStatusWith(agency, network.juminhyoCode(name));
  }

  @ならば("符号の取得は状態 {int} で拒否される")
  public void obtainRefused(int status) {
    assertThat(obtainStatus).isEqualTo(status);
  }

  /** A move to another municipality: 転出届 and 転入届 (not a 転居, which stays in one). */
  @前提("{string} が {string} から {string} へ引っ越した")
  @もし("{string} が {string} から {string} へ引っ越す")
  public void moves(String name, String from, String to) {
    assertThat(network.municipalityOf(name)).isEqualTo(from);
    network.move(name, to);
  }

  @もし("{string} の住民票コードが変更される")
  public void juminhyoCodeChanges(String name) {
    previousJuminhyoCode = network.changeJuminhyoCode(name);
  }

  @かつ("変更前の住民票コードでは機関別符号を取得できない")
  public void oldCodeRefused() {
    assertThat(network.obtainCodeStatusWith(lastAgency, previousJuminhyoCode)).isEqualTo(404);
  }
}
