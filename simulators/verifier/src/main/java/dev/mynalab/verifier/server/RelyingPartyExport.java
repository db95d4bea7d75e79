package dev.mynalab.verifier.server;

import dev.mynalab.ca.server.Pem;
import dev.mynalab.kit.fixtures.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a relying party (or a conformance harness acting as one) needs to call a verifier service:
 * {@code rp-client.pem} / {@code rp-client.key} (a registered relying party's TEST TLS
 * credentials), {@code verifier-tls-ca.pem} (trust for the service's HTTPS), {@code openapi.yaml}
 * (the contract) and {@code verifier.json} (endpoints, relying party, role). Written the same way
 * by {@link VerifierWorld} and {@link FileTrustVerifier}.
 */
final class RelyingPartyExport {

  private RelyingPartyExport() {}

  static void write(
      Path dir,
      RelyingPartyCa rpCa,
      RelyingParties.RelyingParty rp,
      Map<String, String> endpoints) {
    try {
      Files.createDirectories(dir);
      write(
          dir.resolve("rp-client.pem"),
          banner("TLS client certificate of registered relying party " + rp.name())
              + Pem.certificates(List.of(rp.credential().certificate())));
      write(
          dir.resolve("rp-client.key"),
          banner("TEST-ONLY private key of " + rp.name() + "; never use elsewhere")
              + Pem.privateKey(rp.credential().key()));
      write(
          dir.resolve("verifier-tls-ca.pem"),
          banner("the TEST relying-party CA (trust for the verifier's HTTPS)")
              + Pem.certificates(List.of(rpCa.certificate())));
      try (InputStream in = RelyingPartyExport.class.getResourceAsStream("/openapi.yaml")) {
        if (in != null) {
          Files.write(dir.resolve("openapi.yaml"), in.readAllBytes());
        }
      }
      Map<String, Object> info = new LinkedHashMap<>();
      info.put("endpoints", endpoints);
      info.put("relyingParty", rp.name());
      info.put("role", rp.role().japanese());
      info.put("warning", "TEST ONLY: simulated verifier; no credential here is real");
      write(
          dir.resolve("verifier.json"),
          Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(info));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot export to " + dir, e);
    }
  }

  private static String banner(String what) {
    return "# TEST ONLY — mynalab simulated verifier: " + what + "\n";
  }

  private static void write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
