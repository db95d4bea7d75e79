package dev.mynalab.ca.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mynalab.ca.TestWorld;
import dev.mynalab.ca.hierarchy.CaPurpose;
import dev.mynalab.ca.hierarchy.JpkiNames;
import dev.mynalab.ca.store.CertificateRecord;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.X509CertificateHolder;
import org.junit.jupiter.api.Test;

class EndEntityProfileTest {

  private final TestWorld world = new TestWorld();

  /** (OID, critical) pairs in certificate order. */
  static List<String> extensionList(X509CertificateHolder cert) {
    List<String> list = new ArrayList<>();
    Extensions extensions = cert.getExtensions();
    for (ASN1ObjectIdentifier oid : extensions.getExtensionOIDs()) {
      list.add(oid.getId() + (extensions.getExtension(oid).isCritical() ? " critical" : ""));
    }
    return list;
  }

  @Test
  void authenticationExtensionsMatchTheRealCardCertificate() throws Exception {
    X509Certificate real = TestWorld.resourceCertificate("jpki-public/auth_ee_sample.der");
    CertificateRecord ours =
        world.ca.issue(
            CaPurpose.AUTHENTICATION,
            world.cardKey("a"),
            TestWorld.adult("p1"),
            TestWorld.cardExpiry());

    List<String> expected = extensionList(new X509CertificateHolder(real.getEncoded()));
    assertThat(expected).hasSize(8); // the sample really has 8: guard against a broken resource
    assertThat(extensionList(ours.holder())).containsExactlyElementsOf(expected);
  }

  @Test
  void authenticationSubjectIsCountryAndOpaque23CharacterId() throws Exception {
    CertificateRecord ours =
        world.ca.issue(
            CaPurpose.AUTHENTICATION,
            world.cardKey("a"),
            TestWorld.adult("p1"),
            TestWorld.cardExpiry());
    X500Name subject = ours.holder().getSubject();
    assertThat(subject.getRDNs()).hasSize(2);
    String cn = subject.getRDNs()[1].getFirst().getValue().toString();
    assertThat(cn).hasSize(23).matches("[0-9A-F]{8}[A-Z]{6}01106\\d{3}[A-Z]");
    assertThat(ours.certificate().getKeyUsage()).startsWith(true, false);
    assertThat(ours.certificate().getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.2");
  }

  @Test
  void crlDistributionPointNamesTheHoldersMunicipalPartition() {
    CertificateRecord ours =
        world.ca.issue(
            CaPurpose.AUTHENTICATION,
            world.cardKey("a"),
            TestWorld.adult("p1"),
            TestWorld.cardExpiry());
    CRLDistPoint dp = CRLDistPoint.fromExtensions(ours.holder().getExtensions());
    GeneralName name =
        GeneralNames.getInstance(dp.getDistributionPoints()[0].getDistributionPoint().getName())
            .getNames()[0];
    assertThat(X500Name.getInstance(name.getName()))
        .isEqualTo(
            JpkiNames.partition(CaPurpose.AUTHENTICATION, "Hokkaido", "Sapporo-shi-Minami-ku"));
    assertThat(X500Name.getInstance(name.getName()).toString())
        .isEqualTo(
            "C=JP,O=JPKI-TEST,OU=JPKI for user authentication,OU=CRL Distribution Points,"
                + "OU=Hokkaido,CN=Sapporo-shi-Minami-ku CRLDP");
  }

  @Test
  void authorityKeyIdentifierCarriesKeyIdIssuerAndSerialOfTheIssuingGeneration() {
    CertificateRecord ours =
        world.ca.issue(
            CaPurpose.AUTHENTICATION,
            world.cardKey("a"),
            TestWorld.adult("p1"),
            TestWorld.cardExpiry());
    AuthorityKeyIdentifier aki =
        AuthorityKeyIdentifier.fromExtensions(ours.holder().getExtensions());
    assertThat(aki.getKeyIdentifier()).isEqualTo(ours.issuer().keyId());
    assertThat(aki.getAuthorityCertSerialNumber()).isEqualTo(ours.issuer().serial());
    assertThat(X500Name.getInstance(aki.getAuthorityCertIssuer().getNames()[0].getName()))
        .isEqualTo(ours.issuer().name());
  }

  @Test
  void signingCertificateCarriesTheBasicFourAsUtf8OtherNames() throws Exception {
    CertificateRecord ours =
        world.ca.issue(
            CaPurpose.SIGNATURE, world.cardKey("s"), TestWorld.adult("p1"), TestWorld.cardExpiry());
    GeneralNames sans =
        GeneralNames.fromExtensions(
            ours.holder().getExtensions(), Extension.subjectAlternativeName);
    List<String> values = new ArrayList<>();
    for (GeneralName san : sans.getNames()) {
      assertThat(san.getTagNo()).isEqualTo(GeneralName.otherName);
      ASN1Sequence on = ASN1Sequence.getInstance(san.getName());
      String oid = ASN1ObjectIdentifier.getInstance(on.getObjectAt(0)).getId();
      ASN1TaggedObject explicit = ASN1TaggedObject.getInstance(on.getObjectAt(1));
      assertThat(explicit.getTagNo()).isZero();
      assertThat(explicit.isExplicit()).isTrue();
      values.add(
          oid + "=" + DERUTF8String.getInstance(explicit.getExplicitBaseObject()).getString());
    }
    assertThat(values)
        .containsExactly(
            "1.2.392.200149.8.5.5.1=試験　太郎",
            "1.2.392.200149.8.5.5.4=319800217",
            "1.2.392.200149.8.5.5.3=1",
            "1.2.392.200149.8.5.5.5=北海道札幌市南区真駒内１２３番地",
            "1.2.392.200149.8.5.5.2=00000",
            "1.2.392.200149.8.5.5.6=" + "0".repeat(16));
    assertThat(extensionList(ours.holder()))
        .containsExactly(
            Extension.keyUsage.getId() + " critical",
            Extension.certificatePolicies.getId() + " critical",
            Extension.subjectAlternativeName.getId(),
            Extension.issuerAlternativeName.getId(),
            Extension.cRLDistributionPoints.getId(),
            Extension.authorityInfoAccess.getId(),
            Extension.authorityKeyIdentifier.getId(),
            Extension.subjectKeyIdentifier.getId());
    boolean[] ku = ours.certificate().getKeyUsage();
    assertThat(ku[0]).isTrue();
    assertThat(ku[1]).isTrue();
    assertThat(ours.certificate().getSubjectX500Principal().getName())
        .isEqualTo("CN=" + cn(ours) + ",L=Sapporo-shi-Minami-ku,L=Hokkaido,C=JP");
  }

  private static String cn(CertificateRecord r) {
    X500Name s = r.holder().getSubject();
    return s.getRDNs()[s.getRDNs().length - 1].getFirst().getValue().toString();
  }

  @Test
  void policyOidsAndCpsQualifierPerPurpose() throws Exception {
    CertificateRecord auth =
        world.ca.issue(
            CaPurpose.AUTHENTICATION,
            world.cardKey("a"),
            TestWorld.adult("p1"),
            TestWorld.cardExpiry());
    CertificateRecord sign =
        world.ca.issue(
            CaPurpose.SIGNATURE, world.cardKey("s"), TestWorld.adult("p1"), TestWorld.cardExpiry());
    X509Certificate real = TestWorld.resourceCertificate("jpki-public/auth_ee_sample.der");
    // byte-equal policy extension value with the real card (same OID, same CPS URL)
    assertThat(auth.certificate().getExtensionValue("2.5.29.32"))
        .isEqualTo(real.getExtensionValue("2.5.29.32"));
    assertThat(new String(sign.certificate().getExtensionValue("2.5.29.32"), "ISO-8859-1"))
        .contains("http://www.jpki.go.jp/cps.html");
    assertThat(
            org.bouncycastle.asn1.x509.CertificatePolicies.fromExtensions(
                    sign.holder().getExtensions())
                .getPolicyInformation()[0]
                .getPolicyIdentifier()
                .getId())
        .isEqualTo("1.2.392.200149.8.5.1.1.20");
  }
}
