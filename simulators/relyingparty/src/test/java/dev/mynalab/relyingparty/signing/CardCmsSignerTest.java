package dev.mynalab.relyingparty.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mynalab.card.transport.ApduTransport;
import dev.mynalab.kit.clock.WorldClock;
import java.math.BigInteger;
import java.security.KeyPairGenerator;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.ResponseAPDU;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;

/**
 * The card's refusal to sign surfaces as {@link CardRefused}, whatever Bouncy Castle wraps it in.
 */
class CardCmsSignerTest {

  /** A card that accepts everything but refuses COMPUTE DIGITAL SIGNATURE with 6982. */
  private static ApduTransport cardRefusingToSign(byte[] certificate) {
    return new ApduTransport() {
      private boolean read;

      @Override
      public ResponseAPDU transmit(CommandAPDU c) {
        if (c.getINS() == 0x2A) {
          return new ResponseAPDU(new byte[] {0x69, (byte) 0x82});
        }
        if (c.getINS() == 0xB0) {
          int offset = (c.getP1() << 8) | c.getP2();
          byte[] chunk =
              Arrays.copyOfRange(
                  certificate,
                  Math.min(offset, certificate.length),
                  Math.min(offset + 256, certificate.length));
          byte[] out = Arrays.copyOf(chunk, chunk.length + 2);
          out[chunk.length] = (byte) 0x90;
          read = true;
          return new ResponseAPDU(out);
        }
        return new ResponseAPDU(new byte[] {(byte) 0x90, 0x00});
      }

      @Override
      public String name() {
        return "refusing";
      }
    };
  }

  @Test
  void aRefusalInsideTheSignatureIsACardRefusal() throws Exception {
    var keys = KeyPairGenerator.getInstance("RSA").generateKeyPair();
    Date from = new Date(1_700_000_000_000L);
    Date to = new Date(1_900_000_000_000L);
    byte[] cert =
        new JcaX509v3CertificateBuilder(
                new X500Name("CN=TEST"),
                BigInteger.ONE,
                from,
                to,
                new X500Name("CN=TEST"),
                keys.getPublic())
            .build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate()))
            .getEncoded();
    CardCmsSigner signer = new CardCmsSigner(WorldClock.frozenAt(LocalDate.of(2026, 4, 1)));
    assertThatThrownBy(
            () -> signer.sign(cardRefusingToSign(cert), JpkiKey.SIGNING, "ABC123", new byte[] {1}))
        .isInstanceOf(CardRefused.class)
        .satisfies(e -> assertThat(((CardRefused) e).statusWord()).isEqualTo(0x6982));
  }
}
