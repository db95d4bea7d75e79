package dev.mynalab.registry.store;

import dev.mynalab.registry.store.jdbc.JdbcRegistryStore;
import java.nio.file.Path;

/**
 * Opens a store from one configuration string, so that servers, scenarios and benchmarks choose the
 * same way: {@code memory}, {@code h2:<file path>} (embedded H2 file, the durable default), or a
 * JDBC URL ({@code jdbc:postgresql://…}, {@code jdbc:h2:…}) with user and password.
 */
public final class Stores {

  private Stores() {}

  /** The configuration values understood, for error messages. */
  public static final String ALLOWED = "memory, h2:<file path>, jdbc:<url>";

  public static RegistryStore open(String spec, String user, String password) {
    if (spec == null || spec.isBlank() || spec.equals("memory")) {
      return new InMemoryRegistryStore();
    }
    if (spec.startsWith("h2:")) {
      return JdbcRegistryStore.h2File(Path.of(spec.substring(3)));
    }
    if (spec.startsWith("jdbc:")) {
      return JdbcRegistryStore.open(spec, user, password);
    }
    throw new IllegalArgumentException(
        "mynalab.registry.store must be one of " + ALLOWED + ", got '" + spec + "'");
  }
}
