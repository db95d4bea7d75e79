package dev.mynalab.drivers.verifier;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.mynalab.ca.issuance.Holder;
import dev.mynalab.ca.profile.BasicFour;
import dev.mynalab.kit.fixtures.Fixtures;
import dev.mynalab.kit.person.Sex;
import java.time.LocalDate;
import java.util.List;

/**
 * One fictional card holder of {@code fixtures/verification/holders.yaml} (TEST ONLY), shared by
 * the verification features and the load tests' feeders.
 */
public record HolderFixture(
    String reference,
    String municipality,
    String name,
    String sex,
    LocalDate dateOfBirth,
    String address) {

  public static final String PATH = "fixtures/verification/holders.yaml";

  public static List<HolderFixture> all() {
    return Fixtures.load(PATH, new TypeReference<List<HolderFixture>>() {});
  }

  public Holder holder() {
    return Holder.of(
        reference, municipality, BasicFour.of(name, Sex.valueOf(sex), dateOfBirth, address));
  }
}
