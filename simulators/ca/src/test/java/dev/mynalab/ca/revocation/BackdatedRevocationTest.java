package dev.mynalab.ca.revocation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mynalab.ca.TestWorld;
import dev.mynalab.ca.hierarchy.CaPurpose;
import dev.mynalab.ca.ocsp.OcspTestSupport;
import dev.mynalab.ca.store.CertificateRecord;
import java.io.ByteArrayInputStream;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.time.Duration;
import java.time.Instant;
import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.SingleResp;
import org.junit.jupiter.api.Test;

/**
 * A 届出 recorded after the event (a 死亡届 five days after the death): revoked when processed, with the
 * event's instant as invalidityDate in the CRL entry and in the OCSP answer (RFC 5280 §5.3.2, RFC
 * 6960 §4.4).
 */
class BackdatedRevocationTest {

  private final TestWorld world = new TestWorld();

  private CertificateRecord issue(String holder) {
    return world.ca.issue(
        CaPurpose.SIGNATURE,
        world.cardKey(holder),
        TestWorld.adult(holder),
        TestWorld.cardExpiry());
  }

  private SingleResp ocsp(CertificateRecord r) throws Exception {
    byte[] der = world.ca.ocsp().respond(OcspTestSupport.request(r, null), p -> true).der();
    return OcspTestSupport.basic(der).getResponses()[0];
  }

  private X509CRLEntry crlEntry(CertificateRecord r) throws Exception {
    byte[] der = world.ca.crls().full(world.ca.crls().partitionOf(r)).der();
    X509CRL crl =
        (X509CRL)
            CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(der));
    return crl.getRevokedCertificate(r.certificate());
  }

  private static Instant invalidity(byte[] extensionValue) throws Exception {
    byte[] inner = org.bouncycastle.asn1.ASN1OctetString.getInstance(extensionValue).getOctets();
    return ASN1GeneralizedTime.getInstance(inner).getDate().toInstant();
  }

  @Test
  void aLateNotificationKeepsTheProcessingTimeAndAddsTheInvalidityDate() throws Exception {
    CertificateRecord r = issue("late");
    Instant died = world.clock.instant().minus(Duration.ofDays(5));
    world.ca.revocations().invalidSince(died).died("late");

    var revocation = r.revocation().orElseThrow();
    assertThat(revocation.at()).isEqualTo(world.clock.instant());
    assertThat(revocation.invalidFrom()).isEqualTo(died);
    assertThat(revocation.effectiveFrom()).isEqualTo(died);

    SingleResp single = ocsp(r);
    RevokedStatus status = (RevokedStatus) single.getCertStatus();
    assertThat(status.getRevocationTime().toInstant()).isEqualTo(world.clock.instant());
    Extension ext = single.getExtension(Extension.invalidityDate);
    assertThat(ext).isNotNull();
    assertThat(ext.isCritical()).isFalse();
    assertThat(ASN1GeneralizedTime.getInstance(ext.getParsedValue()).getDate().toInstant())
        .isEqualTo(died);

    X509CRLEntry entry = crlEntry(r);
    assertThat(entry.getRevocationDate().toInstant()).isEqualTo(world.clock.instant());
    assertThat(invalidity(entry.getExtensionValue(Extension.invalidityDate.getId())))
        .isEqualTo(died);
  }

  @Test
  void aTimelyNotificationCarriesNoInvalidityDate() throws Exception {
    CertificateRecord r = issue("timely");
    world.ca.revocations().invalidSince(world.clock.instant()).died("timely");
    assertThat(r.revocation().orElseThrow().invalidFrom()).isNull();
    assertThat(ocsp(r).getExtension(Extension.invalidityDate)).isNull();
    assertThat(crlEntry(r).getExtensionValue(Extension.invalidityDate.getId())).isNull();
  }

  @Test
  void theFirstRevocationStandsAndALaterBackdatedOneChangesNothing() throws Exception {
    CertificateRecord r = issue("twice");
    world.ca.revocations().suspendAfterLoss("twice");
    var first = r.revocation().orElseThrow();
    world.clock.advance(Duration.ofDays(1));
    assertThat(
            world
                .ca
                .revocations()
                .invalidSince(Instant.parse("2020-01-01T00:00:00Z"))
                .died("twice"))
        .isEmpty();
    assertThat(r.revocation().orElseThrow()).isEqualTo(first);
  }
}
