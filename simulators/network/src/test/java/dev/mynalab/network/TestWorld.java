package dev.mynalab.network;

import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.kit.random.WorldSeed;
import dev.mynalab.network.agency.InMemoryProvider;
import dev.mynalab.network.codes.AgencyCode;
import dev.mynalab.network.exchange.InformationProvisionNetwork;
import dev.mynalab.network.exchange.LogSink;
import dev.mynalab.network.resident.InMemoryResidentDirectory;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** A small simulated world for the network's tests: residents, the network, in-memory providers. */
public final class TestWorld {

  public static final String HANAKO = "12345678901";
  public static final String TARO = "23456789012";

  public final WorldClock clock = WorldClock.frozenAt(LocalDate.of(2026, 4, 1));
  public final WorldSeed seed;
  public final InMemoryResidentDirectory residents = new InMemoryResidentDirectory();
  public final InformationProvisionNetwork network;
  public final Map<String, InMemoryProvider> providers = new HashMap<>();

  public TestWorld() {
    this(WorldSeed.of(42), LogSink.NONE);
  }

  public TestWorld(WorldSeed seed, LogSink sink) {
    this.seed = seed;
    this.network =
        InformationProvisionNetwork.builder(clock, seed, residents)
            .checkpointEvery(4)
            .sink(sink)
            .build();
    for (var agency : network.agencies().agencies()) {
      if (!agency.provides().isEmpty()) {
        InMemoryProvider provider = new InMemoryProvider();
        providers.put(agency.id(), provider);
        network.attachProvider(agency.id(), provider);
      }
    }
    residents.register(HANAKO, "甲市");
    residents.register(TARO, "甲市");
  }

  /** The agency records {@code data} about the resident under its own code. */
  public void holds(String agency, String juminhyoCode, String item, Map<String, String> data) {
    AgencyCode code = network.obtainCode(agency, juminhyoCode);
    providers.get(agency).hold(code, item, data);
  }

  public AgencyCode code(String agency, String juminhyoCode) {
    return network.obtainCode(agency, juminhyoCode);
  }
}
