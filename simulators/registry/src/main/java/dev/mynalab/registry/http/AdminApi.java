package dev.mynalab.registry.http;

import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.kit.http.AdminPlane;
import dev.mynalab.kit.http.HttpEndpoint;
import dev.mynalab.kit.http.HttpRequest;
import dev.mynalab.kit.http.HttpResponse;
import dev.mynalab.kit.journal.Journal;
import dev.mynalab.registry.ResidentRegistry;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The admin plane (DESIGN.md principle 3), apart from the protocol: the kit's {@link AdminPlane}
 * (health with the register's counts, the world clock, the journal; reset empties the register and
 * the journal) and the rule book's parameters. Never exposed with the clerks' API.
 *
 * <pre>
 * GET  /admin/rulebook             → parameters and the rules in force today
 * </pre>
 */
final class AdminApi {

  private final ResidentRegistry registry;
  private final WorldClock clock;
  private final AdminPlane plane;

  AdminApi(ResidentRegistry registry, WorldClock clock, Journal journal) {
    this.registry = registry;
    this.clock = clock;
    this.plane =
        AdminPlane.of("registry", clock, journal, () -> registry.store().reset())
            .withHealth(
                () ->
                    Map.of(
                        "residents", registry.store().residentCount(),
                        "events", registry.store().eventCount()));
  }

  HttpEndpoint.Builder routes(HttpEndpoint.Builder b) {
    return plane.routes(b).get("/admin/rulebook", this::rulebook);
  }

  HttpResponse rulebook(HttpRequest request) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("parameters", registry.rules().describeParameters());
    out.put("today", clock.today());
    out.put("rulesInForce", registry.rules().rulesInForceOn(clock.today()));
    return HttpResponse.ok(out);
  }
}
