package dev.mynalab.drivers.registry;

import dev.mynalab.drivers.World;
import dev.mynalab.kit.journal.Journal;
import dev.mynalab.registry.ResidentRegistry;
import dev.mynalab.registry.municipality.Municipalities;
import dev.mynalab.registry.notify.RecordingNotifications;
import dev.mynalab.registry.store.InMemoryRegistryStore;
import dev.mynalab.registry.store.RegistryStore;
import dev.mynalab.registry.store.jdbc.JdbcRegistryStore;
import dev.mynalab.rulebook.RuleBook;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * One register of a scenario on one store, with the issuing authority's recording subscriber. The
 * first lane journals into the world's journal (the scenario's evidence); the others into their
 * own.
 */
final class RegistryLane implements AutoCloseable {

  final String storeName;
  final RegistryStore store;
  final ResidentRegistry registry;
  final RecordingNotifications authority = new RecordingNotifications();
  private final Path tempDir;

  private RegistryLane(
      String storeName, RegistryStore store, Path tempDir, World world, Journal journal) {
    this.storeName = storeName;
    this.store = store;
    this.tempDir = tempDir;
    this.registry =
        new ResidentRegistry(
            store,
            Municipalities.fromFixture(),
            RuleBook.fromSystemProperties(),
            world.clock(),
            world.seed(),
            journal);
    registry.subscribe(authority);
  }

  static RegistryLane open(String storeName, World world, boolean primary) {
    Journal journal = primary ? world.journal() : new Journal(world.clock());
    switch (storeName) {
      case "memory" -> {
        return new RegistryLane(storeName, new InMemoryRegistryStore(), null, world, journal);
      }
      case "h2" -> {
        try {
          Path dir = Files.createTempDirectory("mynalab-registry-");
          return new RegistryLane(
              storeName, JdbcRegistryStore.h2File(dir.resolve("registry")), dir, world, journal);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot create a temporary H2 directory", e);
        }
      }
      default ->
          throw new IllegalArgumentException(
              MunicipalOffice.STORES_PROPERTY
                  + " must list memory and/or h2 (comma-separated), got '"
                  + storeName
                  + "'");
    }
  }

  @Override
  public void close() {
    store.close();
    if (tempDir != null) {
      try (Stream<Path> files = Files.walk(tempDir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException ignored) {
        // a temporary directory left behind is harmless
      }
    }
  }
}
