package dev.mynalab.ca.crl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mynalab.ca.TestWorld;
import dev.mynalab.ca.hierarchy.CaPurpose;
import dev.mynalab.ca.store.CertificateRecord;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.time.Duration;
import java.util.List;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.IssuingDistributionPoint;
import org.bouncycastle.cert.X509CRLHolder;
import org.junit.jupiter.api.Test;

class CrlPublisherTest {

  private final TestWorld world = new TestWorld();

  private static X509CRL parse(byte[] der) throws Exception {
    return (X509CRL)
        CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(der));
  }

  @Test
  void everyCertificatesCrlDpMatchesExactlyOnePartitionsIdp() throws Exception {
    CertificateRecord r =
        world.ca.issue(
            CaPurpose.AUTHENTICATION,
            world.cardKey("a"),
            TestWorld.adult("p"),
            TestWorld.cardExpiry());
    CRLDistPoint dp = CRLDistPoint.fromExtensions(r.holder().getExtensions());
    int matches = 0;
    for (CrlPartition partition : world.ca.crls().partitions()) {
      PublishedCrl crl = world.ca.crls().full(partition);
      IssuingDistributionPoint idp =
          IssuingDistributionPoint.getInstance(
              new X509CRLHolder(crl.der())
                  .getExtension(Extension.issuingDistributionPoint)
                  .getParsedValue());
      if (idp.getDistributionPoint().equals(dp.getDistributionPoints()[0].getDistributionPoint())
          && partition.issuer() == r.issuer()) {
        matches++;
        assertThat(idp.onlyContainsUserCerts()).isTrue();
        assertThat(partition).isEqualTo(world.ca.crls().partitionOf(r));
      }
    }
    assertThat(matches).isEqualTo(1);
    // 2 purposes x 3 generations x (6 municipalities + ARL)
    assertThat(world.ca.crls().partitions()).hasSize(2 * 3 * 7);
  }

  @Test
  void fullCrlListsTheRevokedCertificateAndVerifiesUnderItsGeneration() throws Exception {
    CertificateRecord good =
        world.ca.issue(
            CaPurpose.SIGNATURE, world.cardKey("g"), TestWorld.adult("g"), TestWorld.cardExpiry());
    CertificateRecord bad =
        world.ca.issue(
            CaPurpose.SIGNATURE, world.cardKey("b"), TestWorld.adult("b"), TestWorld.cardExpiry());
    world.ca.revocations().basicFourChanged("b");
    PublishedCrl crl = world.ca.crls().full(world.ca.crls().partitionOf(bad));
    X509CRL parsed = parse(crl.der());
    parsed.verify(bad.issuer().publicKey());
    assertThat(parsed.isRevoked(bad.certificate())).isTrue();
    assertThat(parsed.isRevoked(good.certificate())).isFalse();
    assertThat(parsed.getRevokedCertificate(bad.certificate()).getRevocationReason())
        .hasToString("AFFILIATION_CHANGED");
    assertThat(parsed.getCriticalExtensionOIDs())
        .contains(Extension.issuingDistributionPoint.getId());
    assertThat(parsed.getNextUpdate()).isAfter(parsed.getThisUpdate());
    // other partitions do not list it
    for (CrlPartition p : world.ca.crls().partitions()) {
      if (!p.equals(world.ca.crls().partitionOf(bad))) {
        assertThat(world.ca.crls().full(p).entries()).isZero();
      }
    }
  }

  @Test
  void deltaListsRevocationsAfterItsBaseAndSharesTheNumberSequence() throws Exception {
    CertificateRecord first =
        world.ca.issue(
            CaPurpose.AUTHENTICATION,
            world.cardKey("1"),
            TestWorld.adult("one"),
            TestWorld.cardExpiry());
    CertificateRecord second =
        world.ca.issue(
            CaPurpose.AUTHENTICATION,
            world.cardKey("2"),
            TestWorld.adult("two"),
            TestWorld.cardExpiry());
    world.ca.revocations().suspendAfterLoss("one");
    CrlPartition p = world.ca.crls().partitionOf(first);
    PublishedCrl base = world.ca.crls().full(p);
    assertThat(base.entries()).isEqualTo(1);
    PublishedCrl emptyDelta = world.ca.crls().delta(p);
    assertThat(emptyDelta.entries()).isZero();
    world.clock.advance(Duration.ofMinutes(5));
    world.ca.revocations().suspendAfterLoss("two");
    PublishedCrl delta = world.ca.crls().delta(p);
    assertThat(delta.entries()).isEqualTo(1);
    assertThat(delta.baseNumber()).isEqualTo(base.number());
    assertThat(delta.number()).isGreaterThan(emptyDelta.number()).isGreaterThan(base.number());
    X509CRL parsed = parse(delta.der());
    parsed.verify(first.issuer().publicKey());
    assertThat(parsed.isRevoked(second.certificate())).isTrue();
    assertThat(parsed.isRevoked(first.certificate())).isFalse();
    assertThat(parsed.getCriticalExtensionOIDs()).contains(Extension.deltaCRLIndicator.getId());
    // the unchanged delta is served again without re-signing
    assertThat(world.ca.crls().delta(p)).isSameAs(delta);
  }

  @Test
  void arlCoversCaCertificatesUnderTheCaDn() throws Exception {
    CrlPartition arl =
        world.ca.crls().partitions().stream().filter(CrlPartition::isArl).findFirst().orElseThrow();
    X509CRLHolder holder = new X509CRLHolder(world.ca.crls().full(arl).der());
    IssuingDistributionPoint idp =
        IssuingDistributionPoint.getInstance(
            holder.getExtension(Extension.issuingDistributionPoint).getParsedValue());
    assertThat(idp.onlyContainsCACerts()).isTrue();
    assertThat(arl.distributionPoint()).isEqualTo(arl.issuer().name());
    assertThat(arl.id()).endsWith("-arl");
  }

  @Test
  void entryOrderIsSeededNotSorted() throws Exception {
    for (int i = 0; i < 20; i++) {
      world.ca.issue(
          CaPurpose.AUTHENTICATION,
          world.cardKey("k" + (i % 3)),
          TestWorld.adult("h" + i),
          TestWorld.cardExpiry());
      world.ca.revocations().died("h" + i);
    }
    CrlPartition p = world.ca.crls().partitionOf(world.ca.store().byHolder("h0").get(0));
    List<BigInteger> serials =
        new X509CRLHolder(world.ca.crls().full(p).der())
            .getRevokedCertificates().stream()
                .map(e -> ((org.bouncycastle.cert.X509CRLEntryHolder) e).getSerialNumber())
                .toList();
    assertThat(serials).hasSize(20);
    assertThat(serials).isNotEqualTo(serials.stream().sorted().toList());
  }
}
