package dev.mynalab.network.cli;

import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.kit.fixtures.Json;
import dev.mynalab.kit.random.WorldSeed;
import dev.mynalab.network.portal.TestJpki.UserCredential;
import dev.mynalab.network.server.DemoWorld;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateEncodingException;
import java.util.Base64;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code network serve}: runs a demo world of the network on loopback so that outside software (an
 * agency's system, a portal client) can be pointed at it. Prints the endpoints, each agency's
 * bearer token and the TEST residents as JSON on stdout; with {@code --credentials DIR} writes each
 * resident's TEST user certificate and key (PEM) and the TEST CA for portal logins. Runs until
 * interrupted.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description =
        "Serves a demo world of the network, its admin plane and マイナポータル on loopback. TEST ONLY.")
public final class ServeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--port", description = "protocol port (default 0 = any free)")
  int port;

  @Option(names = "--admin-port", description = "admin port (default 0 = any free)")
  int adminPort;

  @Option(names = "--portal-port", description = "portal port (default 0 = any free)")
  int portalPort;

  @Option(names = "--residents", description = "TEST residents to create (default 3)")
  int residents = 3;

  @Option(
      names = "--credentials",
      paramLabel = "DIR",
      description = "write TEST login credentials here")
  Path credentials;

  /** For tests: stop after start-up instead of waiting to be interrupted. */
  CountDownLatch stop = new CountDownLatch(1);

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (residents < 1 || residents > 1000) {
      err.println("serve: --residents must be 1..1000, got " + residents);
      return 2;
    }
    WorldSeed seed = WorldSeed.fromSystemProperty();
    err.println("serve: seed " + seed + " (replay with -Dmynalab.seed=" + seed + ")");
    try (DemoWorld world = new DemoWorld(seed, WorldClock.running(), residents)) {
      try {
        world.start(port, adminPort, portalPort);
      } catch (IllegalStateException e) {
        err.println("serve: " + e.getMessage());
        return 2;
      }
      if (credentials != null) {
        writeCredentials(world);
      }
      out.println(
          Json.mapper()
              .writerWithDefaultPrettyPrinter()
              .writeValueAsString(world.connectionInfo()));
      out.flush();
      stop.await();
    }
    return 0;
  }

  private void writeCredentials(DemoWorld world) throws IOException, CertificateEncodingException {
    Files.createDirectories(credentials);
    Files.writeString(
        credentials.resolve("ca.pem"),
        pem("CERTIFICATE", world.jpki().caCertificate().getEncoded()));
    for (String code : world.juminhyoCodes()) {
      UserCredential user = world.jpki().issue(code);
      Files.writeString(
          credentials.resolve(code + ".crt.pem"),
          pem("CERTIFICATE", user.certificate().getEncoded()));
      Files.writeString(
          credentials.resolve(code + ".key.pem"), pem("PRIVATE KEY", user.key().getEncoded()));
    }
  }

  private static String pem(String type, byte[] der) {
    return "-----BEGIN "
        + type
        + "-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
        + "\n-----END "
        + type
        + "-----\n";
  }
}
