package dev.mynalab.load;

import static io.gatling.javaapi.core.CoreDsl.ByteArrayBody;
import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyBytes;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.OpenInjectionStep;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * Load on the validation path, open workload model, world in-process on loopback:
 *
 * <ol>
 *   <li>login — steady validation of good 利用者証明用 certificates;
 *   <li>mix — good, revoked (a suspended card, EC-05) and expired (judged a day after notAfter);
 *   <li>documents — CMS-signed returns, signer certificate checked for {@code sign};
 *   <li>ocsp — the CA's OCSP responder directly (pre-signed answers).
 * </ol>
 *
 * Every response is checked (HTTP status and the expected verdict); the assertions — failed
 * requests under 0.1 % and p99 within the profile's budget — fail the build.
 */
public class ValidationSimulation extends Simulation {

  static final LoadProfile PROFILE = LoadProfile.fromSystemProperty();
  static final LoadWorld WORLD = LoadWorld.start();

  static {
    System.out.println(
        "mynalab load: profile "
            + PROFILE
            + ", verifier "
            + WORLD.verifierUri()
            + ", CA "
            + WORLD.caUri());
    System.out.println(
        "mynalab load: HTTPS probe with the RP certificate (JDK client) → " + WORLD.probe());
  }

  HttpProtocolBuilder verifier =
      http.baseUrl(WORLD.verifierUri())
          .contentTypeHeader("application/json")
          .acceptHeader("application/json")
          .shareConnections();

  HttpProtocolBuilder responder = http.baseUrl(WORLD.caUri()).shareConnections();

  ScenarioBuilder login =
      scenario("login: good authentication certificates")
          .feed(listFeeder(WORLD.goodAuth()).circular())
          .exec(
              http("validate auth")
                  .post("/v1/certificates/validate")
                  .body(StringBody("#{body}"))
                  .check(status().is(200), jsonPath("$.status").isEL("#{expected}")));

  ScenarioBuilder mix =
      scenario("mix: good, revoked and expired")
          .feed(listFeeder(WORLD.mix()).random())
          .exec(
              http("validate mix")
                  .post("/v1/certificates/validate")
                  .body(StringBody("#{body}"))
                  .check(status().is(200), jsonPath("$.status").isEL("#{expected}")));

  ScenarioBuilder documents =
      scenario("documents: CMS-signed returns")
          .feed(listFeeder(WORLD.documents()).circular())
          .exec(
              http("validate document")
                  .post("/v1/documents/validate")
                  .body(StringBody("#{body}"))
                  .check(status().is(200), jsonPath("$.status").isEL("#{expected}")));

  ScenarioBuilder ocsp =
      scenario("ocsp: the CA's responder directly")
          .feed(listFeeder(WORLD.ocsp()).circular())
          .exec(
              http("ocsp")
                  .post("/ocsp")
                  .header("Content-Type", "application/ocsp-request")
                  .body(ByteArrayBody(session -> (byte[]) session.get("ocsp")))
                  .check(
                      status().is(200),
                      header("Content-Type").is("application/ocsp-response"),
                      bodyBytes().transform(b -> b.length > 100).is(true)));

  static OpenInjectionStep[] open(double rate) {
    return new OpenInjectionStep[] {
      rampUsersPerSec(1).to(rate).during(3), constantUsersPerSec(rate).during(PROFILE.seconds())
    };
  }

  {
    setUp(
            login.injectOpen(open(PROFILE.loginRate())).protocols(verifier),
            mix.injectOpen(open(PROFILE.mixRate())).protocols(verifier),
            documents.injectOpen(open(PROFILE.documentRate())).protocols(verifier),
            ocsp.injectOpen(open(PROFILE.ocspRate())).protocols(responder))
        .assertions(
            global().failedRequests().percent().lt(PROFILE.maxFailedPercent()),
            global().responseTime().percentile(99.0).lt(PROFILE.p99BudgetMillis()));
  }

  @Override
  public void after() {
    WORLD.close();
  }
}
