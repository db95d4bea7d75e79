package dev.mynalab.medical.eligibility;

import java.time.LocalDate;
import java.util.List;

/**
 * The answer of one オンライン資格確認.
 *
 * @param eligible whether a 資格 covers today
 * @param operation {@code pilot} (2021-03-04 … 2021-10-19) or {@code full} (from 2021-10-20, HI-01)
 * @param identity the method that confirmed the patient: face, pin or visual
 * @param insurerNumber 保険者番号, null when not eligible
 * @param symbol 記号
 * @param number 番号
 * @param historySharing whether 薬剤情報・診療情報 may be shared with the facility (not during the EC-06
 *     grace period after the certificate expired)
 * @param notes why, in the service's words (e.g. the EC-06 grace period and its last day)
 */
public record EligibilityAnswer(
    boolean eligible,
    String operation,
    String identity,
    String insurerNumber,
    String insurerName,
    String symbol,
    String number,
    LocalDate coverageFrom,
    LocalDate coverageTo,
    boolean historySharing,
    List<String> notes) {}
