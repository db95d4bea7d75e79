package dev.mynalab.ca.hierarchy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mynalab.ca.TestWorld;
import dev.mynalab.kit.random.WorldSeed;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERPrintableString;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.X509CertificateHolder;
import org.junit.jupiter.api.Test;

class CaHierarchyTest {

  private static final Instant NOW = Instant.parse("2026-11-27T01:00:00Z");

  private static List<String> extensionList(X509CertificateHolder cert) {
    List<String> list = new ArrayList<>();
    Extensions e = cert.getExtensions();
    for (ASN1ObjectIdentifier oid : e.getExtensionOIDs()) {
      list.add(oid.getId() + (e.getExtension(oid).isCritical() ? " critical" : ""));
    }
    return list;
  }

  @Test
  void generationsShareOneDnButNotOneKey() throws Exception {
    CaHierarchy h = CaHierarchy.create(WorldSeed.of(TestWorld.SEED), NOW, 3);
    for (CaPurpose purpose : CaPurpose.values()) {
      List<CaGeneration> gens = h.generations(purpose);
      assertThat(gens).hasSize(3);
      Set<String> keyIds = new HashSet<>();
      for (CaGeneration g : gens) {
        assertThat(g.name()).isEqualTo(JpkiNames.ca(purpose));
        g.certificate().verify(g.certificate().getPublicKey()); // self-signed
        g.certificate().checkValidity(java.util.Date.from(NOW));
        keyIds.add(g.keyIdHex());
      }
      assertThat(keyIds).hasSize(3);
      assertThat(h.current(purpose)).isSameAs(gens.get(2));
      // a generation's certificate does not verify under another generation's key
      X509Certificate g1 = gens.get(0).certificate();
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> g1.verify(gens.get(1).certificate().getPublicKey()))
          .isInstanceOf(java.security.SignatureException.class);
    }
  }

  @Test
  void dnIsEncodedLikeTheRealRoots() {
    CaHierarchy h = CaHierarchy.create(WorldSeed.of(TestWorld.SEED), NOW, 1);
    RDN[] rdns = h.current(CaPurpose.AUTHENTICATION).name().getRDNs();
    assertThat(rdns).hasSize(4);
    assertThat(rdns[0].getFirst().getValue()).isInstanceOf(DERPrintableString.class);
    for (int i = 1; i < 4; i++) {
      assertThat(rdns[i].getFirst().getValue()).isInstanceOf(DERUTF8String.class);
    }
    assertThat(h.current(CaPurpose.SIGNATURE).name().toString())
        .isEqualTo(
            "C=JP,O=JPKI-TEST,OU=JPKI for digital signature,"
                + "OU=Japan Agency for Local Authority Information Systems");
  }

  @Test
  void extensionsAndValidityMatchTheRealRoots() throws Exception {
    CaHierarchy h = CaHierarchy.create(WorldSeed.of(TestWorld.SEED), NOW, 3);
    for (String real : List.of("auth_ca_2023.pem", "sign_ca_2023.pem", "auth_ca_2015.pem")) {
      X509CertificateHolder r =
          new X509CertificateHolder(
              TestWorld.resourceCertificate("jpki-public/" + real).getEncoded());
      CaPurpose purpose = real.startsWith("auth") ? CaPurpose.AUTHENTICATION : CaPurpose.SIGNATURE;
      for (CaGeneration g : h.generations(purpose)) {
        assertThat(extensionList(g.holder())).as(real).containsExactlyElementsOf(extensionList(r));
        X509Certificate c = g.certificate();
        assertThat(c.getNotAfter().toInstant().atOffset(ZoneOffset.UTC).toLocalTime().toString())
            .isEqualTo("14:59:59");
        assertThat(c.getSigAlgName()).isEqualTo("SHA256withRSA");
        assertThat(
                ((java.security.interfaces.RSAPublicKey) c.getPublicKey()).getModulus().bitLength())
            .isEqualTo(2048);
        assertThat(c.getBasicConstraints()).isEqualTo(Integer.MAX_VALUE);
      }
    }
  }

  @Test
  void keysReplayFromTheSeedAndDifferAcrossSeeds() {
    CaHierarchy a = CaHierarchy.create(WorldSeed.of(TestWorld.SEED), NOW, 1);
    CaHierarchy b = CaHierarchy.create(WorldSeed.of(TestWorld.SEED), NOW, 1);
    CaHierarchy c = CaHierarchy.create(WorldSeed.of(5), NOW, 1);
    assertThat(a.current(CaPurpose.SIGNATURE).keyIdHex())
        .isEqualTo(b.current(CaPurpose.SIGNATURE).keyIdHex())
        .isNotEqualTo(c.current(CaPurpose.SIGNATURE).keyIdHex());
  }

  @Test
  void rolloverAddsANewIssuerWithTheSameName() {
    CaHierarchy h = CaHierarchy.create(WorldSeed.of(TestWorld.SEED), NOW, 2);
    CaGeneration before = h.current(CaPurpose.AUTHENTICATION);
    CaGeneration next = h.rollover(CaPurpose.AUTHENTICATION, NOW.plusSeconds(60));
    assertThat(next.number()).isEqualTo(3);
    assertThat(h.current(CaPurpose.AUTHENTICATION)).isSameAs(next);
    assertThat(next.name()).isEqualTo(before.name());
    assertThat(h.byKeyId(before.keyId())).contains(before);
    assertThat(h.byKeyId(next.keyId())).contains(next);
  }
}
