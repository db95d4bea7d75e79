package dev.mynalab.card.personalisation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mynalab.card.CardFixtures;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.util.List;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.DERUTF8String;
import org.junit.jupiter.api.Test;

/** The TEST JPKI profile (card-interface.md §5) of the module's own small issuer. */
class TestJpkiIssuerTest {

  private final TestJpkiIssuer jpki = CardFixtures.cards().jpki();
  private final HolderData holder =
      TestHolders.load().get("kokubu-taro").issuedOn(LocalDate.of(2026, 1, 27));

  private static PublicKey key() throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(2048);
    return g.generateKeyPair().getPublic();
  }

  @Test
  void authenticationCertificateCarriesNoNameOnlyAnIdWithTheMunicipality() throws Exception {
    X509Certificate c = jpki.certifyAuthentication(key(), holder);
    String dn = c.getSubjectX500Principal().getName();
    assertThat(dn).matches("CN=[0-9A-Z]{14}13221003A,C=JP");
    assertThat(c.getKeyUsage()[0]).as("digitalSignature").isTrue();
    assertThat(c.getCriticalExtensionOIDs()).contains("2.5.29.15", "2.5.29.32");
    assertThat(c.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.2");
    assertThat(c.getIssuerX500Principal().getName()).contains("O=JPKI-TEST");
    // valid to the 5th birthday after issue, 23:59:59 JST
    assertThat(c.getNotAfter().toInstant().toString()).isEqualTo("2030-02-17T14:59:59Z");
    c.verify(jpki.authenticationCa().getPublicKey());
  }

  @Test
  void signingCertificateCarriesTheFourFactsInSixOtherNames() throws Exception {
    X509Certificate c = jpki.certifySigning(key(), holder);
    assertThat(c.getKeyUsage()[0]).isTrue();
    assertThat(c.getKeyUsage()[1]).as("nonRepudiation").isTrue();
    List<String> oids = new java.util.ArrayList<>();
    List<String> values = new java.util.ArrayList<>();
    for (List<?> san : c.getSubjectAlternativeNames()) {
      assertThat(san.get(0)).isEqualTo(0); // otherName
      ASN1Primitive top = ASN1Primitive.fromByteArray((byte[]) san.get(1));
      ASN1Sequence seq =
          top instanceof ASN1TaggedObject t
              ? ASN1Sequence.getInstance(t, false)
              : ASN1Sequence.getInstance(top);
      oids.add(seq.getObjectAt(0).toString());
      ASN1Primitive value = seq.getObjectAt(1).toASN1Primitive();
      while (value instanceof ASN1TaggedObject t) {
        value = t.getBaseObject().toASN1Primitive();
      }
      assertThat(value).as("UTF8String values").isInstanceOf(DERUTF8String.class);
      values.add(((DERUTF8String) value).getString());
    }
    String arc = "1.2.392.200149.8.5.5.";
    assertThat(oids).containsExactly(arc + 1, arc + 4, arc + 3, arc + 5, arc + 2, arc + 6);
    assertThat(values.get(0)).isEqualTo("国分　太郎");
    assertThat(values.get(1)).as("昭和 = 3").isEqualTo("319800217");
    assertThat(values.get(2)).isEqualTo("1");
    assertThat(values.get(3)).isEqualTo(holder.address());
    c.verify(jpki.signingCa().getPublicKey());
  }
}
