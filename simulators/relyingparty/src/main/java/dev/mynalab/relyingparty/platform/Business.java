package dev.mynalab.relyingparty.platform;

/**
 * A private business behind the プラットフォーム事業者 (seed: 民間事業者における公的個人認証サービスの活用（プラットフォーム事業者とみなし署名検証者）).
 *
 * @param id a readable key (fixture data)
 * @param name the business's name
 * @param service what it uses the card for (e.g. 新規証券口座開設, 住宅ローン契約)
 * @param deemedSignatureVerifier whether it is a みなし署名検証者 (公的個人認証法 第17条): only then does it receive
 *     signature verification results and the 基本4情報; otherwise it may only use login (利用者証明)
 */
public record Business(String id, String name, String service, boolean deemedSignatureVerifier) {}
