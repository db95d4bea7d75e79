package dev.mynalab.reports.sign;

import java.io.IOException;
import java.security.cert.CertificateEncodingException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Signs a report: a detached CMS SignedData (RFC 5652), DER, SHA-256 with RSA, carrying the signer
 * and CA certificates, so that {@code openssl cms -verify -binary -inform DER -in X.p7s -content X}
 * checks it. The signing time is the one handed in (from the injected clock), never the host's.
 */
public final class ReportSigner {

  private ReportSigner() {}

  public static byte[] sign(byte[] content, SigningIdentity identity, Instant signingTime) {
    try {
      ASN1EncodableVector attrs = new ASN1EncodableVector();
      attrs.add(
          new Attribute(CMSAttributes.signingTime, new DERSet(new Time(Date.from(signingTime)))));
      CMSSignedDataGenerator gen = new CMSSignedDataGenerator();
      gen.addSignerInfoGenerator(
          new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
              .setSignedAttributeGenerator(
                  new DefaultSignedAttributeTableGenerator(new AttributeTable(attrs)))
              .build(
                  new JcaContentSignerBuilder("SHA256withRSA").build(identity.key()),
                  identity.certificate()));
      gen.addCertificates(new JcaCertStore(List.of(identity.certificate(), identity.ca())));
      CMSSignedData signed = gen.generate(new CMSProcessableByteArray(content), false);
      return signed.getEncoded("DER");
    } catch (CMSException
        | OperatorCreationException
        | CertificateEncodingException
        | IOException e) {
      throw new IllegalStateException("cannot sign the report: " + e.getMessage(), e);
    }
  }
}
