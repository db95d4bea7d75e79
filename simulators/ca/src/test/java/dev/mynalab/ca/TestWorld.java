package dev.mynalab.ca;

import dev.mynalab.ca.hierarchy.TestKeys;
import dev.mynalab.ca.issuance.Holder;
import dev.mynalab.ca.profile.BasicFour;
import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.kit.journal.Journal;
import dev.mynalab.kit.person.Sex;
import dev.mynalab.kit.random.WorldSeed;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.PublicKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A small simulated world for tests: frozen clock, fixed seed, journal, the CAs. */
public final class TestWorld {

  public static final long SEED = 20261127L;

  public final WorldClock clock;
  public final WorldSeed seed;
  public final Journal journal;
  public final JpkiCertificateAuthority ca;

  public TestWorld() {
    this(CaSettings.defaults());
  }

  public TestWorld(CaSettings settings) {
    this.clock =
        WorldClock.frozenAt(
            LocalDateTime.of(2026, 11, 27, 10, 0).atZone(WorldClock.JST).toInstant());
    this.seed = WorldSeed.of(SEED);
    this.journal = new Journal(clock);
    this.ca = JpkiCertificateAuthority.create(clock, seed, journal, settings);
  }

  /** A TEST card key (the card module generates real ones on the card). */
  public PublicKey cardKey(String name) {
    return TestKeys.rsa2048(seed, "card." + name).getPublic();
  }

  /** An adult holder in Sapporo-shi-Minami-ku born 1980-02-17. */
  public static Holder adult(String reference) {
    return Holder.of(
        reference,
        "01106",
        BasicFour.of("試験　太郎", Sex.MALE, LocalDate.of(1980, 2, 17), "北海道札幌市南区真駒内１２３番地"));
  }

  public static Holder bornOn(String reference, LocalDate dateOfBirth) {
    return Holder.of(
        reference, "13221", BasicFour.of("試験　花子", Sex.FEMALE, dateOfBirth, "東京都清瀬市元町１－２－３"));
  }

  public static LocalDate cardExpiry() {
    return LocalDate.of(2036, 2, 17);
  }

  public static X509Certificate resourceCertificate(String path) {
    try (InputStream in = TestWorld.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + path);
      }
      return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (CertificateException e) {
      throw new IllegalStateException(e);
    }
  }
}
