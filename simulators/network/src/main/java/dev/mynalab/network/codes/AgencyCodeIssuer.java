package dev.mynalab.network.codes;

import dev.mynalab.kit.random.WorldSeed;
import dev.mynalab.network.resident.JuminhyoCodeChange;
import dev.mynalab.network.resident.ResidentDirectory;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The network operator's issuer of 機関別符号 (seed: 「住民票コードは…情報連携に用いる機関別符号の生成の基礎」; 番号法 第2章第2節: 情報照会者等
 * obtain their 情報提供用個人識別符号 through 機構, which starts from the 住民票コード).
 *
 * <p><b>Design.</b> The first time a 住民票コード is presented, the operator draws a random {@link
 * PersonHandle} for that person and links the 住民票コード to it. The code of a person at an agency is
 * {@code HMAC-SHA256(K, "jr-agency-code/v1" ‖ 0 ‖ agencyId ‖ 0 ‖ handle)} truncated to 128 bits,
 * where K is a TEST key held only by the network (drawn from the world seed). Hence:
 *
 * <ul>
 *   <li><b>unique</b> — distinct (agency, person) pairs collide with probability ≈ 2⁻¹²⁸; a
 *       collision is checked for anyway and would fail loudly;
 *   <li><b>stable</b> — a move does not touch the handle; a 住民票コード change re-links the new 住民票コード
 *       to the same handle (the operator listens to the resident directory's change notifications),
 *       so every code stays as it was;
 *   <li><b>never the 個人番号</b> — neither the 個人番号 nor the 住民票コード enters the derivation, and the form
 *       (32 hex) differs;
 *   <li><b>unlinkable</b> — without K, one agency's code is a pseudo-random value independent of
 *       the person's code at any other agency (PRF security of HMAC); the mapping code → person is
 *       held only here, and {@link #resolve} answers an agency only about its own codes.
 * </ul>
 *
 * <p>Why not derive from the 住民票コード directly: the code would then change with it, and every
 * agency's records would silently lose the person. Why a handle rather than storing random codes:
 * both work; the keyed derivation lets the operator recompute codes without a table per agency,
 * while the reverse table is still needed (and kept) to translate.
 */
public final class AgencyCodeIssuer {

  private static final String CONTEXT = "jr-agency-code/v1";

  private final byte[] key;
  private final SplittableRandom handles;
  private final Map<String, PersonHandle> byJuminhyoCode = new HashMap<>();
  private final Map<String, Owner> owners = new HashMap<>();
  private final ResidentDirectory residents;

  private record Owner(String agencyId, PersonHandle person) {}

  public AgencyCodeIssuer(WorldSeed seed, ResidentDirectory residents) {
    this.key = new byte[32];
    seed.secureRandom("network/agency-code-key").nextBytes(key);
    this.handles = seed.stream("network/person-handle");
    this.residents = residents;
    residents.onJuminhyoCodeChange(this::relink);
  }

  /**
   * The code of the person with {@code juminhyoCode} at {@code agencyId} (符号の取得).
   *
   * @throws CodeNotIssuedException when the 住民票コード is not a current resident's
   */
  public synchronized AgencyCode obtain(String agencyId, String juminhyoCode) {
    if (!residents.isCurrentResident(juminhyoCode)) {
      throw new CodeNotIssuedException("no current resident has this 住民票コード");
    }
    PersonHandle person = byJuminhyoCode.computeIfAbsent(juminhyoCode, this::newHandle);
    return codeOf(agencyId, person);
  }

  /** The handle of a known person, for the network's own use (マイナポータル login). */
  public synchronized Optional<PersonHandle> handleOf(String juminhyoCode) {
    return Optional.ofNullable(byJuminhyoCode.get(juminhyoCode));
  }

  /** The handle linked to a 住民票コード, creating it if the person is a current resident. */
  public synchronized PersonHandle enrol(String juminhyoCode) {
    if (!residents.isCurrentResident(juminhyoCode)) {
      throw new CodeNotIssuedException("no current resident has this 住民票コード");
    }
    return byJuminhyoCode.computeIfAbsent(juminhyoCode, this::newHandle);
  }

  /** The code of {@code person} at {@code agencyId}; only the network calls this. */
  public synchronized AgencyCode codeOf(String agencyId, PersonHandle person) {
    AgencyCode code = derive(agencyId, person);
    Owner owner = new Owner(agencyId, person);
    Owner previous = owners.putIfAbsent(code.value(), owner);
    if (previous != null && !previous.equals(owner)) {
      throw new IllegalStateException("機関別符号 collision: the derivation key must be replaced");
    }
    return code;
  }

  /**
   * The person an agency's own code names; empty for an unknown code <em>and</em> for a code issued
   * to another agency, so an agency learns nothing about other agencies' codes.
   */
  public synchronized Optional<PersonHandle> resolve(String agencyId, AgencyCode code) {
    Owner owner = owners.get(code.value());
    if (owner == null || !owner.agencyId().equals(agencyId)) {
      return Optional.empty();
    }
    return Optional.of(owner.person());
  }

  /** How many persons the network knows (admin plane). */
  public synchronized int persons() {
    return byJuminhyoCode.size();
  }

  private void relink(JuminhyoCodeChange change) {
    synchronized (this) {
      PersonHandle person = byJuminhyoCode.remove(change.previous());
      if (person != null) {
        byJuminhyoCode.put(change.current(), person);
      }
    }
  }

  private PersonHandle newHandle(String unused) {
    byte[] random = new byte[16];
    for (int i = 0; i < random.length; i += 8) {
      long draw = handles.nextLong();
      for (int j = 0; j < 8; j++) {
        random[i + j] = (byte) (draw >>> (8 * j));
      }
    }
    PersonHandle handle = new PersonHandle(HexFormat.of().formatHex(random));
    return handle;
  }

  private AgencyCode derive(String agencyId, PersonHandle person) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      mac.update(CONTEXT.getBytes(StandardCharsets.US_ASCII));
      mac.update((byte) 0);
      mac.update(agencyId.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      mac.update(person.value().getBytes(StandardCharsets.US_ASCII));
      byte[] tag = mac.doFinal();
      return new AgencyCode(HexFormat.of().withUpperCase().formatHex(tag, 0, 16));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is required by the Java platform", e);
    }
  }
}
