package dev.mynalab.spec.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening a profile's systems fails before anything runs, naming the field: a reader that is not
 * there, a class that does not load, an endpoint nobody answers, an adapter not registered.
 */
class SutOpenerTest {

  @TempDir Path dir;

  private SutProfile profile(String yaml) throws IOException {
    Path p = dir.resolve("p.yaml");
    Files.writeString(p, yaml);
    return ProfileParser.read(p);
  }

  @Test
  void aReaderThatIsNotThere() throws IOException {
    Path certs = Files.createDirectories(dir.resolve("certs"));
    SutProfile p =
        profile(
            "card: {pcsc: {reader: 'no such reader 00 00', pins: {auth: '1234', sign: ABC123},"
                + " holder: {fixture: kokubu-taro, issuedOn: 2026-04-01}, certificates: certs}}\n");
    // the certificates are checked first: none there
    assertThatThrownBy(() -> SutOpener.open(p))
        .isInstanceOfSatisfying(
            ProfileException.class, e -> assertThat(e.field()).isEqualTo("card.pcsc.certificates"))
        .hasMessageContaining("auth.der");
    var ca =
        dev.mynalab.card.personalisation.TestJpkiIssuer.create(
            dev.mynalab.kit.random.WorldSeed.of(7),
            dev.mynalab.kit.clock.WorldClock.frozenAt(java.time.LocalDate.of(2026, 4, 1)));
    try {
      Files.write(certs.resolve("auth.der"), ca.authenticationCa().getEncoded());
      Files.write(certs.resolve("sign.der"), ca.signingCa().getEncoded());
    } catch (java.security.cert.CertificateEncodingException e) {
      throw new AssertionError(e);
    }
    // PC/SC missing (no pcscd) or present without that reader: either way the field is the reader
    assertThatThrownBy(() -> SutOpener.open(p))
        .isInstanceOfSatisfying(
            ProfileException.class, e -> assertThat(e.field()).isEqualTo("card.pcsc.reader"))
        .hasMessageMatching("(?s).*(no reader named 'no such reader 00 00'|PC/SC|pcscd).*");
  }

  @Test
  void appletClassesThatDoNotLoad() throws IOException {
    assertThatThrownBy(
            () ->
                SutOpener.open(
                    profile(
                        "card: {applets: {classes: {jpki: com.vendor.Nope, text: a.T, face: a.F,"
                            + " juki: a.U}}}\n")))
        .isInstanceOfSatisfying(
            ProfileException.class,
            e -> assertThat(e.field()).isEqualTo("card.applets.classes.jpki"))
        .hasMessageContaining("class not found: com.vendor.Nope");
    assertThatThrownBy(
            () ->
                SutOpener.open(
                    profile(
                        "card: {applets: {classes: {jpki: java.lang.String, text: a.T, face: a.F,"
                            + " juki: a.U}}}\n")))
        .isInstanceOfSatisfying(
            ProfileException.class,
            e -> assertThat(e.field()).isEqualTo("card.applets.classes.jpki"))
        .hasMessageContaining("not a javacard.framework.Applet");
    assertThatThrownBy(
            () ->
                SutOpener.open(
                    profile(
                        "card: {applets: {classes: {jpki: a.J, text: a.T, face: a.F, juki: a.U},"
                            + " classpath: [missing.jar]}}\n")))
        .isInstanceOfSatisfying(
            ProfileException.class,
            e -> assertThat(e.field()).isEqualTo("card.applets.classpath[0]"));
  }

  @Test
  void anEndpointNobodyAnswers() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    assertThatThrownBy(
            () ->
                SutOpener.open(
                    profile("verifier: {http: {url: 'https://127.0.0.1:" + port + "'}}\n")))
        .isInstanceOfSatisfying(
            ProfileException.class, e -> assertThat(e.field()).isEqualTo("verifier.http.url"))
        .hasMessageContaining("cannot reach");
  }

  @Test
  void anAdapterThatIsNotRegistered() throws IOException {
    assertThatThrownBy(
            () -> SutOpener.open(profile("verifier: {adapter: {class: com.vendor.Missing}}\n")))
        .isInstanceOfSatisfying(
            ProfileException.class, e -> assertThat(e.field()).isEqualTo("verifier.adapter.class"))
        .hasMessageContaining("com.vendor.Missing")
        .hasMessageContaining("CountingVerifierAdapter");
  }
}
