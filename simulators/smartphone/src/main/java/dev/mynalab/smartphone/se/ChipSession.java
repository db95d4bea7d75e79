package dev.mynalab.smartphone.se;

import dev.mynalab.card.applet.Aids;
import dev.mynalab.card.client.CardClient;
import dev.mynalab.card.personalisation.CertificateSlot;
import dev.mynalab.card.personalisation.KeyPurpose;
import dev.mynalab.card.personalisation.SecretRef;
import dev.mynalab.card.sim.MynaCard;
import dev.mynalab.card.transport.InProcessTransport;
import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Optional;

/**
 * The holder-side APDU conversation with a JPKI chip — the card in the holder's hand or the phone's
 * secure element, which run the same applets (card-interface.md §3): verify a secret, read a
 * certificate, have a key sign. Every APDU goes through the chip's journal.
 */
public final class ChipSession {

  /** A signature the chip made, or its refusal. */
  public record Signed(byte[] signature, int sw) {
    public boolean ok() {
      return sw == 0x9000;
    }
  }

  private final CardClient client;
  private byte[] selected;

  private ChipSession(CardClient client) {
    this.client = client;
  }

  /** Selects {@code aid} unless it is selected: selecting an AP again would clear its PIN state. */
  private void select(byte[] aid) {
    if (selected == null || !java.util.Arrays.equals(selected, aid)) {
      client.selectAp(aid);
      selected = aid.clone();
    }
  }

  /** A fresh session (the chip is reset: no secret is verified, no AP selected). */
  public static ChipSession open(MynaCard chip) {
    chip.reset();
    return new ChipSession(new CardClient(new InProcessTransport(chip)));
  }

  /** Tries left for {@code secret} (0 = locked; -1 when the chip gave another answer). */
  public int triesLeft(SecretRef secret) {
    select(secret.aid());
    return client.triesLeft(secret.fid());
  }

  /** VERIFY {@code secret} with {@code value}; the status word (9000, 63Cx, 6984 …). */
  public int verify(SecretRef secret, String value) {
    select(secret.aid());
    return client.verify(secret.fid(), value);
  }

  /** The certificate in {@code slot} of the JPKI AP (the signing one needs its password first). */
  public Optional<X509Certificate> certificate(CertificateSlot slot) {
    select(Aids.JPKI);
    CardClient.Read r = client.readAll(slot.fid());
    if (!r.ok() || r.data().length == 0) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          (X509Certificate)
              CertificateFactory.getInstance("X.509")
                  .generateCertificate(new ByteArrayInputStream(r.data())));
    } catch (GeneralSecurityException e) {
      return Optional.empty();
    }
  }

  /**
   * Has {@code key} sign SHA-256 of {@code data} (PKCS#1 v1.5 over a DigestInfo, as the card does
   * for JPKI clients); the key's PIN must have been verified in this session.
   */
  public Signed signSha256(KeyPurpose key, byte[] data) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(data);
      select(Aids.JPKI);
      var r = client.sign(key.keyFid(), CardClient.sha256DigestInfo(hash));
      return new Signed(r.getData(), r.getSW());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is required by the Java platform", e);
    }
  }

  /** EF {@code fid} of the AP {@code aid} (e.g. the 券面事項入力補助AP's 基本4情報 EF 0002). */
  public CardClient.Read read(byte[] aid, int fid) {
    select(aid);
    return client.readAll(fid);
  }
}
