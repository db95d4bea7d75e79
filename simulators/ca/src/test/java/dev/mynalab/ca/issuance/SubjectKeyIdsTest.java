package dev.mynalab.ca.issuance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mynalab.ca.CaSettings;
import dev.mynalab.ca.JpkiCertificateAuthority;
import dev.mynalab.ca.TestWorld;
import dev.mynalab.ca.hierarchy.CaPurpose;
import dev.mynalab.ca.store.CertificateRecord;
import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.kit.journal.Journal;
import dev.mynalab.kit.random.WorldSeed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.junit.jupiter.api.Test;

/**
 * Principle 8 for an optional extension: two seeds derive the end-entity subjectKeyIdentifier
 * differently, and every output is a valid certificate whose identifier is one of the RFC 5280 /
 * RFC 7093 methods, in the profile's position, non-critical.
 */
class SubjectKeyIdsTest {

  private static List<SubjectKeyIds.Method> methodsOf(long seed, TestWorld keys) throws Exception {
    WorldClock clock = WorldClock.frozenAt(LocalDate.of(2026, 11, 27));
    JpkiCertificateAuthority ca =
        JpkiCertificateAuthority.create(
            clock, WorldSeed.of(seed), new Journal(clock), CaSettings.defaults());
    List<SubjectKeyIds.Method> methods = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      CertificateRecord r =
          ca.issue(
              CaPurpose.AUTHENTICATION,
              keys.cardKey("k" + i),
              TestWorld.adult("h" + i),
              TestWorld.cardExpiry());
      r.certificate().verify(r.issuer().publicKey());
      Extension ski = r.holder().getExtension(Extension.subjectKeyIdentifier);
      assertThat(ski.isCritical()).isFalse();
      assertThat(List.of(r.holder().getExtensions().getExtensionOIDs()))
          .last()
          .isEqualTo(Extension.subjectKeyIdentifier);
      byte[] id =
          SubjectKeyIdentifier.fromExtensions(r.holder().getExtensions()).getKeyIdentifier();
      SubjectKeyIds.Method method =
          EnumSet.allOf(SubjectKeyIds.Method.class).stream()
              .filter(
                  m -> Arrays.equals(id, SubjectKeyIds.of(m, r.holder().getSubjectPublicKeyInfo())))
              .findFirst()
              .orElseThrow(() -> new AssertionError("an identifier by no known method"));
      methods.add(method);
    }
    return methods;
  }

  @Test
  void twoSeedsDeriveTheIdentifierDifferentlyAndBothAreValid() throws Exception {
    TestWorld keys = new TestWorld();
    List<SubjectKeyIds.Method> a = methodsOf(1, keys);
    List<SubjectKeyIds.Method> b = methodsOf(2, keys);
    assertThat(a).isNotEqualTo(b);
    assertThat(methodsOf(1, keys)).as("the same seed replays").isEqualTo(a);
    assertThat(Set.copyOf(a)).hasSizeGreaterThan(1);
  }

  @Test
  void method2IsFourBitsOf0100AndSixtyBitsOfTheSha1() {
    SubjectPublicKeyInfo key =
        SubjectPublicKeyInfo.getInstance(new TestWorld().cardKey("m2").getEncoded());
    byte[] full = SubjectKeyIds.of(SubjectKeyIds.Method.SHA1, key);
    byte[] truncated = SubjectKeyIds.of(SubjectKeyIds.Method.SHA1_TRUNCATED, key);
    assertThat(truncated).hasSize(8);
    assertThat(truncated[0] & 0xF0).isEqualTo(0x40);
    assertThat(truncated[0] & 0x0F).isEqualTo(full[12] & 0x0F);
    assertThat(Arrays.copyOfRange(truncated, 1, 8)).isEqualTo(Arrays.copyOfRange(full, 13, 20));
    assertThat(SubjectKeyIds.fixed().next(key).getKeyIdentifier()).isEqualTo(full);
  }
}
