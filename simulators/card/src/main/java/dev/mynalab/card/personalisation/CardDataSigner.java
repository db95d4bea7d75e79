package dev.mynalab.card.personalisation;

import dev.mynalab.kit.random.WorldSeed;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;

/**
 * The issuer's TEST key that signs the card-face data (券面事項入力補助AP EF 0003 DF33, 券面AP DF28 …),
 * standing in for J-LIS's key certified by the CV certificate of card-interface.md §6. RSA-2048,
 * SHA256withRSA, drawn from the world seed.
 */
public final class CardDataSigner {

  private final KeyPair keyPair;

  private CardDataSigner(KeyPair keyPair) {
    this.keyPair = keyPair;
  }

  public static CardDataSigner fromSeed(WorldSeed seed) {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
      g.initialize(2048, TestRandom.forPurpose(seed, "card.data-signer"));
      return new CardDataSigner(g.generateKeyPair());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("RSA is required by the Java platform", e);
    }
  }

  public byte[] sign(byte[]... parts) {
    try {
      Signature s = Signature.getInstance("SHA256withRSA");
      s.initSign(keyPair.getPrivate());
      for (byte[] p : parts) {
        s.update(p);
      }
      return s.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  public RSAPublicKey publicKey() {
    return (RSAPublicKey) keyPair.getPublic();
  }
}
