package dev.mynalab.card.personalisation;

import dev.mynalab.kit.random.WorldSeed;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.macs.CMac;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * The issuing authority's master key and its per-card diversification: {@code K_card =
 * AES-CMAC(K_master, "MYNALAB-TEST-DIV" || serial)} (NIST SP 800-108-style, one block of derivation
 * data per card). The card manufacturer loads K_card into each card; the issuer recomputes it from
 * the serial that the card announces in INITIALIZE UPDATE, so one leaked card key opens one card
 * only. TEST keys: derived from the world seed.
 */
public final class IssuerKeys {

  private static final byte[] LABEL = "MYNALAB-TEST-DIV".getBytes(StandardCharsets.US_ASCII);

  private final byte[] master;

  private IssuerKeys(byte[] master) {
    if (master.length != 16) {
      throw new IllegalArgumentException("the issuer master key is AES-128 (16 bytes)");
    }
    this.master = master.clone();
  }

  /** A TEST master key drawn from the world seed's stream {@code card.issuer-master-key}. */
  public static IssuerKeys fromSeed(WorldSeed seed) {
    byte[] k = new byte[16];
    seed.secureRandom("card.issuer-master-key").nextBytes(k);
    return new IssuerKeys(k);
  }

  public static IssuerKeys of(byte[] master) {
    return new IssuerKeys(master);
  }

  /** The diversified key of the card with this 16-byte serial. */
  public byte[] cardKey(byte[] serial) {
    if (serial.length != 16) {
      throw new IllegalArgumentException("card serial must be 16 bytes");
    }
    CMac mac = new CMac(AESEngine.newInstance());
    mac.init(new KeyParameter(master));
    mac.update(LABEL, 0, LABEL.length);
    mac.update(serial, 0, serial.length);
    byte[] out = new byte[16];
    mac.doFinal(out, 0);
    return out;
  }

  public byte[] cardKey(String serial) {
    return cardKey(serial.getBytes(StandardCharsets.US_ASCII));
  }

  @Override
  public String toString() {
    return "IssuerKeys[TEST, master hidden]";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IssuerKeys other && Arrays.equals(master, other.master);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(master);
  }
}
