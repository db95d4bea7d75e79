package dev.mynalab.cli.world;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mynalab.kit.fixtures.Json;
import dev.mynalab.kit.http.AdminPlane;
import dev.mynalab.kit.http.HttpEndpoint;
import dev.mynalab.kit.http.HttpRequest;
import dev.mynalab.kit.http.HttpResponse;
import dev.mynalab.kit.http.JsonFields;
import dev.mynalab.kit.problem.Problem;
import dev.mynalab.kit.problem.ProblemException;
import dev.mynalab.network.agency.Agency;
import dev.mynalab.network.agency.InMemoryProvider;
import dev.mynalab.network.exchange.InformationProvisionNetwork;
import dev.mynalab.network.portal.MynaPortal;
import dev.mynalab.network.server.NetworkAdminHttpApi;
import dev.mynalab.network.server.NetworkHttpApi;
import dev.mynalab.network.server.PortalHttpApi;
import dev.mynalab.world.ReferenceWorld;
import dev.mynalab.world.network.CardUserAuthentication;
import dev.mynalab.world.network.RegistryResidentDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * 情報提供ネットワーク and マイナポータル in {@code world up}, joined to the world: the network's residents are the
 * world registry's ({@link RegistryResidentDirectory}: a 住民票コード is current while its person lives
 * here, and 住民票コード changes re-link), and マイナポータル logs in with a card of the world ({@link
 * CardUserAuthentication}: chain to the world's 利用者証明用 CA, signature over the challenge, the CA's
 * OCSP answer, the holder in the registry). Ready-file keys {@code network} (agencies' systems,
 * bearer token per agency), {@code network-admin}, {@code portal}.
 *
 * <p>Each providing agency has an empty in-memory provider: an exchange answers NOT_HELD until the
 * operator holds data with {@code POST /admin/v1/holdings {agency, juminhyoCode, item, data}} on
 * the admin plane. The agencies' bearer tokens are written to {@code network-agencies.json} with
 * {@code --export} and answered by {@code GET /admin/v1/agency-tokens}.
 */
final class NetworkService {

  private NetworkService() {}

  static final WorldService NETWORK =
      WorldService.of(
          "network",
          c -> {
            ReferenceWorld world = c.world();
            InformationProvisionNetwork network =
                InformationProvisionNetwork.builder(
                        c.clock(), c.seed(), new RegistryResidentDirectory(world.registry()))
                    .journal(c.journal())
                    .build();
            Map<String, InMemoryProvider> providers = new LinkedHashMap<>();
            for (Agency agency : network.agencies().agencies()) {
              if (!agency.provides().isEmpty()) {
                InMemoryProvider provider = new InMemoryProvider();
                providers.put(agency.id(), provider);
                network.attachProvider(agency.id(), provider);
              }
            }
            NetworkHttpApi api = new NetworkHttpApi(network, c.seed());
            Map<String, String> tokens = new LinkedHashMap<>();
            network.agencies().agencies().forEach(a -> tokens.put(a.id(), api.tokenFor(a.id())));
            Operator operator = new Operator(network, providers, tokens);
            HttpEndpoint protocol =
                api.routes(
                        HttpEndpoint.builder("network")
                            .host("127.0.0.1")
                            .port(0)
                            .journal(c.journal()))
                    .start();
            HttpEndpoint admin = null;
            HttpEndpoint portal;
            try {
              admin =
                  operator
                      .routes(
                          new NetworkAdminHttpApi(network)
                              .routes(
                                  AdminPlane.of("network", c.clock(), c.journal(), null)
                                      .routes(
                                          HttpEndpoint.builder("network-admin")
                                              .host("127.0.0.1")
                                              .port(0))))
                      .start();
              portal =
                  new PortalHttpApi(
                          new MynaPortal(
                              network, new CardUserAuthentication(world), c.clock(), c.seed()),
                          c.journal())
                      .routes(
                          HttpEndpoint.builder("portal")
                              .host("127.0.0.1")
                              .port(0)
                              .journal(c.journal()))
                      .start();
            } catch (RuntimeException e) {
              protocol.close();
              if (admin != null) {
                admin.close();
              }
              throw e;
            }
            c.export().ifPresent(dir -> writeTokens(dir, tokens));
            Map<String, String> e = new LinkedHashMap<>();
            e.put("network", protocol.uri().toString());
            e.put("network-admin", admin.uri().toString());
            e.put("portal", portal.uri().toString());
            HttpEndpoint adminPlane = admin;
            return new WorldService.Started(
                e,
                () -> {
                  portal.close();
                  adminPlane.close();
                  protocol.close();
                });
          });

  private static void writeTokens(Path dir, Map<String, String> tokens) {
    try {
      Files.createDirectories(dir);
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("warning", "TEST ONLY: bearer tokens of the simulated 情報提供ネットワーク's agencies");
      out.put("agencyTokens", tokens);
      Files.writeString(
          dir.resolve("network-agencies.json"),
          Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(out));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot export to " + dir, e);
    }
  }

  /**
   * The network operator's knobs of {@code world up}: agency tokens, and data the agencies hold.
   */
  private record Operator(
      InformationProvisionNetwork network,
      Map<String, InMemoryProvider> providers,
      Map<String, String> tokens) {

    HttpEndpoint.Builder routes(HttpEndpoint.Builder b) {
      return b.get("/admin/v1/agency-tokens", r -> HttpResponse.ok(tokens))
          .post("/admin/v1/holdings", this::hold);
    }

    private HttpResponse hold(HttpRequest r) {
      JsonNode body = JsonFields.object(r.json());
      String agency = JsonFields.text(body, "agency");
      InMemoryProvider provider = providers.get(agency);
      if (provider == null) {
        throw new ProblemException(
            Problem.invalidField(
                "/agency", "not a providing agency; one of " + providers.keySet()));
      }
      String item = JsonFields.text(body, "item");
      if (!network.agencies().agency(agency).orElseThrow().holds(item)) {
        throw new ProblemException(
            Problem.invalidField("/item", agency + " does not provide " + item));
      }
      JsonNode data = body.get("data");
      if (data == null || !data.isObject()) {
        throw new ProblemException(
            Problem.invalidField("/data", "data must be an object of strings"));
      }
      Map<String, String> values = new LinkedHashMap<>();
      data.fields().forEachRemaining(f -> values.put(f.getKey(), f.getValue().asText()));
      var code = network.obtainCode(agency, JsonFields.text(body, "juminhyoCode"));
      provider.hold(code, item, values);
      return HttpResponse.json(201, Map.of("agency", agency, "item", item));
    }
  }
}
