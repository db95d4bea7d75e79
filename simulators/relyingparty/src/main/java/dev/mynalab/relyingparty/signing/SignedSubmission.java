package dev.mynalab.relyingparty.signing;

import dev.mynalab.kit.problem.Problem;
import dev.mynalab.kit.problem.ProblemException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.HexFormat;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.util.Store;

/**
 * The parts of a CMS SignedData a relying party needs after the verifier has judged it: the
 * encapsulated content and the signer's certificate. Only extraction — whether the signature and
 * the certificate are good is the verifier's answer ({@code SignedDocumentValidator}).
 *
 * @param content the encapsulated content
 * @param signer the certificate matching the (first) signer, or null when the CMS carries none
 */
public record SignedSubmission(byte[] content, X509Certificate signer) {

  /**
   * @throws ProblemException 422 pointing at {@code pointer} when the bytes are not an attached CMS
   *     SignedData
   */
  public static SignedSubmission parse(byte[] cms, String pointer) {
    try {
      CMSSignedData signed = new CMSSignedData(cms);
      if (signed.getSignedContent() == null) {
        throw new ProblemException(
            Problem.invalidField(pointer, "the CMS must carry its content (attached)"));
      }
      byte[] content = (byte[]) signed.getSignedContent().getContent();
      X509Certificate signer = null;
      Collection<SignerInformation> signers = signed.getSignerInfos().getSigners();
      if (!signers.isEmpty()) {
        @SuppressWarnings("unchecked")
        Store<X509CertificateHolder> store = signed.getCertificates();
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> matches =
            store.getMatches(signers.iterator().next().getSID());
        if (!matches.isEmpty()) {
          signer = new JcaX509CertificateConverter().getCertificate(matches.iterator().next());
        }
      }
      return new SignedSubmission(content, signer);
    } catch (ProblemException e) {
      throw e;
    } catch (Exception e) {
      throw new ProblemException(Problem.invalidField(pointer, "not a CMS SignedData document"));
    }
  }

  /** SHA-256 of the signer certificate's DER, hex: what a registration binds. */
  public String signerFingerprint() {
    if (signer == null) {
      return null;
    }
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(signer.getEncoded()));
    } catch (Exception e) {
      throw new IllegalStateException("cannot fingerprint the signer certificate", e);
    }
  }
}
