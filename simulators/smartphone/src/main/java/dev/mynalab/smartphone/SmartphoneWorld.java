package dev.mynalab.smartphone;

import dev.mynalab.smartphone.health.PhoneEligibilityReader;
import dev.mynalab.smartphone.verification.ReferenceVerifier;
import dev.mynalab.world.ReferenceWorld;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The smartphone service joined to a {@link ReferenceWorld} (its clock, seed, journal, rule book,
 * registry, 機構 and CAs): phones are bought, loaded ({@link SmartphoneLoading}), reported lost
 * ({@link PhoneHotline}) and presented at facility readers ({@link PhoneEligibilityReader}); the
 * verifier on the world's CAs ({@link ReferenceVerifier}) starts on first use and stops with {@link
 * #close()}.
 */
public final class SmartphoneWorld implements AutoCloseable {

  private final ReferenceWorld world;
  private final SplittableRandom phoneIds;
  private final SmartphoneLoading loading;
  private final PhoneHotline hotline;
  private ReferenceVerifier verifier;
  private final Map<String, Smartphone> phones = new LinkedHashMap<>();

  /** The service with the world's rule-book value of {@code phoneCertificatesFollowCard}. */
  public SmartphoneWorld(ReferenceWorld world) {
    this(world, world.rules().parameters().phoneCertificatesFollowCard());
  }

  /**
   * The service with an explicit answer to SP-04's open question (see {@link SmartphoneLoading}).
   */
  public SmartphoneWorld(ReferenceWorld world, boolean phoneCertificatesFollowCard) {
    this.world = world;
    this.phoneIds = world.seed().stream("smartphone.phone-ids");
    this.loading = new SmartphoneLoading(world, this::verifier, phoneCertificatesFollowCard);
    this.hotline = new PhoneHotline(world::ca, world.journal());
  }

  public ReferenceWorld world() {
    return world;
  }

  /** A new phone of {@code model}, with nothing loaded. */
  public synchronized Smartphone buy(PhoneModel model) {
    String id;
    do {
      id = String.format("phone-%08d", phoneIds.nextInt(100_000_000));
    } while (phones.containsKey(id));
    Smartphone phone = new Smartphone(id, model);
    phones.put(id, phone);
    return phone;
  }

  /** Every phone bought in this world, in order of purchase. */
  public synchronized List<Smartphone> phones() {
    return List.copyOf(phones.values());
  }

  /** The phone with {@code id}, if it was bought in this world. */
  public synchronized Optional<Smartphone> phone(String id) {
    return Optional.ofNullable(phones.get(id));
  }

  public SmartphoneLoading loading() {
    return loading;
  }

  public PhoneHotline hotline() {
    return hotline;
  }

  /** A facility's reader, with or without the added smartphone reader (SP-03). */
  public PhoneEligibilityReader facilityReader(boolean phoneReaderAdded) {
    return new PhoneEligibilityReader(
        phoneReaderAdded, verifier().logins(), world.clock(), world.journal());
  }

  /** The relying parties' verifier on the world's CAs (started on first use). */
  public synchronized ReferenceVerifier verifier() {
    if (verifier == null) {
      verifier = ReferenceVerifier.start(world.ca(), world.seed(), world.clock(), world.journal());
    }
    return verifier;
  }

  @Override
  public synchronized void close() {
    if (verifier != null) {
      verifier.close();
      verifier = null;
    }
  }
}
