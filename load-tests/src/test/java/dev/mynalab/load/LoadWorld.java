package dev.mynalab.load;

import dev.mynalab.ca.access.TlsCredential;
import dev.mynalab.ca.hierarchy.CaPurpose;
import dev.mynalab.ca.store.CertificateRecord;
import dev.mynalab.drivers.World;
import dev.mynalab.drivers.verifier.HolderFixture;
import dev.mynalab.drivers.verifier.VerifierDriver;
import dev.mynalab.kit.fixtures.Json;
import dev.mynalab.kit.random.WorldSeed;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.net.ssl.KeyManagerFactory;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * The world under load, started in-process on loopback (ephemeral ports) through the same 検証者
 * driver and holder fixture the features use: every holder gets both certificates; one holder's
 * card is suspended (both revoked, EC-05); the feeders are built from what the driver issued.
 */
public final class LoadWorld implements AutoCloseable {

  /** The holder whose card is suspended before the run (her certificates are the revoked ones). */
  static final String SUSPENDED = "holder-kiyose-3";

  private final VerifierDriver driver;
  private final List<Map<String, Object>> goodAuth = new ArrayList<>();
  private final List<Map<String, Object>> mix = new ArrayList<>();
  private final List<Map<String, Object>> documents = new ArrayList<>();
  private final List<Map<String, Object>> ocsp = new ArrayList<>();

  private LoadWorld(long seed) throws Exception {
    driver = new VerifierDriver(World.withSeed(WorldSeed.of(seed)));
    driver.verifier(); // start CAs and verifier before any time passes
    for (HolderFixture h : driver.holders().values()) {
      CertificateRecord auth = driver.issue(h.reference(), CaPurpose.AUTHENTICATION);
      CertificateRecord sign = driver.issue(h.reference(), CaPurpose.SIGNATURE);
      if (h.reference().equals(SUSPENDED)) {
        continue;
      }
      goodAuth.add(validation(auth.certificate(), "auth", null, "VALID"));
      mix.add(validation(auth.certificate(), "auth", null, "VALID"));
      mix.add(
          validation(
              auth.certificate(),
              "auth",
              auth.certificate().getNotAfter().toInstant().plus(Duration.ofDays(1)).toString(),
              "EXPIRED"));
      documents.add(
          document(driver.cardKey(h.reference(), CaPurpose.SIGNATURE), sign.certificate()));
      ocsp.add(Map.of("ocsp", ocspRequest(auth)));
    }
    driver.suspend(SUSPENDED);
    mix.add(
        validation(
            driver.certificate(SUSPENDED, CaPurpose.AUTHENTICATION).certificate(),
            "auth",
            null,
            "REVOKED"));
    mix.add(
        validation(
            driver.certificate(SUSPENDED, CaPurpose.SIGNATURE).certificate(),
            "sign",
            null,
            "REVOKED"));
    warmUp();
  }

  /**
   * Steady state before the clock starts: every certificate once through the library (chain and
   * OCSP caches filled, as in a running service) and the hot paths JIT-compiled.
   */
  private void warmUp() {
    var v = driver.verifier().service();
    for (int round = 0; round < 200; round++) {
      for (HolderFixture h : driver.holders().values()) {
        v.certificates()
            .validate(
                driver.certificate(h.reference(), CaPurpose.AUTHENTICATION).certificate(),
                dev.mynalab.verifier.Purpose.AUTH);
        v.certificates()
            .validate(
                driver.certificate(h.reference(), CaPurpose.SIGNATURE).certificate(),
                dev.mynalab.verifier.Purpose.SIGN);
      }
    }
  }

  public static LoadWorld start() {
    try {
      return new LoadWorld(Long.getLong("mynalab.seed", 20261127L));
    } catch (Exception e) {
      throw new IllegalStateException("cannot start the world under load: " + e, e);
    }
  }

  private static Map<String, Object> validation(
      X509Certificate cert, String purpose, String at, String expected) throws Exception {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("certificate", Base64.getEncoder().encodeToString(cert.getEncoded()));
    body.put("purpose", purpose);
    if (at != null) {
      body.put("at", at);
    }
    return Map.of("body", Json.mapper().writeValueAsString(body), "expected", expected);
  }

  private Map<String, Object> document(KeyPair key, X509Certificate cert) throws Exception {
    byte[] content =
        ("<申告書 TEST>確定申告書 " + cert.getSerialNumber().toString(16) + "</申告書>")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    ASN1EncodableVector attrs = new ASN1EncodableVector();
    attrs.add(
        new Attribute(
            CMSAttributes.signingTime,
            new DERSet(new Time(Date.from(driver.world().clock().instant())))));
    CMSSignedDataGenerator g = new CMSSignedDataGenerator();
    g.addSignerInfoGenerator(
        new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
            .setSignedAttributeGenerator(
                new DefaultSignedAttributeTableGenerator(new AttributeTable(attrs)))
            .build(new JcaContentSignerBuilder("SHA256withRSA").build(key.getPrivate()), cert));
    g.addCertificates(new JcaCertStore(List.of(cert)));
    byte[] cms = g.generate(new CMSProcessableByteArray(content), true).getEncoded();
    return Map.of(
        "body",
        Json.mapper()
            .writeValueAsString(Map.of("document", Base64.getEncoder().encodeToString(cms))),
        "expected",
        "VALID");
  }

  private static byte[] ocspRequest(CertificateRecord r) throws Exception {
    CertificateID id =
        new CertificateID(
            new JcaDigestCalculatorProviderBuilder().build().get(CertificateID.HASH_SHA1),
            new X509CertificateHolder(r.issuer().certificate().getEncoded()),
            r.serial());
    return new OCSPReqBuilder().addRequest(id).build().getEncoded();
  }

  /**
   * Where Gatling sends its load. Gatling's Netty TLS client did not complete a single handshake
   * with the JDK's HttpsServer requiring client certificates (10 s handshake timeouts, with the
   * JDK's own HTTP client succeeding in the same JVM), so the load enters through plain-HTTP
   * loopback listeners with the very same handlers: the verifier's load-test listener (taken for
   * the registered relying party) and a pass-through to the CA's OCSP responder. Behind them the
   * verifier still talks HTTPS with its client certificate to the CA.
   */
  public String verifierUri() {
    return driver.verifier().openLoadTestListener().toString();
  }

  public String caUri() {
    synchronized (this) {
      if (ocspPassThrough == null) {
        ocspPassThrough =
            dev.mynalab.kit.http.HttpEndpoint.builder("ocsp-load")
                .host("127.0.0.1")
                .port(0)
                .threads(4)
                .post(
                    "/ocsp",
                    r ->
                        dev.mynalab.kit.http.HttpResponse.bytes(
                            200,
                            "application/ocsp-response",
                            driver.ca().authority().ocsp().respond(r.body(), p -> true).der()))
                .start();
      }
      return ocspPassThrough.uri().toString();
    }
  }

  private dev.mynalab.kit.http.HttpEndpoint ocspPassThrough;

  public List<Map<String, Object>> goodAuth() {
    return goodAuth;
  }

  public List<Map<String, Object>> mix() {
    return mix;
  }

  public List<Map<String, Object>> documents() {
    return documents;
  }

  public List<Map<String, Object>> ocsp() {
    return ocsp;
  }

  /** Key managers presenting the registered relying party's TLS client certificate. */
  public KeyManagerFactory relyingPartyKeys() {
    return keys(driver.verifier().exportedRelyingParty().credential());
  }

  /** Key managers presenting the verifier registration at the CA (OCSP directly). */
  public KeyManagerFactory caClientKeys() {
    return keys(driver.ca().exportedVerifier().credential());
  }

  private static KeyManagerFactory keys(TlsCredential c) {
    try {
      char[] pw = "TEST-ONLY".toCharArray();
      KeyStore ks = KeyStore.getInstance("PKCS12");
      ks.load(null, null);
      ks.setKeyEntry("own", c.key(), pw, new Certificate[] {c.certificate(), c.issuer()});
      KeyManagerFactory kmf =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      kmf.init(ks, pw);
      return kmf;
    } catch (Exception e) {
      throw new IllegalStateException("cannot build key managers", e);
    }
  }

  /** One request with the JDK's HTTP client, to tell server trouble from load-generator trouble. */
  public String probe() {
    try {
      var c = java.net.http.HttpClient.newBuilder().sslContext(driver.relyingPartyTls()).build();
      var r =
          c.send(
              java.net.http.HttpRequest.newBuilder(
                      java.net.URI.create(driver.verifier().uri() + "/v1/health"))
                  .timeout(Duration.ofSeconds(10))
                  .build(),
              java.net.http.HttpResponse.BodyHandlers.ofString());
      return r.statusCode() + " " + r.body();
    } catch (Exception e) {
      return "failed: " + e;
    }
  }

  @Override
  public void close() {
    if (ocspPassThrough != null) {
      ocspPassThrough.close();
    }
    driver.close();
  }
}
