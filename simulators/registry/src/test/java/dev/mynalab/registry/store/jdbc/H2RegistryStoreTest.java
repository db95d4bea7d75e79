package dev.mynalab.registry.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mynalab.registry.RegistryContractTest;
import dev.mynalab.registry.api.Requests;
import dev.mynalab.registry.resident.Resident;
import dev.mynalab.registry.store.RegistryStore;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The register's contract on an embedded H2 file, plus what only a durable store can show. */
class H2RegistryStoreTest extends RegistryContractTest {

  @TempDir Path dir;

  @Override
  protected RegistryStore newStore() {
    return JdbcRegistryStore.h2File(dir.resolve("registry"));
  }

  @Test
  void everythingSurvivesAReopen() {
    Resident p = born("佐藤 一郎", "1980-05-01");
    registry.moveWithin(
        new Requests.MoveWithin(p.residentCode(), LocalDate.parse("2024-03-20"), "千代田区2", null));
    Resident before = registry.find(p.residentCode()).orElseThrow();
    store.close();
    try (JdbcRegistryStore reopened = JdbcRegistryStore.h2File(dir.resolve("registry"))) {
      assertThat(reopened.byResidentCode(p.residentCode())).contains(before);
      assertThat(reopened.events(p.personId())).hasSize(2);
      assertThat(reopened.residentCodeTaken(p.residentCode())).isTrue();
    }
    store = JdbcRegistryStore.h2File(dir.resolve("registry"));
  }
}
