package dev.mynalab.world;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps the registry's municipalities onto the CA's CRL partitions. The two simulators keep their
 * own municipality lists (a duplication the lead consolidates later): the registry knows 6-digit
 * 全国地方公共団体コード with the check digit ({@code 131016} 千代田区), the CA 5-digit codes without it ({@code
 * 13101}, the CRLDP partition and characters 15–19 of the authentication CN). This class derives
 * one CA partition per registry municipality (dropping the check digit), keeping the CA fixture's
 * romanised name where the CA already knows the code and using the Japanese name otherwise, so that
 * every municipality a resident can live in has a CRL partition.
 */
public final class CrlPartitions {

  private CrlPartitions() {}

  /** The CA partition code (5 digits) of a registry municipality code (6 digits). */
  public static String partitionOf(String registryCode) {
    if (registryCode == null || !registryCode.matches("\\d{6}")) {
      throw new IllegalArgumentException(
          "a registry municipality code has 6 digits (with check digit), got '"
              + registryCode
              + "'");
    }
    return registryCode.substring(0, 5);
  }

  /** The CA's municipalities: its own fixture plus one partition per registry municipality. */
  public static dev.mynalab.ca.profile.Municipalities forRegistry(
      dev.mynalab.registry.municipality.Municipalities registry) {
    Map<String, dev.mynalab.ca.profile.Municipality> byCode = new LinkedHashMap<>();
    for (var m : dev.mynalab.ca.profile.Municipalities.fixture().all()) {
      byCode.put(m.code(), m);
    }
    for (var m : registry.all()) {
      String code = partitionOf(m.code());
      byCode.putIfAbsent(
          code, new dev.mynalab.ca.profile.Municipality(code, m.prefecture(), m.name(), m.name()));
    }
    List<dev.mynalab.ca.profile.Municipality> all = new ArrayList<>(byCode.values());
    return new dev.mynalab.ca.profile.Municipalities(all);
  }
}
