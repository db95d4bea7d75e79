package dev.mynalab.ca.interop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mynalab.ca.crl.CrlPartition;
import dev.mynalab.ca.server.CaWorld;
import dev.mynalab.ca.server.HttpsClients;
import dev.mynalab.ca.server.Pem;
import dev.mynalab.ca.store.CertificateRecord;
import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.kit.journal.Journal;
import dev.mynalab.kit.random.WorldSeed;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Interoperability with the real openssl (issue item 7): requests made by {@code openssl ocsp
 * -reqout}, posted with the exported verifier credentials, verified by {@code openssl ocsp -respin
 * -CAfile}; every exported CRL parsed by {@code openssl crl}; {@code openssl verify -crl_check}
 * accepting a good and rejecting a revoked certificate; the SAN otherNames shown by {@code openssl
 * x509 -text}.
 */
class OpensslInteropTest {

  @TempDir static Path dir;
  static CaWorld world;
  static HttpClient verifier;

  @BeforeAll
  static void start() {
    WorldClock clock = WorldClock.running();
    world = CaWorld.start(CaWorld.Options.defaults(WorldSeed.of(5), clock, new Journal(clock)));
    world.export(dir);
    verifier =
        HttpsClients.client(
            world.exportedVerifier().credential(), world.infrastructure().certificate());
  }

  @AfterAll
  static void stop() {
    if (world != null) {
      world.close();
    }
  }

  @BeforeEach
  void needsOpenssl() {
    Openssl.require();
  }

  private static Path issuerOf(CertificateRecord r) throws Exception {
    Path file = dir.resolve(r.issuer().label() + ".pem");
    Files.writeString(file, Pem.certificates(List.of(r.issuer().certificate())));
    return file;
  }

  private Openssl.Result ocspRoundTrip(
      String sample, CertificateRecord r, String caFile, boolean nonce) throws Exception {
    Path issuer = issuerOf(r);
    Path req = dir.resolve(sample + ".req.der");
    Openssl.Result made =
        nonce
            ? Openssl.run(
                dir,
                "ocsp",
                "-issuer",
                issuer.toString(),
                "-cert",
                "samples/" + sample + ".pem",
                "-reqout",
                req.toString())
            : Openssl.run(
                dir,
                "ocsp",
                "-issuer",
                issuer.toString(),
                "-cert",
                "samples/" + sample + ".pem",
                "-no_nonce",
                "-reqout",
                req.toString());
    assertThat(made.exitCode()).as(made.output()).isZero();
    HttpResponse<byte[]> response =
        HttpsClients.postOcsp(
            verifier, URI.create(world.endpoints().get("ocsp")), Files.readAllBytes(req));
    assertThat(response.statusCode()).isEqualTo(200);
    Path resp = dir.resolve(sample + ".resp.der");
    Files.write(resp, response.body());
    return Openssl.run(
        dir,
        "ocsp",
        "-respin",
        resp.toString(),
        "-CAfile",
        caFile,
        "-issuer",
        issuer.toString(),
        "-cert",
        "samples/" + sample + ".pem");
  }

  @Test
  void opensslOcspVerifiesGoodAnswers() throws Exception {
    Openssl.Result auth =
        ocspRoundTrip("auth-good", world.samples().authGood(), "auth-ca.pem", true);
    assertThat(auth.exitCode()).as(auth.output()).isZero();
    assertThat(auth.output())
        .contains("Response verify OK")
        .contains("samples/auth-good.pem: good");
    Openssl.Result sign =
        ocspRoundTrip("sign-good", world.samples().signGood(), "sign-ca.pem", false);
    assertThat(sign.output())
        .contains("Response verify OK")
        .contains("samples/sign-good.pem: good");
  }

  @Test
  void opensslOcspVerifiesRevokedAnswersWithReason() throws Exception {
    Openssl.Result auth =
        ocspRoundTrip("auth-revoked", world.samples().authRevoked(), "auth-ca.pem", true);
    assertThat(auth.output())
        .contains("Response verify OK")
        .contains("samples/auth-revoked.pem: revoked")
        .contains("Reason: keyCompromise");
    Openssl.Result sign =
        ocspRoundTrip("sign-revoked", world.samples().signRevoked(), "sign-ca.pem", false);
    assertThat(sign.output())
        .contains("Response verify OK")
        .contains("samples/sign-revoked.pem: revoked")
        .contains("Reason: affiliationChanged");
  }

  @Test
  void opensslRejectsTheAnswerUnderTheWrongTrustAnchors() throws Exception {
    Openssl.Result wrong =
        ocspRoundTrip("auth-good", world.samples().authGood(), "sign-ca.pem", true);
    assertThat(wrong.output()).doesNotContain("Response verify OK");
  }

  @Test
  void opensslParsesEveryExportedCrl() throws Exception {
    List<Path> crls;
    try (Stream<Path> s = Files.list(dir.resolve("crl"))) {
      crls = s.sorted().toList();
    }
    assertThat(crls).hasSize(78);
    for (Path crl : crls) {
      Openssl.Result r =
          Openssl.run(dir, "crl", "-inform", "DER", "-in", crl.toString(), "-noout", "-text");
      assertThat(r.exitCode()).as(crl + ": " + r.output()).isZero();
      assertThat(r.output()).contains("Issuing Distribution Point: critical");
    }
  }

  @Test
  void opensslVerifyWithCrlCheckAcceptsGoodAndRejectsRevoked() throws Exception {
    for (String purpose : List.of("auth", "sign")) {
      CertificateRecord good =
          purpose.equals("auth") ? world.samples().authGood() : world.samples().signGood();
      CertificateRecord revoked =
          purpose.equals("auth") ? world.samples().authRevoked() : world.samples().signRevoked();
      Openssl.Result ok =
          Openssl.run(
              dir,
              "verify",
              "-crl_check",
              "-CAfile",
              purpose + "-ca.pem",
              "-CRLfile",
              crlFile(good),
              "samples/" + purpose + "-good.pem");
      assertThat(ok.exitCode()).as(ok.output()).isZero();
      assertThat(ok.output()).contains(": OK");
      Openssl.Result bad =
          Openssl.run(
              dir,
              "verify",
              "-crl_check",
              "-CAfile",
              purpose + "-ca.pem",
              "-CRLfile",
              crlFile(revoked),
              "samples/" + purpose + "-revoked.pem");
      assertThat(bad.exitCode()).isNotZero();
      assertThat(bad.output()).contains("certificate revoked");
    }
  }

  private static String crlFile(CertificateRecord r) {
    CrlPartition p = world.authority().crls().partitionOf(r);
    return "crl/" + p.id() + ".crl";
  }

  @Test
  void opensslShowsTheBasicFourOtherNames() throws Exception {
    Openssl.Result r = Openssl.run(dir, "x509", "-in", "samples/sign-good.pem", "-noout", "-text");
    assertThat(r.exitCode()).isZero();
    assertThat(r.output())
        .contains("othername: 1.2.392.200149.8.5.5.1::見本　太郎")
        .contains("othername: 1.2.392.200149.8.5.5.4::319800217")
        .contains("othername: 1.2.392.200149.8.5.5.3::1")
        .contains("othername: 1.2.392.200149.8.5.5.5::北海道札幌市南区真駒内１２３番地")
        .contains("othername: 1.2.392.200149.8.5.5.2::00000")
        .contains("othername: 1.2.392.200149.8.5.5.6::");
  }
}
