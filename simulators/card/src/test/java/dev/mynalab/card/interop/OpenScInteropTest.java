package dev.mynalab.card.interop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mynalab.card.CardFixtures;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * OpenSC, unmodified, against the simulated card in the vpcd reader: the card is recognised as
 * {@code jpki}, its PKCS#15 emulation lists and reads the certificates, and PKCS#11 signs with both
 * keys so that openssl verifies with the issued certificates (card-interface.md §4).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenScInteropTest {

  private ServedCard served;
  @TempDir Path tmp;

  @BeforeAll
  void serve() throws Exception {
    Pcsc.require();
    served = new ServedCard();
  }

  @AfterAll
  void stop() throws Exception {
    if (served != null) {
      served.close();
    }
  }

  @Test
  void openscNamesTheCardJpki() {
    Pcsc.Result r = Pcsc.run("opensc-tool", "-r", Pcsc.READER, "-n");
    assertThat(r.exit()).as(r.all()).isZero();
    assertThat(r.out().trim()).isEqualTo("jpki");
  }

  @Test
  void pkcs15ToolListsTheFourCertificates() {
    Pcsc.Result r = Pcsc.run("pkcs15-tool", "-r", Pcsc.READER, "--list-certificates");
    assertThat(r.exit()).as(r.all()).isZero();
    assertThat(r.out())
        .contains("User Authentication Certificate")
        .contains("Digital Signature Certificate")
        .contains("Path           : 000a")
        .contains("Path           : 0001");
  }

  @Test
  void pkcs15ToolReadsExactlyTheIssuedAuthenticationCertificate() throws Exception {
    Pcsc.Result r = Pcsc.run("pkcs15-tool", "-r", Pcsc.READER, "--read-certificate", "01");
    assertThat(r.exit()).as(r.all()).isZero();
    X509Certificate read =
        (X509Certificate)
            CertificateFactory.getInstance("X.509")
                .generateCertificate(
                    new ByteArrayInputStream(r.out().getBytes(StandardCharsets.US_ASCII)));
    assertThat(read.getEncoded()).isEqualTo(served.issued.authenticationCertificate().getEncoded());
  }

  @Test
  void pkcs11SignsWithTheAuthenticationKeyAndOpensslVerifies() throws Exception {
    signAndVerify(
        "JPKI (User Authentication PIN)",
        CardFixtures.AUTH_PIN,
        "01",
        served.issued.authenticationCertificate());
  }

  @Test
  void pkcs11SignsWithTheSigningKeyAfterThePasswordAndOpensslVerifies() throws Exception {
    signAndVerify(
        "JPKI (Digital Signature PIN)",
        CardFixtures.SIGN_PASSWORD,
        "02",
        served.issued.signingCertificate());
  }

  @Test
  void pkcs11RefusesAWrongPasswordAndSignsNothing() throws Exception {
    Path msg = Files.writeString(tmp.resolve("m.txt"), "TEST");
    Pcsc.Result r =
        Pcsc.run(
            "pkcs11-tool",
            "--module",
            Pcsc.PKCS11,
            "--token-label",
            "JPKI (Digital Signature PIN)",
            "--login",
            "--pin",
            "WRONG1",
            "--sign",
            "--mechanism",
            "SHA256-RSA-PKCS",
            "--id",
            "02",
            "-i",
            msg.toString(),
            "-o",
            tmp.resolve("s.bin").toString());
    assertThat(r.exit()).isNotZero();
    assertThat(r.all()).contains("CKR_PIN_INCORRECT");
    // and the card counted it: 4 tries left, reset by the correct password in the next test run
    Pcsc.Result pins = Pcsc.run("pkcs15-tool", "-r", Pcsc.READER, "--list-pins");
    assertThat(pins.out()).contains("Tries left     : 4");
    Pcsc.run(
        "pkcs15-tool",
        "-r",
        Pcsc.READER,
        "--verify-pin",
        "--auth-id",
        "02",
        "--pin",
        CardFixtures.SIGN_PASSWORD);
  }

  private void signAndVerify(String token, String pin, String id, X509Certificate cert)
      throws Exception {
    Path msg = Files.writeString(tmp.resolve("msg-" + id + ".txt"), "mynalab TEST " + id);
    Path sig = tmp.resolve("sig-" + id + ".bin");
    Path pem = tmp.resolve("cert-" + id + ".der");
    Files.write(pem, cert.getEncoded());
    Pcsc.Result r =
        Pcsc.run(
            "pkcs11-tool",
            "--module",
            Pcsc.PKCS11,
            "--token-label",
            token,
            "--login",
            "--pin",
            pin,
            "--sign",
            "--mechanism",
            "SHA256-RSA-PKCS",
            "--id",
            id,
            "-i",
            msg.toString(),
            "-o",
            sig.toString());
    assertThat(r.exit()).as(r.all()).isZero();
    assertThat(Files.size(sig)).isEqualTo(256);
    Path pub = tmp.resolve("pub-" + id + ".pem");
    Pcsc.Result k =
        Pcsc.run(
            List.of(
                "openssl",
                "x509",
                "-inform",
                "DER",
                "-in",
                pem.toString(),
                "-pubkey",
                "-noout",
                "-out",
                pub.toString()),
            null);
    assertThat(k.exit()).as(k.all()).isZero();
    Pcsc.Result v =
        Pcsc.run(
            "openssl",
            "dgst",
            "-sha256",
            "-verify",
            pub.toString(),
            "-signature",
            sig.toString(),
            msg.toString());
    assertThat(v.out()).as(v.all()).contains("Verified OK");
  }
}
