package dev.mynalab.card.personalisation;

import java.security.PublicKey;
import java.security.cert.X509Certificate;

/**
 * The port through which issuance asks a JPKI CA to certify the keys the card generated. The card
 * module implements it with its small {@link TestJpkiIssuer}; the {@code world} module plugs in the
 * CA simulator (署名用 / 利用者証明用 CAs) with a few lines of adapter.
 */
public interface JpkiCertifier {

  /** 利用者証明用電子証明書 for the card's key 0017. */
  X509Certificate certifyAuthentication(PublicKey key, HolderData holder);

  /** 署名用電子証明書 (基本4情報 in the SAN) for the card's key 001A. */
  X509Certificate certifySigning(PublicKey key, HolderData holder);

  /** The CA certificate written to EF 000B. */
  X509Certificate authenticationCa();

  /** The CA certificate written to EF 0002. */
  X509Certificate signingCa();
}
