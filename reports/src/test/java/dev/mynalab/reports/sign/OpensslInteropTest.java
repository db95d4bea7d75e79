package dev.mynalab.reports.sign;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.kit.random.WorldSeed;
import dev.mynalab.kit.testing.RequiresService;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** openssl, a real CMS implementation, verifies our signatures and detects tampering. */
class OpensslInteropTest {

  @TempDir Path dir;
  private Path json;
  private Path p7s;
  private Path ca;

  @BeforeEach
  void signAReport() throws IOException {
    RequiresService.require(
        "openssl", RequiresService.onPath("openssl"), "apt-get install openssl");
    WorldClock clock = WorldClock.frozenAt(LocalDate.of(2026, 4, 1));
    SigningIdentity id =
        ReportSigningKeys.create(dir.resolve("keys"), clock, WorldSeed.of(5).secureRandom("k"));
    json = dir.resolve("conformance-report.json");
    p7s = dir.resolve("conformance-report.json.p7s");
    ca = dir.resolve("keys").resolve(ReportSigningKeys.CA_FILE);
    Files.writeString(
        json,
        "{\"requirements\":[{\"id\":\"REQ-MN-01\",\"verdict\":\"PASS\",\"titleJa\":\"個人番号\"}]}\n",
        StandardCharsets.UTF_8);
    Files.write(p7s, ReportSigner.sign(Files.readAllBytes(json), id, clock.instant()));
  }

  private int opensslVerify(String... trust) throws Exception {
    List<String> cmd =
        new ArrayList<>(
            List.of(
                "openssl",
                "cms",
                "-verify",
                "-binary",
                "-inform",
                "DER",
                "-in",
                p7s.toString(),
                "-content",
                json.toString(),
                "-out",
                "/dev/null"));
    cmd.addAll(List.of(trust));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    System.err.println("openssl: " + out.strip());
    return p.exitValue();
  }

  @Test
  void opensslVerifiesTheSignature() throws Exception {
    assertThat(opensslVerify("-noverify")).isZero();
  }

  @Test
  void opensslVerifiesTheSignerAgainstTheExportedCa() throws Exception {
    // -attime: the frozen test clock signed on 2026-04-01; check the chain at that date
    assertThat(opensslVerify("-CAfile", ca.toString(), "-attime", "1775001600")).isZero();
  }

  @Test
  void opensslDetectsAFlippedByte() throws Exception {
    byte[] b = Files.readAllBytes(json);
    b[b.length / 2] ^= 0x20;
    Files.write(json, b);
    assertThat(opensslVerify("-noverify")).isNotZero();
  }
}
