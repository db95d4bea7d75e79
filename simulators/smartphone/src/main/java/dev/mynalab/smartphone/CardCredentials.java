package dev.mynalab.smartphone;

import java.util.Objects;

/**
 * What the holder enters about the card while loading: the card's 署名用パスワード (SP-01, SP-02), and for
 * an iPhone also the card's 券面事項入力補助用暗証番号 (SP-02). {@link #toString()} never shows a value.
 *
 * @param signPassword the card's signing password
 * @param textPin the card's 券面事項入力補助用暗証番号, or null (not asked on Android)
 */
public record CardCredentials(String signPassword, String textPin) {

  public CardCredentials {
    Objects.requireNonNull(signPassword, "signPassword");
  }

  /** Android: the signing password only. */
  public static CardCredentials signingPassword(String signPassword) {
    return new CardCredentials(signPassword, null);
  }

  @Override
  public String toString() {
    return "CardCredentials[****" + (textPin == null ? "" : ", ****") + "]";
  }
}
