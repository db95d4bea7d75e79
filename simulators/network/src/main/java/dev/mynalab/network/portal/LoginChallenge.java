package dev.mynalab.network.portal;

import java.time.Instant;

/**
 * A login challenge: random bytes the user's card signs with the 利用者証明用秘密鍵. Single use and
 * short-lived, so a captured signature cannot be replayed.
 */
public record LoginChallenge(String id, byte[] nonce, Instant expiresAt) {

  public LoginChallenge {
    nonce = nonce.clone();
  }

  @Override
  public byte[] nonce() {
    return nonce.clone();
  }
}
