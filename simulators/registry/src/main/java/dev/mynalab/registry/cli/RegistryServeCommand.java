package dev.mynalab.registry.cli;

import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.kit.journal.Journal;
import dev.mynalab.registry.http.RegistryServer;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mynalab registry serve}: runs the register's two HTTP planes until interrupted. The store,
 * ports, seed and rule-book parameters are the system properties {@link
 * RegistryServer#fromSystemProperties} reads; the options here set them.
 */
@Command(
    name = "registry",
    description = "Runs the resident register (住民基本台帳) over HTTP: clerks' API and admin plane.",
    mixinStandardHelpOptions = true)
public final class RegistryServeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--store",
      description = "memory (default), h2:<file path>, or a JDBC URL (jdbc:postgresql://…)")
  String store;

  @Option(names = "--user", description = "database user for a JDBC URL")
  String user;

  @Option(names = "--password", description = "database password for a JDBC URL")
  String password;

  @Option(names = "--port", description = "port of the clerks' API (0 = any free port)")
  Integer port;

  @Option(names = "--admin-port", description = "port of the admin plane (0 = any free port)")
  Integer adminPort;

  /** Set by tests to stop the server instead of waiting for an interrupt. */
  CountDownLatch stop = new CountDownLatch(1);

  @Override
  public Integer call() throws InterruptedException {
    set("mynalab.registry.store", store);
    set("mynalab.registry.user", user);
    set("mynalab.registry.password", password);
    set("mynalab.registry.port", port == null ? null : port.toString());
    set("mynalab.registry.adminPort", adminPort == null ? null : adminPort.toString());
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    WorldClock clock = WorldClock.running();
    RegistryServer server;
    try {
      server = RegistryServer.fromSystemProperties(clock, new Journal(clock));
    } catch (IllegalArgumentException | IllegalStateException e) {
      err.println("registry: " + e.getMessage());
      return 2;
    }
    try (server) {
      out.println("registry " + server.uri() + " admin " + server.adminUri());
      out.flush();
      stop.await();
    }
    return 0;
  }

  private static void set(String key, String value) {
    if (value != null) {
      System.setProperty(key, value);
    }
  }
}
