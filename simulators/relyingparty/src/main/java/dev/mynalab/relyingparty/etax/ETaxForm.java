package dev.mynalab.relyingparty.etax;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mynalab.kit.fixtures.Json;
import dev.mynalab.kit.problem.Problem;
import dev.mynalab.kit.problem.ProblemException;

/**
 * The signed content of a submission, a small JSON document (a simulation of e-Tax's XML 帳票): a
 * {@code registration} (利用者識別番号の登録: binds the signer's certificate) or a {@code return} (申告書データ
 * naming the 利用者識別番号). Anything else is bad input — a 422 problem pointing at the field.
 *
 * @param form {@code registration} or {@code return}
 * @param userId the 利用者識別番号 (16 digits) a return is filed under; null for a registration
 * @param taxYear the year of the return (a registration has none)
 */
public record ETaxForm(String form, String userId, Integer taxYear) {

  public static final String REGISTRATION = "registration";
  public static final String RETURN = "return";

  /** Parses the signed content. */
  public static ETaxForm parse(byte[] content) {
    JsonNode node;
    try {
      node = Json.mapper().readTree(content);
    } catch (java.io.IOException e) {
      throw new ProblemException(
          Problem.invalidField("/document", "the signed content is not a JSON e-Tax form"));
    }
    if (node == null || !node.isObject()) {
      throw new ProblemException(
          Problem.invalidField("/document", "the signed content is not a JSON e-Tax form"));
    }
    String form = node.path("form").asText(null);
    if (REGISTRATION.equals(form)) {
      return new ETaxForm(REGISTRATION, null, null);
    }
    if (!RETURN.equals(form)) {
      throw new ProblemException(
          Problem.invalidField(
              "/document/form", "form must be \"registration\" or \"return\", got " + form));
    }
    String userId = node.path("userId").asText(null);
    if (userId == null || !userId.matches("\\d{16}")) {
      throw new ProblemException(
          Problem.invalidField("/document/userId", "a return names a 16-digit 利用者識別番号"));
    }
    JsonNode year = node.path("taxYear");
    if (!year.canConvertToInt() || year.asInt() < 2000 || year.asInt() > 2100) {
      throw new ProblemException(
          Problem.invalidField("/document/taxYear", "taxYear must be a year 2000..2100"));
    }
    return new ETaxForm(RETURN, userId, year.asInt());
  }
}
