package dev.mynalab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mynalab.card.applet.jpki.JpkiApplet;
import dev.mynalab.drivers.card.AppletClasses;
import dev.mynalab.kit.fixtures.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code mynalab conformance --profile}: the reference profile, vendor applets loaded by class name
 * from a jar, and every unusable profile refused with exit 2, the field named, nothing written.
 */
class ConformanceProfileTest {

  private static final String APPLETS =
      """
      card:
        applets:
          classes:
            jpki: dev.mynalab.card.applet.jpki.JpkiApplet
            text: dev.mynalab.card.applet.nyuryoku.NyuryokuHojoApplet
            face: dev.mynalab.card.applet.kenmen.KenmenApplet
            juki: dev.mynalab.card.applet.juki.JukiApplet
          classpath: [vendor.jar]
      """;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = Mynalab.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  private int conformance(Path profile, Path features, Path outDir) {
    return run(
        "conformance",
        "--profile",
        profile.toString(),
        "--features",
        features.toString(),
        "--out",
        outDir.toString());
  }

  @Test
  void theReferenceProfileRunsAsWithoutAProfile(@TempDir Path dir) throws Exception {
    int status =
        run(
            "conformance",
            "--profile",
            Path.of("..", "profiles", "reference.yaml").toString(),
            "--features",
            Path.of("..", "features", "numbers").toString(),
            "--out",
            dir.toString());
    assertThat(status).as(err.toString()).isZero();
    JsonNode report = Json.mapper().readTree(dir.resolve("conformance-report.json").toFile());
    assertThat(report.path("systemsUnderTest")).hasSize(1);
    assertThat(report.path("systemsUnderTest").get(0).path("kind").asText())
        .isEqualTo("embedded-reference");
    assertThat(report.path("notApplicable")).isEmpty();
    assertThat(dir.resolve("systems-under-test.json")).exists();
    // a later run without a profile into the same directory leaves no trace of the profile's
    assertThat(
            run(
                "conformance",
                "--features",
                Path.of("..", "features", "numbers").toString(),
                "--out",
                dir.toString()))
        .isZero();
    assertThat(dir.resolve("systems-under-test.json")).doesNotExist();
  }

  @Test
  void vendorAppletsLoadedByNameFromAJarPassTheCardFeatures(@TempDir Path dir) throws Exception {
    Path jar = appletJar(dir.resolve("vendor.jar"));
    Path profile = dir.resolve("vendor.yaml");
    Files.writeString(profile, APPLETS);
    AppletClasses loaded =
        AppletClasses.load(Map.of("jpki", "dev.mynalab.card.applet.jpki.JpkiApplet"), List.of(jar));
    assertThat(loaded.of("jpki").getClassLoader())
        .as("loaded from the jar, not the harness's classpath")
        .isNotSameAs(JpkiApplet.class.getClassLoader());
    Path outDir = dir.resolve("out");
    int status =
        run(
            "conformance",
            "--profile",
            profile.toString(),
            "--features",
            Path.of("..", "features", "card").toString(),
            "--out",
            outDir.toString());
    assertThat(status).as(out + "\n" + err).isZero();
    JsonNode report = Json.mapper().readTree(outDir.resolve("conformance-report.json").toFile());
    JsonNode card = null;
    for (JsonNode s : report.path("systemsUnderTest")) {
      if (s.path("kind").asText().equals("jcardsim-applets")) {
        card = s;
      }
    }
    assertThat(card).as("the applets' identity in the report").isNotNull();
    assertThat(card.path("properties").path("class.jpki").asText())
        .isEqualTo("dev.mynalab.card.applet.jpki.JpkiApplet");
    assertThat(card.path("properties").path("jar.vendor.jar.sha256").asText())
        .isEqualTo(sha256(jar));
    Map<String, String> verdicts = verdicts(report);
    for (String r : List.of("REQ-CI-01", "REQ-CI-02", "REQ-CI-03", "REQ-CI-04", "REQ-PN-02")) {
      assertThat(verdicts).containsEntry(r, "PASS");
    }
    assertThat(Files.readString(outDir.resolve("cucumber.ndjson")).contains("SET SECRET (issuer)"))
        .as("the reused vendor card's PINs are reset through the issuer channel")
        .isTrue();
  }

  @Test
  void vendorAppletsGoThroughTheLifecycleAndAFaultyOneFailsIt(@TempDir Path dir) throws Exception {
    appletJar(dir.resolve("vendor.jar"));
    Path issuance = Path.of("..", "features", "lifecycle", "02-issuance");
    Files.writeString(dir.resolve("vendor.yaml"), APPLETS);
    Path good = dir.resolve("good");
    assertThat(conformance(dir.resolve("vendor.yaml"), issuance, good))
        .as(out + "\n" + err)
        .isZero();
    JsonNode report = Json.mapper().readTree(good.resolve("conformance-report.json").toFile());
    assertThat(report.path("notApplicable")).as("the 機構 issues the vendor's cards").isEmpty();
    Map<String, String> verdicts = verdicts(report);
    for (String r : List.of("REQ-CV-01", "REQ-CV-05", "REQ-EC-01", "REQ-EC-03")) {
      assertThat(verdicts).containsEntry(r, "PASS");
    }
    // the same vendor with an unimplemented 住基AP: the 機構 cannot write its data, issuance fails
    Files.writeString(
        dir.resolve("faulty.yaml"),
        APPLETS.replace("dev.mynalab.card.applet.juki.JukiApplet", MuteApplet.class.getName()));
    Path faulty = dir.resolve("faulty");
    assertThat(conformance(dir.resolve("faulty.yaml"), issuance, faulty)).isEqualTo(1);
    JsonNode failedReport =
        Json.mapper().readTree(faulty.resolve("conformance-report.json").toFile());
    assertThat(failedReport.path("notApplicable")).isEmpty();
    assertThat(verdicts(failedReport)).containsEntry("REQ-CV-01", "FAIL");
  }

  @Test
  void unusableProfilesExitTwoNamingTheFieldAndWriteNoReport(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("certs"));
    Path real = Files.createDirectories(dir.resolve("real-certs"));
    var ca =
        dev.mynalab.card.personalisation.TestJpkiIssuer.create(
            dev.mynalab.kit.random.WorldSeed.of(7),
            dev.mynalab.kit.clock.WorldClock.frozenAt(java.time.LocalDate.of(2026, 4, 1)));
    Files.write(real.resolve("auth.der"), ca.authenticationCa().getEncoded());
    Files.write(real.resolve("sign.der"), ca.signingCa().getEncoded());
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Map<String, String> cases =
        Map.of(
            "card: {pcsc: {reader: 'absent 00 00', pins: {auth: '1234', sign: ABC123}, holder:"
                + " {fixture: kokubu-taro, issuedOn: 2026-04-01}, certificates: real-certs}}\n",
            "card.pcsc.reader",
            "card: reference\nverifer: reference\n",
            "verifer",
            "card: {pcsc: {reader: 'absent 00 00', pins: {auth: '1234', sign: ABC123}, holder:"
                + " {fixture: kokubu-taro, issuedOn: 2026-04-01}, certificates: certs}}\n",
            "card.pcsc.certificates",
            APPLETS.replace("JukiApplet", "NoSuchApplet").replace("classpath: [vendor.jar]", ""),
            "card.applets.classes.juki",
            "verifier: {http: {url: 'https://127.0.0.1:" + port + "'}}\n",
            "verifier.http.url",
            "client: opensc\n",
            "client");
    for (Map.Entry<String, String> c : cases.entrySet()) {
      Path profile = dir.resolve("bad.yaml");
      Files.writeString(profile, c.getKey());
      Path outDir = dir.resolve("out");
      err.getBuffer().setLength(0);
      int status =
          run(
              "conformance",
              "--profile",
              profile.toString(),
              "--features",
              Path.of("..", "features", "numbers").toString(),
              "--out",
              outDir.toString());
      assertThat(status).as(c.getKey() + err).isEqualTo(2);
      assertThat(err.toString())
          .as(c.getKey())
          .contains(c.getValue() + ":")
          .doesNotContain("\tat ");
      assertThat(outDir.resolve("conformance-report.json")).as(c.getKey()).doesNotExist();
      assertThat(outDir.resolve("cucumber.ndjson")).as(c.getKey()).doesNotExist();
    }
  }

  @Test
  void anIcsInTheProfileAndOnTheCommandLineIsAmbiguous(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("ics.yaml"), "notApplicable: []\n");
    Files.writeString(dir.resolve("p.yaml"), "ics: ics.yaml\n");
    int status =
        run(
            "conformance",
            "--profile",
            dir.resolve("p.yaml").toString(),
            "--ics",
            dir.resolve("ics.yaml").toString(),
            "--out",
            dir.resolve("out").toString());
    assertThat(status).isEqualTo(2);
    assertThat(err.toString()).contains("--ics");
  }

  static Map<String, String> verdicts(JsonNode report) {
    Map<String, String> m = new java.util.TreeMap<>();
    for (JsonNode r : report.path("requirements")) {
      m.put(r.path("id").asText(), r.path("verdict").asText());
    }
    return m;
  }

  /** The reference applets' classes, packed into a jar as a vendor would ship them. */
  private static Path appletJar(Path jar) throws IOException {
    Path root =
        Path.of(JpkiApplet.class.getProtectionDomain().getCodeSource().getLocation().getPath());
    try (OutputStream o = Files.newOutputStream(jar);
        JarOutputStream j = new JarOutputStream(o)) {
      if (Files.isDirectory(root)) {
        Path applets = root.resolve("dev/mynalab/card/applet");
        try (Stream<Path> files = Files.walk(applets)) {
          for (Path f : files.filter(Files::isRegularFile).toList()) {
            j.putNextEntry(new JarEntry(root.relativize(f).toString().replace('\\', '/')));
            j.write(Files.readAllBytes(f));
            j.closeEntry();
          }
        }
      } else {
        try (java.util.jar.JarFile in = new java.util.jar.JarFile(root.toFile())) {
          for (JarEntry e : java.util.Collections.list(in.entries())) {
            if (e.getName().startsWith("dev/mynalab/card/applet/") && !e.isDirectory()) {
              j.putNextEntry(new JarEntry(e.getName()));
              j.write(in.getInputStream(e).readAllBytes());
              j.closeEntry();
            }
          }
        }
      }
    }
    return jar;
  }

  private static String sha256(Path file) throws Exception {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }
}
