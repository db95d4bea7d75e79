package dev.mynalab.network.exchange;

import static dev.mynalab.network.TestWorld.HANAKO;
import static dev.mynalab.network.TestWorld.TARO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mynalab.kit.problem.ProblemException;
import dev.mynalab.kit.random.WorldSeed;
import dev.mynalab.network.TestWorld;
import dev.mynalab.network.codes.AgencyCode;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class InformationProvisionNetworkTest {

  private final TestWorld world = new TestWorld();
  private final InformationProvisionNetwork network = world.network;

  private ExchangeResult ask(
      String requester, AgencyCode code, String procedure, String item, String provider) {
    return network.request(requester, new ExchangeRequest(code.value(), procedure, item, provider));
  }

  @Test
  void aLawfulRequestIsAnsweredWithTheHoldersDataAndRecorded() {
    world.holds("kou-city.tax", HANAKO, "local-tax", Map.of("課税区分", "非課税"));
    AgencyCode care = world.code("otsu-city.care", HANAKO);

    ExchangeResult result =
        ask("otsu-city.care", care, "care-insurance-premium", "local-tax", "kou-city.tax");

    assertThat(result.outcome()).isEqualTo(Outcome.PROVIDED);
    assertThat(result.data()).containsEntry("課税区分", "非課税");
    assertThat(result.legalBasis()).isEqualTo("JR-LB-01");
    LogEntry entry = network.log().entries().get((int) result.recordSeq() - 1);
    assertThat(entry.string("outcome")).isEqualTo("PROVIDED");
    assertThat(entry.string("subject")).isNotNull().isNotEqualTo(care.value());
    assertThat(entry.fields().values())
        .as("the record holds neither the requester's code nor the 住民票コード")
        .doesNotContain(care.value(), HANAKO);
  }

  @Test
  void aRequestWithoutLegalBasisIsRefusedAndRecordedAgainstThePerson() {
    world.holds("health-insurance-society", HANAKO, "medical-insurance", Map.of("保険者", "模擬"));
    AgencyCode care = world.code("otsu-city.care", HANAKO);

    ExchangeResult result =
        ask(
            "otsu-city.care",
            care,
            "care-insurance-premium",
            "medical-insurance",
            "health-insurance-society");

    assertThat(result.outcome()).isEqualTo(Outcome.REFUSED_NO_LEGAL_BASIS);
    assertThat(result.data()).isEmpty();
    var handle = network.codes().handleOf(HANAKO).orElseThrow();
    assertThat(network.recordsAbout(handle))
        .singleElement()
        .satisfies(e -> assertThat(e.string("outcome")).isEqualTo("REFUSED_NO_LEGAL_BASIS"));
  }

  @Test
  void lawfulButNothingHeldIsRecordedAsNotHeld() {
    AgencyCode care = world.code("otsu-city.care", TARO);
    assertThat(
            ask("otsu-city.care", care, "care-insurance-premium", "local-tax", "kou-city.tax")
                .outcome())
        .isEqualTo(Outcome.NOT_HELD);
  }

  @Test
  void anotherAgencysCodeIsUnknownToTheRequester() {
    world.holds("kou-city.tax", HANAKO, "local-tax", Map.of("課税区分", "課税"));
    AgencyCode pensionCode = world.code("pension-office", HANAKO);

    ExchangeResult result =
        ask("otsu-city.care", pensionCode, "care-insurance-premium", "local-tax", "kou-city.tax");

    assertThat(result.outcome()).isEqualTo(Outcome.REFUSED_UNKNOWN_CODE);
    assertThat(result.data()).isEmpty();
    LogEntry entry = network.log().entries().get(0);
    assertThat(entry.string("subject")).isNull();
    assertThat(entry.string("presented")).hasSize(16).isNotEqualTo(pensionCode.value());
  }

  @Test
  void guessingCodesFlagsTheAgencyAfterTheLimitAndEveryAttemptIsRecorded() {
    world.holds("kou-city.tax", HANAKO, "local-tax", Map.of("課税区分", "課税"));
    AgencyCode real = world.code("otsu-city.care", HANAKO);
    for (int i = 0; i < 5; i++) {
      AgencyCode guess = new AgencyCode(String.format("%032X", i));
      assertThat(
              ask("otsu-city.care", guess, "care-insurance-premium", "local-tax", "kou-city.tax")
                  .outcome())
          .isEqualTo(Outcome.REFUSED_UNKNOWN_CODE);
    }
    assertThat(network.isFlagged("otsu-city.care")).isTrue();
    assertThat(network.log().entries(e -> e.kind().equals("alert")))
        .singleElement()
        .satisfies(e -> assertThat(e.string("agency")).isEqualTo("otsu-city.care"));

    assertThat(
            ask("otsu-city.care", real, "care-insurance-premium", "local-tax", "kou-city.tax")
                .outcome())
        .as("even a real code is refused while flagged")
        .isEqualTo(Outcome.REFUSED_FLAGGED);
    assertThat(network.isFlagged("kou-city.tax")).as("other agencies are unaffected").isFalse();

    network.clearFlag("otsu-city.care");
    assertThat(
            ask("otsu-city.care", real, "care-insurance-premium", "local-tax", "kou-city.tax")
                .outcome())
        .isEqualTo(Outcome.PROVIDED);
  }

  @Test
  void failuresOutsideTheWindowDoNotAccumulate() {
    AgencyCode guess = new AgencyCode("A".repeat(32));
    for (int i = 0; i < 8; i++) {
      ask("otsu-city.care", guess, "care-insurance-premium", "local-tax", "kou-city.tax");
      world.clock.advance(Duration.ofMinutes(20));
    }
    assertThat(network.isFlagged("otsu-city.care")).isFalse();
  }

  @Test
  void malformedRequestsAreProblemsPointingAtTheFieldAndRecordNothing() {
    AgencyCode care = world.code("otsu-city.care", HANAKO);
    assertPointer(
        new ExchangeRequest("123456789018", "care-insurance-premium", "local-tax", "kou-city.tax"),
        "/subjectCode");
    assertPointer(
        new ExchangeRequest(null, "care-insurance-premium", "local-tax", "kou-city.tax"),
        "/subjectCode");
    assertPointer(
        new ExchangeRequest(care.value(), " ", "local-tax", "kou-city.tax"), "/procedure");
    assertPointer(
        new ExchangeRequest(care.value(), "care-insurance-premium", "課税証明書", "kou-city.tax"),
        "/item");
    assertPointer(
        new ExchangeRequest(care.value(), "care-insurance-premium", "local-tax", "nowhere"),
        "/provider");
    assertThatThrownBy(
            () ->
                network.request(
                    "intruder",
                    new ExchangeRequest(care.value(), "x", "local-tax", "kou-city.tax")))
        .isInstanceOf(ProblemException.class)
        .satisfies(e -> assertThat(((ProblemException) e).problem().status()).isEqualTo(403));
    assertThat(network.log().size()).isZero();
  }

  private void assertPointer(ExchangeRequest request, String pointer) {
    assertThatThrownBy(() -> network.request("otsu-city.care", request))
        .isInstanceOf(ProblemException.class)
        .satisfies(
            e -> {
              var problem = ((ProblemException) e).problem();
              assertThat(problem.status()).isBetween(400, 499);
              assertThat(problem.pointer()).isEqualTo(pointer);
            });
  }

  @Test
  void whenTheRecordCannotBeWrittenNothingIsRecordedAndNothingProvided() {
    AtomicBoolean failing = new AtomicBoolean(false);
    TestWorld w =
        new TestWorld(
            WorldSeed.of(3),
            line -> {
              if (failing.get()) {
                throw new IOException("disk full");
              }
            });
    w.holds("kou-city.tax", HANAKO, "local-tax", Map.of("課税区分", "課税"));
    AgencyCode care = w.code("otsu-city.care", HANAKO);
    ExchangeRequest request =
        new ExchangeRequest(care.value(), "care-insurance-premium", "local-tax", "kou-city.tax");
    w.network.request("otsu-city.care", request);

    failing.set(true);
    assertThatThrownBy(() -> w.network.request("otsu-city.care", request))
        .isInstanceOf(java.io.UncheckedIOException.class);
    assertThat(w.network.log().size()).isEqualTo(1);

    failing.set(false);
    w.network.request("otsu-city.care", request);
    assertThat(
            new LogVerifier(Optional.empty())
                .verify(w.network.log().exportText().lines().toList())
                .intact())
        .isTrue();
  }

  @Test
  void concurrentRequestsKeepTheChainIntact() throws Exception {
    world.holds("kou-city.tax", HANAKO, "local-tax", Map.of("課税区分", "課税"));
    AgencyCode care = world.code("otsu-city.care", HANAKO);
    ExchangeRequest lawful =
        new ExchangeRequest(care.value(), "care-insurance-premium", "local-tax", "kou-city.tax");
    ExchangeRequest unlawful =
        new ExchangeRequest(
            care.value(),
            "care-insurance-premium",
            "medical-insurance",
            "health-insurance-society");
    var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      var tasks = new java.util.ArrayList<java.util.concurrent.Callable<ExchangeResult>>();
      for (int i = 0; i < 200; i++) {
        ExchangeRequest r = i % 2 == 0 ? lawful : unlawful;
        tasks.add(() -> network.request("otsu-city.care", r));
      }
      for (var f : pool.invokeAll(tasks)) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    assertThat(network.log().entries(e -> e.kind().equals("exchange"))).hasSize(200);
    assertThat(
            new LogVerifier(Optional.of(network.log().signer().publicKey()))
                .verify(network.log().exportText().lines().toList())
                .intact())
        .isTrue();
  }

  @Test
  void aFailingProviderIsRecordedNotThrown() {
    network.attachProvider(
        "kou-city.tax",
        (code, item) -> {
          throw new IllegalStateException("down");
        });
    AgencyCode care = world.code("otsu-city.care", HANAKO);
    assertThat(
            ask("otsu-city.care", care, "care-insurance-premium", "local-tax", "kou-city.tax")
                .outcome())
        .isEqualTo(Outcome.PROVIDER_FAILED);
  }

  @Test
  void noticesReachOnlyThePersonTheCodeNames() {
    AgencyCode care = world.code("otsu-city.care", HANAKO);
    network.pushNotice("otsu-city.care", care.value(), "減免決定", "保険料を減免しました");
    var hanako = network.codes().handleOf(HANAKO).orElseThrow();
    assertThat(network.noticesOf(hanako))
        .singleElement()
        .satisfies(n -> assertThat(n.title()).isEqualTo("減免決定"));
    assertThatThrownBy(() -> network.pushNotice("pension-office", care.value(), "t", "b"))
        .isInstanceOf(ProblemException.class)
        .satisfies(e -> assertThat(((ProblemException) e).problem().status()).isEqualTo(404));
    assertThatThrownBy(() -> network.pushNotice("otsu-city.care", care.value(), "", "b"))
        .satisfies(e -> assertThat(((ProblemException) e).problem().pointer()).isEqualTo("/title"));
    assertThat(network.log().entries(e -> e.kind().equals("notice")))
        .extracting(e -> e.string("outcome"))
        .containsExactly("DELIVERED", "REFUSED_UNKNOWN_CODE");
    assertThat(network.log().entries(e -> e.kind().equals("notice")).get(0).string("subject"))
        .isEqualTo(network.disclosureCode(hanako).value());
    assertThat(network.recordsAbout(hanako)).as("やりとり履歴 lists exchanges only").isEmpty();
  }
}
