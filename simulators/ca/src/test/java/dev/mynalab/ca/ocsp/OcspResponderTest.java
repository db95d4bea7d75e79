package dev.mynalab.ca.ocsp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mynalab.ca.CaSettings;
import dev.mynalab.ca.TestWorld;
import dev.mynalab.ca.hierarchy.CaGeneration;
import dev.mynalab.ca.hierarchy.CaPurpose;
import dev.mynalab.ca.hierarchy.CaSigner;
import dev.mynalab.ca.hierarchy.SignerFailure;
import dev.mynalab.ca.store.CertificateRecord;
import java.math.BigInteger;
import java.time.Duration;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.SingleResp;
import org.bouncycastle.cert.ocsp.UnknownStatus;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.junit.jupiter.api.Test;

class OcspResponderTest {

  private final TestWorld world = new TestWorld();
  private final OcspResponder ocsp = world.ca.ocsp();

  private CertificateRecord issue(String holder) {
    return world.ca.issue(
        CaPurpose.AUTHENTICATION,
        world.cardKey(holder),
        TestWorld.adult(holder),
        TestWorld.cardExpiry());
  }

  private static SingleResp single(OcspAnswer a) throws Exception {
    return OcspTestSupport.basic(a.der()).getResponses()[0];
  }

  @Test
  void goodFromThePresignedCacheWithoutSigning() throws Exception {
    CertificateRecord r = issue("g");
    long before = ocsp.signatures();
    OcspAnswer a = ocsp.respond(OcspTestSupport.request(r, null), p -> true);
    OcspAnswer b = ocsp.respond(OcspTestSupport.request(r, null), p -> true);
    assertThat(a.outcome()).isEqualTo("good");
    assertThat(a.presigned()).isTrue();
    assertThat(b.der()).isEqualTo(a.der());
    assertThat(ocsp.signatures()).isEqualTo(before);
    SingleResp s = single(a);
    assertThat(s.getCertStatus()).isEqualTo(CertificateStatus.GOOD);
    assertThat(s.getNextUpdate()).isAfter(s.getThisUpdate());
    BasicOCSPResp basic = OcspTestSupport.basic(a.der());
    assertThat(basic.getCerts()).hasSize(1);
    org.bouncycastle.cert.X509CertificateHolder responder = basic.getCerts()[0];
    assertThat(basic.isSignatureValid(new JcaContentVerifierProviderBuilder().build(responder)))
        .isTrue();
    // the delegated responder is certified by the issuing generation, for OCSP signing only
    assertThat(
            responder.isSignatureValid(
                new JcaContentVerifierProviderBuilder().build(r.issuer().publicKey())))
        .isTrue();
    assertThat(
            org.bouncycastle.asn1.x509.ExtendedKeyUsage.fromExtensions(responder.getExtensions())
                .hasKeyPurposeId(org.bouncycastle.asn1.x509.KeyPurposeId.id_kp_OCSPSigning))
        .isTrue();
    assertThat(responder.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nocheck)).isNotNull();
    assertThat(
            org.bouncycastle.asn1.x509.AuthorityKeyIdentifier.fromExtensions(
                    responder.getExtensions())
                .getKeyIdentifier())
        .isEqualTo(r.issuer().keyId());
  }

  @Test
  void revocationReSignsAtOnceWithTimeAndReason() throws Exception {
    CertificateRecord r = issue("r");
    ocsp.respond(OcspTestSupport.request(r, null), p -> true);
    world.clock.advance(Duration.ofMinutes(3));
    world.ca.revocations().suspendAfterLoss("r");
    OcspAnswer a = ocsp.respond(OcspTestSupport.request(r, null), p -> true);
    assertThat(a.outcome()).isEqualTo("revoked");
    assertThat(a.presigned()).isTrue();
    RevokedStatus status = (RevokedStatus) single(a).getCertStatus();
    assertThat(status.getRevocationTime().toInstant()).isEqualTo(r.revocation().orElseThrow().at());
    assertThat(status.getRevocationReason()).isEqualTo(1); // keyCompromise
  }

  @Test
  void unknownSerialUnderAKnownIssuer() throws Exception {
    CertificateRecord r = issue("u");
    OcspAnswer a =
        ocsp.respond(
            OcspTestSupport.request(r.issuer().holder(), BigInteger.valueOf(42), null), p -> true);
    assertThat(a.outcome()).isEqualTo("unknown");
    assertThat(single(a).getCertStatus()).isInstanceOf(UnknownStatus.class);
  }

  @Test
  void garbageIsMalformedRequestNeverAnException() throws Exception {
    for (byte[] junk : new byte[][] {{}, {0x30, 0x03, 0x02, 0x01}, "hello".getBytes()}) {
      OcspAnswer a = ocsp.respond(junk, p -> true);
      assertThat(a.outcome()).isEqualTo("malformedRequest");
      assertThat(new OCSPResp(a.der()).getStatus()).isEqualTo(1);
    }
  }

  @Test
  void foreignIssuerAndNotEntitledVerifierAreUnauthorized() throws Exception {
    CertificateRecord r = issue("f");
    TestWorld other = new TestWorld(CaSettings.defaults());
    // same DN, same serial, but another world's key: the key hash does not match
    org.bouncycastle.cert.X509CertificateHolder foreignIssuer =
        new org.bouncycastle.cert.X509CertificateHolder(
            dev.mynalab.ca.hierarchy.CaHierarchy.create(
                    dev.mynalab.kit.random.WorldSeed.of(5), world.clock.instant(), 1)
                .current(CaPurpose.AUTHENTICATION)
                .certificate()
                .getEncoded());
    assertThat(
            ocsp.respond(OcspTestSupport.request(foreignIssuer, r.serial(), null), p -> true)
                .outcome())
        .isEqualTo("unauthorized");
    OcspAnswer refused =
        ocsp.respond(OcspTestSupport.request(r, null), p -> p == CaPurpose.SIGNATURE);
    assertThat(refused.outcome()).isEqualTo("unauthorized");
    assertThat(new OCSPResp(refused.der()).getStatus()).isEqualTo(6);
    assertThat(other).isNotNull();
  }

  @Test
  void nonceIsIgnoredByDefaultAndEchoedWhenSignOnDemand() throws Exception {
    CertificateRecord r = issue("n");
    byte[] nonce = {1, 2, 3, 4, 5, 6, 7, 8};
    OcspAnswer ignored = ocsp.respond(OcspTestSupport.request(r, nonce), p -> true);
    assertThat(ignored.presigned()).isTrue();
    assertThat(
            OcspTestSupport.basic(ignored.der())
                .getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce))
        .isNull();

    TestWorld echoing =
        new TestWorld(CaSettings.defaults().withNoncePolicy(NoncePolicy.SIGN_ON_DEMAND));
    CertificateRecord e =
        echoing.ca.issue(
            CaPurpose.AUTHENTICATION,
            echoing.cardKey("n"),
            TestWorld.adult("n"),
            TestWorld.cardExpiry());
    OcspAnswer echoed = echoing.ca.ocsp().respond(OcspTestSupport.request(e, nonce), p -> true);
    assertThat(echoed.presigned()).isFalse();
    assertThat(
            org.bouncycastle.asn1.ASN1OctetString.getInstance(
                    OcspTestSupport.basic(echoed.der())
                        .getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce)
                        .getParsedValue())
                .getOctets())
        .isEqualTo(nonce);
    // RFC 8954: a nonce longer than 32 octets is malformed
    assertThat(
            echoing
                .ca
                .ocsp()
                .respond(OcspTestSupport.request(e, new byte[33]), p -> true)
                .outcome())
        .isEqualTo("malformedRequest");
  }

  @Test
  void presignedAnswersAreRefreshedBeforeNextUpdate() throws Exception {
    CertificateRecord r = issue("t");
    SingleResp first = single(ocsp.respond(OcspTestSupport.request(r, null), p -> true));
    assertThat(ocsp.refreshDue()).isZero();
    world.clock.advance(Duration.ofHours(10)); // validity >= 12h, refresh-ahead 3h
    int refreshed = ocsp.refreshDue();
    assertThat(refreshed).isGreaterThanOrEqualTo(0);
    world.clock.advance(Duration.ofHours(9)); // now past any 12..18h window's refresh point
    assertThat(ocsp.refreshDue() + refreshed).isGreaterThanOrEqualTo(1);
    SingleResp later = single(ocsp.respond(OcspTestSupport.request(r, null), p -> true));
    assertThat(later.getThisUpdate()).isAfter(first.getThisUpdate());
    assertThat(later.getNextUpdate().toInstant()).isAfter(world.clock.instant());
  }

  @Test
  void aBrokenSignerYieldsInternalErrorAndRevocationNeverLeavesAStaleGood() throws Exception {
    CertificateRecord r = issue("x");
    CaGeneration g = r.issuer();
    ResponderIdentity responder = ocsp.responder(g);
    CaSigner good =
        responder.injectSigner(
            new CaSigner() {
              @Override
              public java.security.PublicKey publicKey() {
                return g.certificate().getPublicKey();
              }

              @Override
              public byte[] signSha256Digest(byte[] digest) {
                throw new SignerFailure("HSM offline (TEST fault)");
              }
            });
    world.ca.revocations().died("x");
    OcspAnswer a = ocsp.respond(OcspTestSupport.request(r, null), p -> true);
    assertThat(a.outcome()).isEqualTo("internalError");
    assertThat(new OCSPResp(a.der()).getStatus()).isEqualTo(2);
    responder.injectSigner(good);
    assertThat(ocsp.respond(OcspTestSupport.request(r, null), p -> true).outcome())
        .isEqualTo("revoked");
  }
}
