package dev.mynalab.spec.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The profile parser: each kind of system, and every bad input named by its field. */
class ProfileParserTest {

  @TempDir Path dir;

  private Path profile(String yaml) throws IOException {
    Path p = dir.resolve("profile.yaml");
    Files.writeString(p, yaml);
    return p;
  }

  private Path certificates() throws IOException {
    Path certs = Files.createDirectories(dir.resolve("certs"));
    Files.write(certs.resolve("auth.der"), new byte[] {1});
    Files.write(certs.resolve("sign.der"), new byte[] {2});
    return certs;
  }

  @Test
  void anEmptyProfileIsTheReferenceWorld() throws IOException {
    SutProfile p = ProfileParser.read(profile(""));
    assertThat(p.card()).isInstanceOf(SutProfile.ReferenceCard.class);
    assertThat(p.verifier()).isInstanceOf(SutProfile.ReferenceVerifier.class);
    assertThat(p.client()).isEmpty();
    assertThat(ProfileParser.read(profile("card: reference\nverifier: reference\n")).card())
        .isInstanceOf(SutProfile.ReferenceCard.class);
  }

  @Test
  void aPcscCardWithFixtureHolderAndRelativePaths() throws IOException {
    certificates();
    SutProfile p =
        ProfileParser.read(
            profile(
                """
                card:
                  pcsc:
                    reader: "mynalab vpcd 00 00"
                    pins: {auth: "1234", sign: "ABC123"}
                    holder: {fixture: kokubu-taro, issuedOn: 2026-04-01}
                    certificates: certs
                    issuerSeed: 42
                client: opensc
                """));
    SutProfile.PcscCard card = (SutProfile.PcscCard) p.card();
    assertThat(card.reader()).isEqualTo("mynalab vpcd 00 00");
    assertThat(card.pins().textPin()).isEqualTo("1234");
    assertThat(card.holder().cardExpiry()).isAfter(LocalDate.of(2026, 4, 1));
    assertThat(card.certificates()).isEqualTo(dir.resolve("certs"));
    assertThat(card.issuerSeed()).contains(42L);
    assertThat(p.client().orElseThrow().name()).isEqualTo("opensc");
    assertThat(p.client().get().checks()).hasSize(2);
  }

  @Test
  void vendorAppletsAndAnHttpVerifierAndAnAdapter() throws IOException {
    Files.write(dir.resolve("vendor.jar"), new byte[] {0});
    Files.writeString(dir.resolve("ca.pem"), "x");
    SutProfile p =
        ProfileParser.read(
            profile(
                """
                card:
                  applets:
                    classes: {jpki: a.J, text: a.T, face: a.F, juki: a.U}
                    classpath: [vendor.jar]
                verifier:
                  http: {url: "https://127.0.0.1:8443", trust: ca.pem}
                """));
    SutProfile.AppletsCard a = (SutProfile.AppletsCard) p.card();
    assertThat(a.classes()).containsEntry("jpki", "a.J").containsEntry("juki", "a.U");
    assertThat(a.classpath()).containsExactly(dir.resolve("vendor.jar"));
    SutProfile.HttpVerifier h = (SutProfile.HttpVerifier) p.verifier();
    assertThat(h.url()).isEqualTo(URI.create("https://127.0.0.1:8443"));
    assertThat(h.trust()).contains(dir.resolve("ca.pem"));
    assertThat(
            ProfileParser.read(profile("verifier: {adapter: {class: com.vendor.V}}\n")).verifier())
        .isEqualTo(new SutProfile.AdapterVerifier("com.vendor.V", java.util.List.of()));
  }

  @Test
  void anHttpVerifierWithTrustExportAndPrepare() throws IOException {
    SutProfile.HttpVerifier h =
        (SutProfile.HttpVerifier)
            ProfileParser.read(
                    profile(
                        """
                        verifier:
                          http:
                            url: "https://127.0.0.1:8443"
                            trustExport: exported/trust
                            prepare: [curl, -f, -X, POST, "http://127.0.0.1:9/reload?dir=${trust}"]
                            prepareTimeout: 5
                        """))
                .verifier();
    assertThat(h.trustExport()).contains(dir.resolve("exported/trust"));
    assertThat(h.prepare()).hasSize(5).endsWith("http://127.0.0.1:9/reload?dir=${trust}");
    assertThat(h.prepareTimeout()).isEqualTo(java.time.Duration.ofSeconds(5));
    SutProfile.HttpVerifier plain =
        (SutProfile.HttpVerifier)
            ProfileParser.read(profile("verifier: {http: {url: 'https://127.0.0.1:8443'}}\n"))
                .verifier();
    assertThat(plain.trustExport()).isEmpty();
    assertThat(plain.prepare()).isEmpty();
    assertThat(plain.prepareTimeout()).isEqualTo(java.time.Duration.ofSeconds(60));
  }

  @Test
  void badTrustExportAndPrepareFieldsAreNamed() throws IOException {
    String h = "verifier: {http: {url: 'https://x', ";
    assertField(h + "prepare: []}}\n", "verifier.http.prepare", "must name a program");
    assertField(h + "prepare: curl}}\n", "verifier.http.prepare", "must be a list");
    assertField(
        h + "prepare: [sh, '${trust}/${nope}']}}\n",
        "verifier.http.prepare[1]",
        "unknown placeholder ${nope}");
    assertField(
        h + "prepare: [sh], prepareTimeout: 0}}\n", "verifier.http.prepareTimeout", "1..3600");
    assertField(
        h + "prepare: [sh], prepareTimeout: 1m}}\n", "verifier.http.prepareTimeout", "integer");
    assertField(h + "prepareTimeout: 5}}\n", "verifier.http.prepareTimeout", "only with prepare");
    assertField(h + "trustExport: ''}}\n", "verifier.http.trustExport", "non-empty");
    assertField(h + "trust-export: x}}\n", "verifier.http.trust-export", "unknown key");
  }

  @Test
  void aClientCommandWithItsExpectations() throws IOException {
    SutProfile p =
        ProfileParser.read(
            profile(
                """
                client:
                  command: [pkcs15-tool, --reader, "${reader}", --list-certificates]
                  expectExit: 0
                  expectOutput: "Certificate"
                """));
    SutProfile.ClientCheck c = p.client().orElseThrow().checks().get(0);
    assertThat(c.command())
        .containsExactly("pkcs15-tool", "--reader", "${reader}", "--list-certificates");
    assertThat(c.expectOutput().orElseThrow().pattern()).isEqualTo("Certificate");
    assertThat(c.requirement()).isEqualTo("REQ-CI-03");
  }

  @Test
  void badProfilesNameTheField() throws IOException {
    certificates();
    assertField("cards: reference\n", "cards", "unknown key");
    assertField("card: pcsc\n", "card", "must be reference");
    assertField("card: {pcsc: {}, applets: {}}\n", "card", "exactly one");
    assertField(
        "card: {pcsc: {reader: r, pins: {auth: '1234', sign: ABC123}, holder: {fixture: nobody,"
            + " issuedOn: 2026-04-01}, certificates: certs}}\n",
        "card.pcsc.holder.fixture",
        "no holder");
    assertField(
        "card: {pcsc: {reader: r, pins: {auth: '12', sign: ABC123}, holder: {fixture: kokubu-taro,"
            + " issuedOn: 2026-04-01}, certificates: certs}}\n",
        "card.pcsc.pins",
        "");
    assertField(
        "card: {pcsc: {pins: {auth: '1234', sign: ABC123}, holder: {fixture: kokubu-taro,"
            + " issuedOn: 2026-04-01}, certificates: certs}}\n",
        "card.pcsc.reader",
        "is required");
    assertField(
        "card: {pcsc: {reader: r, pins: {auth: '1234', sign: ABC123}, holder: {fixture: kokubu-taro,"
            + " issuedOn: 1 April}, certificates: certs}}\n",
        "card.pcsc.holder.issuedOn",
        "ISO date");
    assertField(
        "card: {applets: {classes: {jpki: a.J, text: a.T, face: a.F}}}\n",
        "card.applets.classes.juki",
        "is required");
    assertField(
        "card: {applets: {classes: {jpki: a.J, text: a.T, face: a.F, juki: a.U, extra: a.X}}}\n",
        "card.applets.classes.extra",
        "unknown key");
    assertField("verifier: {http: {url: 'http://x'}}\n", "verifier.http.url", "https://");
    assertField(
        "verifier: {http: {url: 'https://x', clientCertificate: certs/auth.der}}\n",
        "verifier.http",
        "go together");
    assertField("verifier: {adapter: {klass: x}}\n", "verifier.adapter.klass", "unknown key");
    assertField("client: {command: []}\n", "client.command", "must name a program");
    assertField("client: {command: [x], expectOutput: '('}\n", "client.expectOutput", "regular");
    assertField("ics: missing.yaml\n", "ics", "no such file");
    assertField("- just\n- a list\n", "profile", "mapping");
    assertThatThrownBy(() -> ProfileParser.read(dir.resolve("absent.yaml")))
        .isInstanceOf(ProfileException.class)
        .hasMessageContaining("--profile");
    assertThatThrownBy(() -> ProfileParser.read(profile("card: [unclosed\n")))
        .isInstanceOf(ProfileException.class)
        .hasMessageContaining("not valid YAML");
  }

  private void assertField(String yaml, String field, String message) throws IOException {
    Path p = profile(yaml);
    assertThatThrownBy(() -> ProfileParser.read(p))
        .as(yaml)
        .isInstanceOfSatisfying(ProfileException.class, e -> assertThat(e.field()).isEqualTo(field))
        .hasMessageContaining(message);
  }

  @Test
  void everyExampleProfileOfTheRepositoryParses() throws IOException {
    Path profiles = Path.of(System.getProperty("mynalab.home", ".."), "profiles");
    assertThat(profiles).isDirectory();
    try (var files = Files.list(profiles)) {
      var yamls = files.filter(f -> f.toString().endsWith(".yaml")).toList();
      assertThat(yamls).isNotEmpty();
      for (Path f : yamls) {
        assertThat(ProfileParser.read(f)).as(f.toString()).isNotNull();
      }
    }
  }
}
