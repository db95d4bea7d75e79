package dev.mynalab.spec.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mynalab.kit.fixtures.Json;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening a profile's systems fails before anything runs, naming the field: a reader that is not
 * there, a class that does not load, an endpoint nobody answers, an adapter not registered.
 */
class SutOpenerTest {

  @TempDir Path dir;

  private Path out() {
    return dir.resolve("out");
  }

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
    assertThatThrownBy(() -> SutOpener.open(p, out()))
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
    assertThatThrownBy(() -> SutOpener.open(p, out()))
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
                            + " juki: a.U}}}\n"),
                    out()))
        .isInstanceOfSatisfying(
            ProfileException.class,
            e -> assertThat(e.field()).isEqualTo("card.applets.classes.jpki"))
        .hasMessageContaining("class not found: com.vendor.Nope");
    assertThatThrownBy(
            () ->
                SutOpener.open(
                    profile(
                        "card: {applets: {classes: {jpki: java.lang.String, text: a.T, face: a.F,"
                            + " juki: a.U}}}\n"),
                    out()))
        .isInstanceOfSatisfying(
            ProfileException.class,
            e -> assertThat(e.field()).isEqualTo("card.applets.classes.jpki"))
        .hasMessageContaining("not a javacard.framework.Applet");
    assertThatThrownBy(
            () ->
                SutOpener.open(
                    profile(
                        "card: {applets: {classes: {jpki: a.J, text: a.T, face: a.F, juki: a.U},"
                            + " classpath: [missing.jar]}}\n"),
                    out()))
        .isInstanceOfSatisfying(
            ProfileException.class,
            e -> assertThat(e.field()).isEqualTo("card.applets.classpath[0]"));
  }

  @Test
  void anEndpointNobodyAnswers() throws IOException {
    int port = freePort();
    assertThatThrownBy(
            () ->
                SutOpener.open(
                    profile("verifier: {http: {url: 'https://127.0.0.1:" + port + "'}}\n"), out()))
        .isInstanceOfSatisfying(
            ProfileException.class, e -> assertThat(e.field()).isEqualTo("verifier.http.url"))
        .hasMessageContaining("cannot reach");
    assertThat(out()).as("the trust export is removed again, nothing is left").doesNotExist();
  }

  /** A port nobody listens on: a connection there would fail with verifier.http.url. */
  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  @Test
  void thePrepareCommandRunsAfterTheExportInTheProfilesDirectoryAndBeforeTheConnection()
      throws IOException {
    int port = freePort();
    // exits 0 only when the export is there and it runs beside the profile; then the harness
    // connects, which fails on the URL: so prepare ran, succeeded, and came first
    String yaml =
        "verifier: {http: {url: 'https://127.0.0.1:"
            + port
            + "', prepare: [sh, -c, 'test -f \"$0/world.json\" && test -f p.yaml"
            + " && test \"$MYNALAB_TRUST\" = \"$0\"', '${trust}']}}\n";
    assertThatThrownBy(() -> SutOpener.open(profile(yaml), out()))
        .isInstanceOfSatisfying(
            ProfileException.class, e -> assertThat(e.field()).isEqualTo("verifier.http.url"));
  }

  @Test
  void aPrepareCommandThatFailsStopsTheRunNamingItsExitAndOutputAndClosesTheCa()
      throws IOException {
    Path keep = Files.createDirectories(dir.resolve("keep")); // exists: the export stays in it
    String yaml =
        "verifier: {http: {url: 'https://127.0.0.1:"
            + freePort()
            + "', trustExport: keep, prepare: [sh, -c, 'echo reload refused >&2;"
            + " test -f \"$0/world.json\" && exit 7', '${trust}']}}\n";
    assertThatThrownBy(() -> SutOpener.open(profile(yaml), out()))
        .isInstanceOfSatisfying(
            ProfileException.class, e -> assertThat(e.field()).isEqualTo("verifier.http.prepare"))
        .hasMessageContaining("exited 7")
        .hasMessageContaining("reload refused");
    URI ocsp =
        URI.create(
            Json.mapper()
                .readTree(keep.resolve("world.json").toFile())
                .path("endpoints")
                .path("ocsp")
                .asText());
    assertThatThrownBy(
            () -> {
              try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(ocsp.getHost(), ocsp.getPort()), 2000);
              }
            })
        .as("the run's CA is closed")
        .isInstanceOf(IOException.class);
    assertThat(out()).doesNotExist();
  }

  @Test
  void aPrepareCommandThatOverrunsItsTimeoutIsKilled() throws IOException {
    String yaml =
        "verifier: {http: {url: 'https://127.0.0.1:"
            + freePort()
            + "', prepare: [sleep, '30'], prepareTimeout: 1}}\n";
    long start = System.nanoTime();
    assertThatThrownBy(() -> SutOpener.open(profile(yaml), out()))
        .isInstanceOfSatisfying(
            ProfileException.class, e -> assertThat(e.field()).isEqualTo("verifier.http.prepare"))
        .hasMessageContaining("did not finish within 1 s");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(25));
    assertThat(out().resolve("verifier-trust")).doesNotExist();
  }

  @Test
  void aTrustExportIntoAForeignNonEmptyDirectoryIsRefused() throws IOException {
    Path foreign = Files.createDirectories(dir.resolve("foreign"));
    Files.writeString(foreign.resolve("notes.txt"), "mine");
    assertThatThrownBy(
            () ->
                SutOpener.open(
                    profile(
                        "verifier: {http: {url: 'https://127.0.0.1:"
                            + freePort()
                            + "', trustExport: foreign}}\n"),
                    out()))
        .isInstanceOfSatisfying(
            ProfileException.class,
            e -> assertThat(e.field()).isEqualTo("verifier.http.trustExport"))
        .hasMessageContaining("refusing");
    try (var files = Files.list(foreign)) {
      assertThat(files.map(f -> f.getFileName().toString())).containsExactly("notes.txt");
    }
  }

  @Test
  void anAdapterThatIsNotRegistered() throws IOException {
    assertThatThrownBy(
            () ->
                SutOpener.open(
                    profile("verifier: {adapter: {class: com.vendor.Missing}}\n"), out()))
        .isInstanceOfSatisfying(
            ProfileException.class, e -> assertThat(e.field()).isEqualTo("verifier.adapter.class"))
        .hasMessageContaining("com.vendor.Missing")
        .hasMessageContaining("CountingVerifierAdapter");
  }
}
