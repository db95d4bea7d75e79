package dev.mynalab.relyingparty.platform;

import java.util.List;

/**
 * What the platform operator tells a business about a login with the 利用者証明用電子証明書: only that it is
 * the person (seed: 公的個人認証制度の概要②: "利用者本人であることのみを証明する"). The certificate carries no 基本4情報, so there
 * are none to pass on.
 *
 * @param authenticated whether the login succeeded
 * @param outcome the verifier's login outcome (AUTHENTICATED, BAD_SIGNATURE, CERTIFICATE_REJECTED
 *     …)
 * @param reasons the verifier's reasons
 * @param certificateCarriesBasicFour whether the presented certificate held 基本4情報 at all (a user
 *     certificate never does)
 */
public record LoginAnswer(
    String business,
    boolean authenticated,
    String outcome,
    List<String> reasons,
    boolean certificateCarriesBasicFour) {}
