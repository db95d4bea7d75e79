package dev.mynalab.konbini;

import dev.mynalab.registry.resident.Resident;
import java.util.Optional;

/**
 * Port: the resident's current facts from the 住民基本台帳 and the 戸籍の附票 (the registry module), read at
 * the moment of issue, so a printed 住民票の写し carries today's facts.
 */
@FunctionalInterface
public interface Residents {

  Optional<Resident> byPersonId(String personId);
}
