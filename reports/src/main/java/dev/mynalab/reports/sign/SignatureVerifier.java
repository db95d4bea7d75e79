package dev.mynalab.reports.sign;

import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.util.Selector;

/**
 * Checks a detached CMS signature over a report: (1) the signature matches the content byte for
 * byte (what {@code openssl cms -verify -noverify} checks), and (2) the signer certificate was
 * issued and signed by the trusted report-signing CA and was valid at the signing time. Every
 * problem found is reported, not only the first.
 */
public final class SignatureVerifier {

  private SignatureVerifier() {}

  public static SignatureCheck verify(byte[] content, byte[] signature, X509Certificate trustedCa) {
    List<String> problems = new ArrayList<>();
    CMSSignedData signed;
    try {
      signed = new CMSSignedData(new CMSProcessableByteArray(content), signature);
    } catch (CMSException | RuntimeException e) {
      return new SignatureCheck(false, null, List.of("not a CMS signature: " + e.getMessage()));
    }
    Collection<SignerInformation> signers = signed.getSignerInfos().getSigners();
    if (signers.isEmpty()) {
      return new SignatureCheck(false, null, List.of("the signature has no signer"));
    }
    String signerName = null;
    for (SignerInformation signer : signers) {
      @SuppressWarnings("unchecked")
      Selector<X509CertificateHolder> sid =
          (Selector<X509CertificateHolder>) (Object) signer.getSID();
      Collection<X509CertificateHolder> matches = signed.getCertificates().getMatches(sid);
      if (matches.isEmpty()) {
        problems.add("the signer's certificate is not in the signature");
        continue;
      }
      X509Certificate cert;
      try {
        cert = new JcaX509CertificateConverter().getCertificate(matches.iterator().next());
      } catch (CertificateException e) {
        problems.add("the signer's certificate does not parse: " + e.getMessage());
        continue;
      }
      signerName = cert.getSubjectX500Principal().getName();
      try {
        // with the bare key: the signature alone; the certificate's validity is checked below
        if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(cert.getPublicKey()))) {
          problems.add("the signature does not match the content (the report was changed)");
        }
      } catch (CMSException | OperatorCreationException | RuntimeException e) {
        problems.add("the signature does not match the content: " + e.getMessage());
      }
      problems.addAll(chainProblems(cert, trustedCa, signingTime(signer)));
    }
    return new SignatureCheck(problems.isEmpty(), signerName, List.copyOf(problems));
  }

  private static List<String> chainProblems(X509Certificate cert, X509Certificate ca, Date at) {
    List<String> problems = new ArrayList<>();
    String caName = ca.getSubjectX500Principal().getName();
    if (!cert.getIssuerX500Principal().equals(ca.getSubjectX500Principal())) {
      problems.add(
          "the signer was issued by "
              + cert.getIssuerX500Principal().getName()
              + ", not by the trusted report-signing CA "
              + caName);
      return problems;
    }
    try {
      cert.verify(ca.getPublicKey());
    } catch (GeneralSecurityException e) {
      problems.add("the signer certificate is not signed by the trusted CA " + caName);
      return problems;
    }
    if (at != null) {
      try {
        cert.checkValidity(at);
        ca.checkValidity(at);
      } catch (CertificateException e) {
        problems.add("a certificate was not valid at the signing time " + at.toInstant());
      }
    }
    return problems;
  }

  private static Date signingTime(SignerInformation signer) {
    if (signer.getSignedAttributes() == null) {
      return null;
    }
    Attribute a = signer.getSignedAttributes().get(CMSAttributes.signingTime);
    if (a == null || a.getAttrValues().size() != 1) {
      return null;
    }
    try {
      return Time.getInstance(a.getAttrValues().getObjectAt(0)).getDate();
    } catch (RuntimeException e) {
      return null;
    }
  }
}
