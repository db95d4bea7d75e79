package dev.mynalab.registry.store.jdbc;

import dev.mynalab.kit.testing.RequiresService;
import dev.mynalab.registry.RegistryContractTest;
import dev.mynalab.registry.store.RegistryStore;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The register's contract on a real PostgreSQL server ({@code .ci/postgres.sh} sets it up). The
 * URL, user and password come from {@code MYNALAB_PG_URL}, {@code MYNALAB_PG_USER}, {@code
 * MYNALAB_PG_PASSWORD}; without a server the test skips locally and fails under CI=true.
 */
class PostgresRegistryStoreTest extends RegistryContractTest {

  static final String URL = env("MYNALAB_PG_URL", "jdbc:postgresql://127.0.0.1:5432/mynalab");
  static final String USER = env("MYNALAB_PG_USER", "mynalab");
  static final String PASSWORD = env("MYNALAB_PG_PASSWORD", "mynalab");

  private static String env(String name, String fallback) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? fallback : v;
  }

  private static Boolean available;

  static synchronized boolean available() {
    if (available == null) {
      available = probe();
    }
    return available;
  }

  private static boolean probe() {
    try (var c = DriverManager.getConnection(URL, USER, PASSWORD)) {
      return c.isValid(2);
    } catch (SQLException e) {
      return false;
    }
  }

  @Override
  protected RegistryStore newStore() {
    RequiresService.require(
        "PostgreSQL at " + URL + " (user " + USER + ")",
        available(),
        "run .ci/postgres.sh (apt-get install postgresql; creates role and database mynalab)");
    return JdbcRegistryStore.open(URL, USER, PASSWORD);
  }
}
