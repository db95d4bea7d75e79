package dev.mynalab.registry.http;

import dev.mynalab.kit.http.HttpRequest;
import dev.mynalab.kit.http.HttpResponse;
import dev.mynalab.kit.problem.Problem;
import dev.mynalab.kit.problem.ProblemException;
import dev.mynalab.registry.ResidentRegistry;
import dev.mynalab.registry.api.Requests;
import dev.mynalab.registry.resident.Resident;
import java.util.Map;
import java.util.function.Function;

/**
 * The protocol plane: the clerks' 届出 and the 住基ネット queries as JSON over HTTP, a thin adapter over
 * {@link ResidentRegistry}. Request bodies bind to {@link Requests} records; every refusal is a
 * problem document (the kit maps it), 4xx with a pointer at the field.
 *
 * <pre>
 * POST /registry/v1/births | move-outs | move-ins | moves-within | emigrations | arrivals | deaths
 *      | name-changes | corrections | my-number-changes | resident-code-changes | cards
 *      | continued-use | deadline-sweeps
 * GET  /registry/v1/residents/{住民票コード}[/events | /fuhyo | /removed-records]
 * GET  /registry/v1/my-numbers/{個人番号}
 * GET  /registry/v1/municipalities[/{code}]
 * </pre>
 */
final class RegistryApi {

  static final String BASE = "/registry/v1/";

  private final ResidentRegistry registry;
  private final Map<String, Function<HttpRequest, Object>> commands;

  RegistryApi(ResidentRegistry registry) {
    this.registry = registry;
    this.commands =
        Map.ofEntries(
            Map.entry("births", r -> registry.birth(r.json(Requests.Birth.class))),
            Map.entry("move-outs", r -> registry.moveOut(r.json(Requests.MoveOut.class))),
            Map.entry("move-ins", r -> registry.moveIn(r.json(Requests.MoveIn.class))),
            Map.entry("moves-within", r -> registry.moveWithin(r.json(Requests.MoveWithin.class))),
            Map.entry("emigrations", r -> registry.emigrate(r.json(Requests.Emigration.class))),
            Map.entry("arrivals", r -> registry.arriveFromAbroad(r.json(Requests.Arrival.class))),
            Map.entry("deaths", r -> registry.death(r.json(Requests.Death.class))),
            Map.entry("name-changes", r -> registry.changeName(r.json(Requests.NameChange.class))),
            Map.entry("corrections", r -> registry.correct(r.json(Requests.Correction.class))),
            Map.entry(
                "my-number-changes",
                r -> registry.changeMyNumber(r.json(Requests.MyNumberChange.class))),
            Map.entry(
                "resident-code-changes",
                r -> registry.changeResidentCode(r.json(Requests.ResidentCodeChange.class))),
            Map.entry("cards", r -> registry.recordCardIssued(r.json(Requests.CardIssue.class))),
            Map.entry(
                "continued-use", r -> registry.continuedUse(r.json(Requests.ContinuedUse.class))),
            Map.entry("deadline-sweeps", r -> registry.sweepDeadlines()));
  }

  HttpResponse post(HttpRequest request) {
    String name = request.path().substring(BASE.length());
    Function<HttpRequest, Object> command = commands.get(name);
    if (command == null) {
      throw new ProblemException(Problem.notFound("no such 届出: " + request.path()));
    }
    if (!name.equals("deadline-sweeps")) {
      requireJsonBody(request);
    }
    Object result = command.apply(request);
    int status = result instanceof Resident r && r.version() == 1 ? 201 : 200;
    return HttpResponse.json(status, result);
  }

  HttpResponse get(HttpRequest request) {
    String[] parts = request.path().substring(BASE.length()).split("/");
    switch (parts[0]) {
      case "residents" -> {
        if (parts.length < 2) {
          break;
        }
        String code = parts[1];
        if (parts.length == 2) {
          return HttpResponse.ok(
              registry
                  .find(code)
                  .orElseThrow(
                      () ->
                          new ProblemException(
                              Problem.notFound("no person has the 住民票コード " + code))));
        }
        if (parts.length == 3) {
          switch (parts[2]) {
            case "events" -> {
              return HttpResponse.ok(registry.history(code));
            }
            case "fuhyo" -> {
              return HttpResponse.ok(registry.fuhyo(code));
            }
            case "removed-records" -> {
              return HttpResponse.ok(registry.removedRecords(code));
            }
            default -> {}
          }
        }
      }
      case "my-numbers" -> {
        if (parts.length == 2) {
          return HttpResponse.ok(
              registry
                  .findByMyNumber(parts[1])
                  .orElseThrow(
                      () -> new ProblemException(Problem.notFound("no person has this 個人番号"))));
        }
      }
      case "municipalities" -> {
        if (parts.length == 1) {
          return HttpResponse.ok(registry.municipalities().all());
        }
        if (parts.length == 2) {
          return HttpResponse.ok(
              registry
                  .municipalities()
                  .find(parts[1])
                  .orElseThrow(
                      () ->
                          new ProblemException(
                              Problem.notFound("unknown municipality " + parts[1]))));
        }
      }
      default -> {}
    }
    throw new ProblemException(Problem.notFound("no such resource: " + request.path()));
  }

  private static void requireJsonBody(HttpRequest request) {
    if (request.body().length == 0) {
      throw new ProblemException(Problem.malformed("the request body is empty; JSON expected"));
    }
    request.json(); // malformed JSON → 400 before binding
    if (!request.json().isObject()) {
      throw new ProblemException(Problem.malformed("the request body must be a JSON object"));
    }
  }
}
