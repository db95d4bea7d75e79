package dev.mynalab.registry.store;

import dev.mynalab.registry.RegistryContractTest;

class InMemoryRegistryStoreTest extends RegistryContractTest {
  @Override
  protected RegistryStore newStore() {
    return new InMemoryRegistryStore();
  }
}
