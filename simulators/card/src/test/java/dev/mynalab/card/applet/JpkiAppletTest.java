package dev.mynalab.card.applet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mynalab.card.CardFixtures;
import dev.mynalab.card.client.CardClient;
import dev.mynalab.card.personalisation.TestCards.IssuedCard;
import dev.mynalab.card.transport.InProcessTransport;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.ResponseAPDU;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JpkiAppletTest {

  // one card for the tests that leave it as issued; the two that change it get their own
  private static IssuedCard shared;
  private IssuedCard issued;
  private CardClient client;

  @BeforeAll
  static void issueShared() {
    shared = CardFixtures.issue(CardFixtures.journal());
  }

  @BeforeEach
  void insert() {
    use(shared);
  }

  private void use(IssuedCard card) {
    issued = card;
    issued.card().reset();
    client = new CardClient(new InProcessTransport(issued.card()));
    assertThat(client.selectJpki()).isEqualTo(0x9000);
  }

  private void useFreshCard() {
    use(CardFixtures.issue(CardFixtures.journal()));
  }

  @Test
  void authenticationCertificateIsFreeAndExactlyTheIssuedOne() throws Exception {
    CardClient.Read r = client.readAll(0x000A);
    assertThat(r.sw()).isEqualTo(0x9000);
    assertThat(r.data()).isEqualTo(issued.authenticationCertificate().getEncoded());
  }

  @Test
  void signingCertificateNeedsThePassword() throws Exception {
    assertThat(client.readAll(0x0001).sw()).isEqualTo(0x6982);
    assertThat(client.verify(0x001B, CardFixtures.SIGN_PASSWORD)).isEqualTo(0x9000);
    assertThat(client.readAll(0x0001).data()).isEqualTo(issued.signingCertificate().getEncoded());
  }

  @Test
  void tokenInfoCarriesTheMyNumberCardLabel() {
    byte[] token = client.readAll(0x0006).data();
    assertThat(token).hasSize(160);
    assertThat(new String(token, 0, 32, StandardCharsets.US_ASCII))
        .isEqualTo(String.format("%-32s", "JPKIAPICCTOKEN2"));
    assertThat(client.readAll(0x0008).data()).containsExactly(0x8F, 0x8F, 0x00);
  }

  @Test
  void signsADigestInfoThatTheCertificatesKeyVerifies() throws Exception {
    byte[] message = "TEST message".getBytes(StandardCharsets.UTF_8);
    byte[] hash = MessageDigest.getInstance("SHA-256").digest(message);
    byte[] di = CardClient.sha256DigestInfo(hash);
    assertThat(client.sign(0x0017, di).getSW()).isEqualTo(0x6982);
    assertThat(client.verify(0x0018, CardFixtures.AUTH_PIN)).isEqualTo(0x9000);
    ResponseAPDU r = client.sign(0x0017, di);
    assertThat(r.getSW()).isEqualTo(0x9000);
    assertThat(r.getData()).hasSize(256);
    Signature v = Signature.getInstance("SHA256withRSA");
    v.initVerify(issued.authenticationCertificate().getPublicKey());
    v.update(message);
    assertThat(v.verify(r.getData())).isTrue();
    // the verified PIN of the auth key does not open the signing key
    assertThat(client.sign(0x001A, di).getSW()).isEqualTo(0x6982);
  }

  @Test
  void signingKeySignsAfterThePassword() throws Exception {
    byte[] hash = MessageDigest.getInstance("SHA-256").digest(new byte[] {1, 2, 3});
    assertThat(client.verify(0x001B, CardFixtures.SIGN_PASSWORD)).isEqualTo(0x9000);
    ResponseAPDU r = client.sign(0x001A, CardClient.sha256DigestInfo(hash));
    assertThat(r.getSW()).isEqualTo(0x9000);
    Signature v = Signature.getInstance("SHA256withRSA");
    v.initVerify(issued.signingCertificate().getPublicKey());
    v.update(new byte[] {1, 2, 3});
    assertThat(v.verify(r.getData())).isTrue();
  }

  @Test
  void threeWrongPinsBlockTheAuthenticationPinAndTheQueryConsumesNothing() {
    useFreshCard();
    assertThat(client.triesLeft(0x0018)).isEqualTo(3);
    assertThat(client.triesLeft(0x0018)).isEqualTo(3);
    assertThat(client.verify(0x0018, "0000")).isEqualTo(0x63C2);
    assertThat(client.verify(0x0018, "0001")).isEqualTo(0x63C1);
    assertThat(client.verify(0x0018, "0002")).isEqualTo(0x63C0);
    assertThat(client.verify(0x0018, CardFixtures.AUTH_PIN)).isEqualTo(0x6984);
    assertThat(client.triesLeft(0x0018)).isZero();
    // a power cycle does not restore tries
    issued.card().reset();
    client.selectJpki();
    assertThat(client.triesLeft(0x0018)).isZero();
    // the other PIN is not affected (PN-02)
    assertThat(client.triesLeft(0x001B)).isEqualTo(5);
  }

  @Test
  void correctPinRestoresTheCounterBeforeTheLock() {
    assertThat(client.verify(0x0018, "9999")).isEqualTo(0x63C2);
    assertThat(client.verify(0x0018, CardFixtures.AUTH_PIN)).isEqualTo(0x9000);
    assertThat(client.triesLeft(0x0018)).isEqualTo(3);
  }

  @Test
  void holderChangesThePinWithChangeReferenceData() {
    useFreshCard();
    byte[] change = "4321".getBytes(StandardCharsets.US_ASCII);
    assertThat(client.selectEf(0x0018)).isEqualTo(0x9000);
    assertThat(client.send(new CommandAPDU(0x00, 0x24, 0x01, 0x80, change)).getSW())
        .isEqualTo(0x6982);
    assertThat(client.verify(CardFixtures.AUTH_PIN)).isEqualTo(0x9000);
    assertThat(client.send(new CommandAPDU(0x00, 0x24, 0x01, 0x80, "12a4".getBytes())).getSW())
        .isEqualTo(0x6A80);
    assertThat(client.send(new CommandAPDU(0x00, 0x24, 0x01, 0x80, change)).getSW())
        .isEqualTo(0x9000);
    client.selectJpki();
    assertThat(client.verify(0x0018, CardFixtures.AUTH_PIN)).isEqualTo(0x63C2);
    assertThat(client.verify(0x0018, "4321")).isEqualTo(0x9000);
  }

  @Test
  void reselectingTheApClearsTheVerifiedState() {
    assertThat(client.verify(0x0018, CardFixtures.AUTH_PIN)).isEqualTo(0x9000);
    client.selectJpki();
    assertThat(client.sign(0x0017, new byte[51]).getSW()).isEqualTo(0x6982);
  }

  @Test
  void readBinaryEdgeCases() {
    assertThat(client.selectEf(0x0008)).isEqualTo(0x9000);
    assertThat(client.send(new CommandAPDU(0x00, 0xB0, 0x00, 0x03, 1)).getSW()).isEqualTo(0x6B00);
    assertThat(client.send(new CommandAPDU(0x00, 0xB0, 0x00, 0x01, 10)).getData()).hasSize(2);
    assertThat(client.selectEf(0x0018)).isEqualTo(0x9000);
    assertThat(client.send(new CommandAPDU(0x00, 0xB0, 0x00, 0x00, 4)).getSW()).isEqualTo(0x6981);
    assertThat(client.selectEf(0x0099)).isEqualTo(0x6A82);
    // short EF identifier: 00 B0 8A 00 reads EF 000A
    assertThat(client.send(new CommandAPDU(0x00, 0xB0, 0x8A, 0x00, 4)).getData()[0])
        .isEqualTo((byte) 0x30);
  }

  @Test
  void extendedLeReadsTheWholeCertificateInOneApdu() throws Exception {
    byte[] cert = issued.authenticationCertificate().getEncoded();
    assertThat(client.selectEf(0x000A)).isEqualTo(0x9000);
    // 00 B0 00 04 00 LL LL: the rest of the certificate after its 4-byte header (TEX2E transcript)
    ResponseAPDU r = client.send(new CommandAPDU(0x00, 0xB0, 0x00, 0x04, cert.length - 4));
    assertThat(r.getSW()).isEqualTo(0x9000);
    assertThat(r.getData()).isEqualTo(java.util.Arrays.copyOfRange(cert, 4, cert.length));
    // an extended Lc is refused rather than misread
    assertThat(client.send(new CommandAPDU(0x00, 0x20, 0x00, 0x80, new byte[300])).getSW())
        .isEqualTo(0x6700);
  }

  @Test
  void getChallengeAnswersFreshRandomBytes() {
    ResponseAPDU a = client.send(new CommandAPDU(0x00, 0x84, 0x00, 0x00, 16));
    ResponseAPDU b = client.send(new CommandAPDU(0x00, 0x84, 0x00, 0x00, 16));
    assertThat(a.getData()).hasSize(16).isNotEqualTo(b.getData());
  }

  @Test
  void unknownAidIs6A82AndKeepsTheCurrentAp() {
    assertThat(client.selectAp(new byte[] {(byte) 0xA0, 0, 0, 0, 0x63, 1, 2})).isEqualTo(0x6A82);
    assertThat(client.readAll(0x000A).sw()).isEqualTo(0x9000);
  }

  @Test
  void parsesAsX509() throws Exception {
    X509Certificate c =
        (X509Certificate)
            CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(client.readAll(0x000B).data()));
    assertThat(c.getSubjectX500Principal().getName()).contains("O=JPKI-TEST");
  }
}
