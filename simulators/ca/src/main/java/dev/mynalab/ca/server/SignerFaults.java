package dev.mynalab.ca.server;

import dev.mynalab.ca.JpkiCertificateAuthority;
import dev.mynalab.ca.hierarchy.CaGeneration;
import dev.mynalab.ca.hierarchy.CaSigner;
import dev.mynalab.ca.hierarchy.SignerFailure;
import dev.mynalab.ca.ocsp.ResponderIdentity;
import dev.mynalab.kit.journal.Journal;
import java.security.PublicKey;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The admin plane's fault knob "the HSM is offline": every CA generation's signer and every OCSP
 * responder's signer fail (TEST fault), so new certificates cannot be issued, stale CRLs cannot be
 * re-published (503) and OCSP answers {@code internalError} — what a relying party's verifier must
 * never turn into VALID. Restoring puts the original signers back.
 */
final class SignerFaults {

  private final JpkiCertificateAuthority ca;
  private final Journal journal;
  private final Map<CaGeneration, CaSigner> caSigners = new LinkedHashMap<>();
  private final Map<ResponderIdentity, CaSigner> responderSigners = new LinkedHashMap<>();

  SignerFaults(JpkiCertificateAuthority ca, Journal journal) {
    this.ca = ca;
    this.journal = journal;
  }

  synchronized boolean broken() {
    return !caSigners.isEmpty();
  }

  /** Breaks every signer; nothing changes when they are broken already. */
  synchronized void breakAll() {
    if (broken()) {
      return;
    }
    // every responder first: a responder made on first use is certified by its CA's signer
    Map<CaGeneration, ResponderIdentity> responders = new LinkedHashMap<>();
    for (CaGeneration g : ca.hierarchy().all()) {
      responders.put(g, ca.ocsp().responder(g));
    }
    responders.forEach(
        (g, r) -> {
          caSigners.put(g, g.injectSigner(failing(g.publicKey())));
          CaSigner original = r.injectSigner(failing(null));
          r.injectSigner(failing(original.publicKey())); // the delegated responder's own key
          responderSigners.put(r, original);
        });
    journal.record("ca", "fault", "HSM offline (TEST fault): every CA and OCSP signer fails");
  }

  /** Puts the original signers back. */
  synchronized void restore() {
    caSigners.forEach(CaGeneration::injectSigner);
    responderSigners.forEach(ResponderIdentity::injectSigner);
    if (broken()) {
      journal.record("ca", "fault", "HSM back online: the original signers are restored");
    }
    caSigners.clear();
    responderSigners.clear();
  }

  private static CaSigner failing(PublicKey key) {
    return new CaSigner() {
      @Override
      public PublicKey publicKey() {
        return key;
      }

      @Override
      public byte[] signSha256Digest(byte[] digest) {
        throw new SignerFailure("HSM offline (TEST fault set on the admin plane)");
      }
    };
  }
}
