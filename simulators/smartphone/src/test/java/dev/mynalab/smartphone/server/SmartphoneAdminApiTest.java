package dev.mynalab.smartphone.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mynalab.card.personalisation.Pins;
import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.kit.fixtures.Json;
import dev.mynalab.kit.http.HttpEndpoint;
import dev.mynalab.kit.journal.Journal;
import dev.mynalab.kit.person.Sex;
import dev.mynalab.kit.random.WorldSeed;
import dev.mynalab.registry.api.Requests;
import dev.mynalab.registry.resident.Honseki;
import dev.mynalab.registry.resident.Nationality;
import dev.mynalab.registry.resident.PersonName;
import dev.mynalab.registry.resident.Resident;
import dev.mynalab.smartphone.CardCredentials;
import dev.mynalab.smartphone.PhoneModel;
import dev.mynalab.smartphone.PhoneSecrets;
import dev.mynalab.smartphone.Smartphone;
import dev.mynalab.smartphone.SmartphoneWorld;
import dev.mynalab.world.ReferenceWorld;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SmartphoneAdminApiTest {

  private static HttpResponse<String> send(HttpClient c, String method, URI uri) throws Exception {
    return c.send(
        HttpRequest.newBuilder(uri).method(method, HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void listsPhonesReportsALossAndAnswersProblemsForUnknownOrEmptyPhones() throws Exception {
    WorldClock clock = WorldClock.frozenAt(LocalDate.of(2024, 4, 1));
    ReferenceWorld world = ReferenceWorld.create(clock, WorldSeed.of(5), new Journal(clock));
    HttpClient http = HttpClient.newHttpClient();
    try (SmartphoneWorld phones = new SmartphoneWorld(world);
        HttpEndpoint admin = new SmartphoneAdminApi(phones).start(0)) {
      Resident r =
          world
              .registry()
              .birth(
                  new Requests.Birth(
                      "131016",
                      PersonName.of("山田 花子"),
                      LocalDate.of(1985, 6, 1),
                      Sex.FEMALE,
                      Nationality.JAPANESE,
                      new Honseki("131016", "千代田区1番地"),
                      "東京都千代田区1-1",
                      null));
      world.authority().issueCard(r.residentCode(), Pins.of("1234", "CARD123"), clock.today());
      Smartphone loaded = phones.buy(PhoneModel.android("Pixel TEST", false));
      Smartphone empty = phones.buy(PhoneModel.android("Pixel TEST", false));
      phones
          .loading()
          .load(
              loaded,
              r.residentCode(),
              CardCredentials.signingPassword("CARD123"),
              new PhoneSecrets("9753", "PHONE99"));

      JsonNode list =
          Json.mapper()
              .readTree(send(http, "GET", URI.create(admin.uri() + "/admin/phones")).body());
      assertThat(list).hasSize(2);
      assertThat(list.get(0).get("loaded").asBoolean()).isTrue();
      assertThat(list.get(1).get("loaded").asBoolean()).isFalse();

      HttpResponse<String> lost =
          send(http, "POST", URI.create(admin.uri() + "/admin/phones/" + loaded.id() + "/lost"));
      assertThat(lost.statusCode()).isEqualTo(200);
      assertThat(Json.mapper().readTree(lost.body()).get("revoked").asInt()).isEqualTo(2);

      HttpResponse<String> nothing =
          send(http, "POST", URI.create(admin.uri() + "/admin/phones/" + empty.id() + "/lost"));
      assertThat(nothing.statusCode()).isEqualTo(403);
      assertThat(nothing.body()).contains("smartphone-refused").contains("/phone");

      HttpResponse<String> unknown =
          send(http, "GET", URI.create(admin.uri() + "/admin/phones/phone-x"));
      assertThat(unknown.statusCode()).isEqualTo(404);

      JsonNode params =
          Json.mapper()
              .readTree(send(http, "GET", URI.create(admin.uri() + "/admin/parameters")).body());
      assertThat(params.get("mynalab.rule.phoneCertificatesFollowCard").asBoolean()).isTrue();
      assertThat(params.at("/platforms/iphone/availableFrom").asText()).isEqualTo("2025-06-24");
    }
  }
}
