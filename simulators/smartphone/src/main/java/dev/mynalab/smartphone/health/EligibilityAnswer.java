package dev.mynalab.smartphone.health;

import java.util.List;

/**
 * What the facility's reader learnt from a presented phone: whether its user certificate proved the
 * holder (the insurance lookup itself is the health-insurance relying party's business).
 *
 * @param accepted whether the phone's user certificate was accepted
 * @param code {@code AUTHENTICATED}, or the relying party's refusal code ({@code
 *     CERTIFICATE_REJECTED} …)
 * @param platform {@code android} or {@code iphone} (from the certificate's TEST marker)
 * @param reasons the verifier's reasons, the decisive one first
 */
public record EligibilityAnswer(
    boolean accepted, String code, String platform, List<String> reasons) {}
