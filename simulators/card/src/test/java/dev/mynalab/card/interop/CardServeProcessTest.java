package dev.mynalab.card.interop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mynalab.card.cli.CardMain;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code card serve --vpcd 127.0.0.1:PORT --auth-pin 1234 --sign-password ABC123} as a child JVM:
 * OpenSC's PKCS#11 module signs with both keys, openssl verifies against the exported certificates,
 * and SIGTERM ends the process cleanly with the card removed from the reader.
 */
class CardServeProcessTest {

  @TempDir Path tmp;

  @Test
  void servesACardThatOpenscSignsWithBothKeysAndStopsOnSigterm() throws Exception {
    Pcsc.require();
    Path export = tmp.resolve("certs");
    Path journal = tmp.resolve("journal.jsonl");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb =
        new ProcessBuilder(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            CardMain.class.getName(),
            "serve",
            "--vpcd",
            "127.0.0.1:" + Pcsc.PORT,
            "--auth-pin",
            "1234",
            "--sign-password",
            "ABC123",
            "--seed",
            "42",
            "--export",
            export.toString(),
            "--journal",
            journal.toString());
    pb.redirectOutput(tmp.resolve("out.txt").toFile());
    pb.redirectError(tmp.resolve("err.txt").toFile());
    Process p = pb.start();
    try {
      Pcsc.awaitCard(true, Duration.ofSeconds(60));
      Path msg = Files.writeString(tmp.resolve("msg.txt"), "signed through card serve");
      sign("JPKI (User Authentication PIN)", "1234", "01", msg, export.resolve("auth.der"));
      sign("JPKI (Digital Signature PIN)", "ABC123", "02", msg, export.resolve("sign.der"));
    } finally {
      p.destroy(); // SIGTERM
      assertThat(p.waitFor(20, TimeUnit.SECONDS)).as("exits after SIGTERM").isTrue();
    }
    Pcsc.awaitCard(false, Duration.ofSeconds(10));
    String out = Files.readString(tmp.resolve("out.txt"), StandardCharsets.UTF_8);
    String err = Files.readString(tmp.resolve("err.txt"), StandardCharsets.UTF_8);
    assertThat(out).as(err).startsWith("serving card MYNA");
    assertThat(err).doesNotContain("Exception");
    assertThat(Files.readAllLines(journal))
        .anyMatch(l -> l.contains("COMPUTE DIGITAL SIGNATURE") && l.contains("\"sw\":\"9000\""))
        .noneMatch(l -> l.contains("313233343"));
  }

  private void sign(String token, String pin, String id, Path msg, Path certDer) {
    Path sig = tmp.resolve("sig" + id);
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
    Path pub = tmp.resolve("pub" + id + ".pem");
    Pcsc.run(
        List.of(
            "openssl",
            "x509",
            "-inform",
            "DER",
            "-in",
            certDer.toString(),
            "-pubkey",
            "-noout",
            "-out",
            pub.toString()),
        null);
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
    assertThat(v.out()).as(v.all() + new File(pub.toString()).exists()).contains("Verified OK");
  }
}
