package dev.mynalab.network.server;

import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.kit.http.HttpEndpoint;
import dev.mynalab.kit.journal.Journal;
import dev.mynalab.kit.random.WorldSeed;
import dev.mynalab.network.agency.Agency;
import dev.mynalab.network.agency.InMemoryProvider;
import dev.mynalab.network.exchange.InformationProvisionNetwork;
import dev.mynalab.network.portal.MynaPortal;
import dev.mynalab.network.portal.TestJpki;
import dev.mynalab.network.resident.InMemoryResidentDirectory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A self-contained simulated world for pointing outside software at the network: seeded TEST
 * residents, every fixture agency attached with an in-memory provider that holds sample data for
 * each resident, a stand-in TEST CA for portal logins, and the three loopback endpoints (protocol,
 * admin, portal). Everything is TEST data drawn from the seed.
 */
public final class DemoWorld implements AutoCloseable {

  private final InMemoryResidentDirectory residents = new InMemoryResidentDirectory();
  private final InformationProvisionNetwork network;
  private final NetworkHttpApi api;
  private final TestJpki jpki;
  private final List<String> juminhyoCodes;
  private final WorldClock clock;
  private final WorldSeed seed;
  private HttpEndpoint protocol;
  private HttpEndpoint admin;
  private HttpEndpoint portal;

  public DemoWorld(WorldSeed seed, WorldClock clock, int residentCount) {
    this.clock = clock;
    this.seed = seed;
    Journal journal = new Journal(clock);
    this.network =
        InformationProvisionNetwork.builder(clock, seed, residents).journal(journal).build();
    this.api = new NetworkHttpApi(network, seed);
    this.jpki = new TestJpki(seed, clock);
    SplittableRandom random = seed.stream("network/demo-residents");
    List<String> codes = new java.util.ArrayList<>();
    while (codes.size() < residentCount) {
      String code = String.format("%011d", Math.floorMod(random.nextLong(), 100_000_000_000L));
      if (!residents.isCurrentResident(code)) {
        residents.register(code, "甲市");
        codes.add(code);
      }
    }
    this.juminhyoCodes = List.copyOf(codes);
    for (Agency agency : network.agencies().agencies()) {
      if (agency.provides().isEmpty()) {
        continue;
      }
      InMemoryProvider provider = new InMemoryProvider();
      network.attachProvider(agency.id(), provider);
      for (String code : juminhyoCodes) {
        for (String item : agency.provides()) {
          provider.hold(
              network.obtainCode(agency.id(), code),
              item,
              Map.of(
                  "sample",
                  "TEST " + item + " of " + agency.id(),
                  "amount",
                  Integer.toString(random.nextInt(1_000_000))));
        }
      }
    }
  }

  /** Starts the three endpoints on loopback (0 = any free port). */
  public void start(int protocolPort, int adminPort, int portalPort) {
    protocol = api.start(protocolPort);
    admin = new NetworkAdminHttpApi(network).start(adminPort);
    portal =
        new PortalHttpApi(new MynaPortal(network, jpki.verifier(), clock, seed), network.journal())
            .start(portalPort);
  }

  /** What an outside client needs: base URIs, each agency's bearer token, the TEST residents. */
  public Map<String, Object> connectionInfo() {
    Map<String, Object> info = new LinkedHashMap<>();
    info.put("network", protocol.uri().toString());
    info.put("admin", admin.uri().toString());
    info.put("portal", portal.uri().toString());
    Map<String, String> tokens = new LinkedHashMap<>();
    network.agencies().agencies().forEach(a -> tokens.put(a.id(), api.tokenFor(a.id())));
    info.put("agencyTokens", tokens);
    info.put("juminhyoCodes", juminhyoCodes);
    return info;
  }

  public InformationProvisionNetwork network() {
    return network;
  }

  public TestJpki jpki() {
    return jpki;
  }

  public List<String> juminhyoCodes() {
    return juminhyoCodes;
  }

  @Override
  public void close() {
    for (HttpEndpoint e : new HttpEndpoint[] {protocol, admin, portal}) {
      if (e != null) {
        e.close();
      }
    }
  }
}
