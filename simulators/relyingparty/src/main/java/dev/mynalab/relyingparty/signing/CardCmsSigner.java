package dev.mynalab.relyingparty.signing;

import dev.mynalab.card.client.CardClient;
import dev.mynalab.card.transport.ApduTransport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Date;
import javax.smartcardio.ResponseAPDU;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInfoGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.DefaultSignatureAlgorithmIdentifierFinder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * What e-Tax software or a private business's app does with the card (seed: 【公的サービスの例】 税申告 (e-Tax),
 * 公的個人認証制度の概要②): reads the certificate from the 公的個人認証AP, has the holder enter the secret, and
 * packages a document as CMS SignedData (RFC 5652) whose signature is computed <b>on the card</b> —
 * COMPUTE DIGITAL SIGNATURE over the DigestInfo of the signed attributes; the private key never
 * leaves the card (card-interface.md §2.1). The signed attributes are contentType, messageDigest
 * and signingTime, the latter from the injected world clock (never the machine's).
 */
public final class CardCmsSigner {

  private final Clock clock;

  public CardCmsSigner(Clock clock) {
    this.clock = clock;
  }

  /**
   * Signs {@code content} with {@code key} of the card behind {@code card}.
   *
   * @param secret the 署名用パスワード or the 利用者証明用 PIN
   * @throws CardRefused when the card refuses the secret, the certificate or the signature
   */
  public byte[] sign(ApduTransport card, JpkiKey key, String secret, byte[] content) {
    CardClient client = new CardClient(card);
    expect(client.selectJpki(), "the card has no 公的個人認証AP");
    if (key.pinBeforeCertificate()) {
      expect(client.verify(key.pinFid(), secret), "the card refused the secret");
    }
    CardClient.Read read = client.readAll(key.certificateFid());
    if (!read.ok() || read.data().length == 0) {
      throw new CardRefused("the card holds no certificate for " + key, read.sw());
    }
    X509Certificate certificate = parse(read.data());
    if (!key.pinBeforeCertificate()) {
      expect(client.verify(key.pinFid(), secret), "the card refused the secret");
    }
    try {
      X509CertificateHolder holder = new X509CertificateHolder(certificate.getEncoded());
      ASN1EncodableVector attributes = new ASN1EncodableVector();
      attributes.add(
          new Attribute(
              CMSAttributes.signingTime, new DERSet(new Time(Date.from(clock.instant())))));
      SignerInfoGenerator signerInfo =
          new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
              .setSignedAttributeGenerator(
                  new DefaultSignedAttributeTableGenerator(new AttributeTable(attributes)))
              .build(new OnCardSigner(client, key.keyFid()), holder);
      CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
      generator.addSignerInfoGenerator(signerInfo);
      generator.addCertificate(holder);
      return generator.generate(new CMSProcessableByteArray(content), true).getEncoded();
    } catch (OperatorCreationException | CMSException | IOException | GeneralSecurityException e) {
      throw cardRefusalIn(e)
          .orElseGet(
              () ->
                  new IllegalStateException(
                      "cannot build the CMS SignedData: " + e.getMessage(), e));
    } catch (RuntimeException e) {
      // Bouncy Castle may wrap the card's refusal from inside getSignature()
      throw cardRefusalIn(e).map(RuntimeException.class::cast).orElse(e);
    }
  }

  private static java.util.Optional<RuntimeException> cardRefusalIn(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof CardRefused refused) {
        return java.util.Optional.of(refused);
      }
    }
    return java.util.Optional.empty();
  }

  private static void expect(int sw, String message) {
    if (sw != 0x9000) {
      throw new CardRefused(message, sw);
    }
  }

  private static X509Certificate parse(byte[] der) {
    try {
      return (X509Certificate)
          CertificateFactory.getInstance("X.509")
              .generateCertificate(new ByteArrayInputStream(der));
    } catch (GeneralSecurityException e) {
      throw new CardRefused("the certificate on the card does not parse", 0x9000);
    }
  }

  /** Bouncy Castle's signer whose RSA operation is the card's COMPUTE DIGITAL SIGNATURE. */
  private static final class OnCardSigner implements ContentSigner {

    private final CardClient client;
    private final int keyFid;
    private final ByteArrayOutputStream signedBytes = new ByteArrayOutputStream();

    OnCardSigner(CardClient client, int keyFid) {
      this.client = client;
      this.keyFid = keyFid;
    }

    @Override
    public AlgorithmIdentifier getAlgorithmIdentifier() {
      return new DefaultSignatureAlgorithmIdentifierFinder().find("SHA256withRSA");
    }

    @Override
    public OutputStream getOutputStream() {
      return signedBytes;
    }

    @Override
    public byte[] getSignature() {
      byte[] hash;
      try {
        hash = MessageDigest.getInstance("SHA-256").digest(signedBytes.toByteArray());
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException(e);
      }
      ResponseAPDU r = client.sign(keyFid, CardClient.sha256DigestInfo(hash));
      if (r.getSW() != 0x9000) {
        throw new CardRefused("the card refused to sign", r.getSW());
      }
      return r.getData();
    }
  }
}
