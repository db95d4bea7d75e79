package dev.mynalab.relyingparty.platform;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the platform operator tells a みなし署名検証者 about an application signed with the card.
 *
 * @param business the business asking
 * @param valid whether the signature and the 署名用電子証明書 are good
 * @param status the verifier's status (VALID, REVOKED, EXPIRED, WRONG_PURPOSE, INVALID_SIGNATURE …)
 * @param reasons the verifier's reasons
 * @param basicFour 氏名・住所・生年月日・性別 from the signing certificate (keys name, address, dateOfBirth,
 *     sex); only when valid, otherwise null
 * @param signingTime the signed signingTime
 */
public record SignatureAnswer(
    String business,
    boolean valid,
    String status,
    List<String> reasons,
    Map<String, String> basicFour,
    Instant signingTime) {}
