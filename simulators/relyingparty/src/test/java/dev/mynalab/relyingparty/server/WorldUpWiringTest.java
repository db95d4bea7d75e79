package dev.mynalab.relyingparty.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mynalab.ca.hierarchy.TestKeys;
import dev.mynalab.ca.server.CaWorld;
import dev.mynalab.ca.store.CertificateRecord;
import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.kit.fixtures.Json;
import dev.mynalab.kit.journal.Journal;
import dev.mynalab.kit.random.WorldSeed;
import dev.mynalab.verifier.VerifierService;
import dev.mynalab.verifier.VerifierSettings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Date;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.junit.jupiter.api.Test;

/**
 * The wiring of {@code mynalab world up}: the servers on a verifier connected to a {@link CaWorld}
 * (the CA's own HTTPS OCSP/CRL), judging its exported sample certificates (signed in software with
 * the samples' TEST keys — no card in this world).
 */
class WorldUpWiringTest {

  @Test
  void theServersJudgeTheCaWorldsSamples() throws Exception {
    WorldSeed seed = WorldSeed.of(11);
    WorldClock clock = WorldClock.frozenAt(LocalDate.of(2026, 4, 1));
    Journal journal = new Journal(clock);
    try (CaWorld ca = CaWorld.start(CaWorld.Options.defaults(seed, clock, journal))) {
      VerifierService verifier =
          VerifierService.connectedTo(
              ca, "relyingparty", VerifierSettings.defaults(), seed, clock, journal);
      try (RelyingPartyServers rp =
          RelyingPartyServers.start(
              RelyingPartyServers.Options.defaults(verifier, seed, clock, journal))) {
        assertThat(rp.endpoints()).containsKeys("etax", "platform", "relyingparty-admin");

        JsonNode good = register(rp, signed(ca.samples().signGood(), seed, "good", clock));
        assertThat(good.get("accepted").asBoolean()).as(good.toString()).isTrue();

        JsonNode revoked = register(rp, signed(ca.samples().signRevoked(), seed, "revoked", clock));
        assertThat(revoked.get("accepted").asBoolean()).isFalse();
        assertThat(revoked.get("refusal").asText()).isEqualTo("CERTIFICATE_REVOKED");
      }
    }
  }

  private static JsonNode register(RelyingPartyServers rp, byte[] cms) throws Exception {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(rp.etaxUri() + "/etax/v1/registrations"))
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"document\":\"" + Base64.getEncoder().encodeToString(cms) + "\"}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isIn(200, 201);
    return Json.mapper().readTree(r.body());
  }

  private static byte[] signed(
      CertificateRecord sample, WorldSeed seed, String tag, WorldClock clock) throws Exception {
    PrivateKey key = TestKeys.rsa2048(seed, "sample.sign." + tag).getPrivate();
    ASN1EncodableVector attrs = new ASN1EncodableVector();
    attrs.add(
        new Attribute(CMSAttributes.signingTime, new DERSet(new Time(Date.from(clock.instant())))));
    CMSSignedDataGenerator g = new CMSSignedDataGenerator();
    g.addSignerInfoGenerator(
        new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
            .setSignedAttributeGenerator(
                new DefaultSignedAttributeTableGenerator(new AttributeTable(attrs)))
            .build(new JcaContentSignerBuilder("SHA256withRSA").build(key), sample.certificate()));
    g.addCertificate(new JcaX509CertificateHolder(sample.certificate()));
    return g.generate(
            new CMSProcessableByteArray(
                "{\"form\":\"registration\"}".getBytes(StandardCharsets.UTF_8)),
            true)
        .getEncoded();
  }
}
