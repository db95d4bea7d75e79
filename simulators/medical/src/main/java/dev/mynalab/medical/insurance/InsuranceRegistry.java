package dev.mynalab.medical.insurance;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.mynalab.kit.fixtures.Fixtures;
import dev.mynalab.kit.problem.Problem;
import dev.mynalab.kit.problem.ProblemException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The insurers' eligibility records as the オンライン資格確認等システム holds them: who is insured where (保険者番号,
 * 記号・番号) from when to when. The link from the card is the person (the マイナ保険証 利用登録 ties the user
 * certificate's holder to the 被保険者 record). Insurers come from {@value #FIXTURE}; enrolments are
 * added per scenario.
 */
public final class InsuranceRegistry {

  public static final String FIXTURE = "fixtures/insurers.yaml";

  /** One insurer of the fixture. */
  public record Insurer(String number, String name, String kind) {}

  /**
   * One 資格: insured with {@code insurer} under 記号 {@code symbol} and 番号 {@code number} from {@code
   * from} to {@code to} (inclusive; null while open).
   */
  public record Enrolment(
      String personId,
      Insurer insurer,
      String symbol,
      String number,
      LocalDate from,
      LocalDate to) {
    public boolean coversOn(LocalDate date) {
      return !date.isBefore(from) && (to == null || !date.isAfter(to));
    }
  }

  private final Map<String, Insurer> insurers = new LinkedHashMap<>();
  private final Map<String, List<Enrolment>> byPerson = new ConcurrentHashMap<>();

  public InsuranceRegistry(List<Insurer> insurers) {
    for (Insurer i : insurers) {
      if (i.number() == null || !i.number().matches("[0-9]{6}|[0-9]{8}")) {
        throw new IllegalArgumentException("保険者番号 must be 6 (国保) or 8 digits, got " + i.number());
      }
      this.insurers.put(i.number(), i);
    }
  }

  public static InsuranceRegistry fromFixture() {
    return new InsuranceRegistry(Fixtures.load(FIXTURE, new TypeReference<List<Insurer>>() {}));
  }

  public Optional<Insurer> insurer(String number) {
    return Optional.ofNullable(insurers.get(number));
  }

  /**
   * Records a 資格.
   *
   * @throws ProblemException 422 naming the field for an unknown insurer or bad dates
   */
  public Enrolment enrol(
      String personId,
      String insurerNumber,
      String symbol,
      String number,
      LocalDate from,
      LocalDate to) {
    Insurer insurer =
        insurer(insurerNumber)
            .orElseThrow(
                () ->
                    new ProblemException(
                        Problem.invalidField("/insurerNumber", "no insurer " + insurerNumber)));
    if (number == null || number.isBlank()) {
      throw new ProblemException(Problem.invalidField("/number", "番号 is required"));
    }
    if (from == null || (to != null && to.isBefore(from))) {
      throw new ProblemException(Problem.invalidField("/to", "coverage must end after it starts"));
    }
    Enrolment e = new Enrolment(personId, insurer, symbol, number, from, to);
    byPerson.computeIfAbsent(personId, k -> new ArrayList<>()).add(e);
    return e;
  }

  /** The 資格 covering {@code date}, the newest first. */
  public Optional<Enrolment> coverageOn(String personId, LocalDate date) {
    List<Enrolment> list = byPerson.getOrDefault(personId, List.of());
    for (int i = list.size() - 1; i >= 0; i--) {
      if (list.get(i).coversOn(date)) {
        return Optional.of(list.get(i));
      }
    }
    return Optional.empty();
  }

  public void reset() {
    byPerson.clear();
  }
}
