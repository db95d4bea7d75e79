package dev.mynalab.ca.ocsp;

import dev.mynalab.ca.store.CertificateRecord;
import java.math.BigInteger;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/** Builds OCSP requests the way a relying party would. */
public final class OcspTestSupport {

  private OcspTestSupport() {}

  public static byte[] request(CertificateRecord record, byte[] nonce) throws Exception {
    return request(record.issuer().holder(), record.serial(), nonce);
  }

  public static byte[] request(X509CertificateHolder issuer, BigInteger serial, byte[] nonce)
      throws Exception {
    CertificateID id =
        new CertificateID(
            new JcaDigestCalculatorProviderBuilder().build().get(CertificateID.HASH_SHA1),
            issuer,
            serial);
    OCSPReqBuilder b = new OCSPReqBuilder().addRequest(id);
    if (nonce != null) {
      b.setRequestExtensions(
          new Extensions(
              new Extension(
                  OCSPObjectIdentifiers.id_pkix_ocsp_nonce,
                  false,
                  new DEROctetString(new DEROctetString(nonce)))));
    }
    return b.build().getEncoded();
  }

  public static BasicOCSPResp basic(byte[] der) throws Exception {
    return (BasicOCSPResp) new OCSPResp(der).getResponseObject();
  }
}
