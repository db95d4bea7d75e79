package dev.mynalab.spec.profile;

import dev.mynalab.ca.server.CaWorld;
import dev.mynalab.drivers.RunSettings;
import dev.mynalab.drivers.card.AppletCardSource;
import dev.mynalab.drivers.card.AppletClasses;
import dev.mynalab.drivers.card.CardSource;
import dev.mynalab.drivers.card.PcscCardSource;
import dev.mynalab.drivers.card.ReferenceCardSource;
import dev.mynalab.drivers.sut.SystemsUnderTest;
import dev.mynalab.drivers.verifier.HttpVerifierAdapter;
import dev.mynalab.drivers.verifier.ReferenceVerifierAdapter;
import dev.mynalab.drivers.verifier.VerifierAdapter;
import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.kit.journal.Journal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;

/**
 * Opens the systems a {@link SutProfile} names — connects to the reader, loads the applet or
 * adapter classes, exports the run's CA for an endpoint and runs its prepare command, reaches the
 * endpoint — before anything runs, so that a profile that cannot be used fails with a {@link
 * ProfileException} naming the field and no report is written (a trust export this step created is
 * removed again). Records each system's identity for the report.
 */
public final class SutOpener {

  private SutOpener() {}

  /**
   * Opens every system of {@code profile}; the caller installs and closes the result.
   *
   * @param out the run's output directory (the default place of {@code verifier.http.trustExport})
   */
  public static SystemsUnderTest open(SutProfile profile, Path out) {
    List<SystemsUnderTest.Identity> ids = new ArrayList<>();
    CardSource card = card(profile.card(), ids);
    VerifierAdapter verifier;
    try {
      verifier = verifier(profile, out, ids);
    } catch (RuntimeException e) {
      card.close();
      throw e;
    }
    return new SystemsUnderTest(card, verifier, ids);
  }

  private static CardSource card(SutProfile.Card spec, List<SystemsUnderTest.Identity> ids) {
    if (spec instanceof SutProfile.PcscCard p) {
      PcscCardSource source;
      try {
        source =
            PcscCardSource.open(p.reader(), p.pins(), p.holder(), p.certificates(), p.issuerSeed());
      } catch (IllegalArgumentException e) {
        throw fieldError("card.pcsc.", e);
      }
      Map<String, String> props = new LinkedHashMap<>();
      props.put("reader", source.readerName());
      props.put("atr", source.atr());
      props.put(
          "issuerKey", p.issuerSeed().isPresent() ? "TEST seed " + p.issuerSeed().get() : "none");
      ids.add(
          new SystemsUnderTest.Identity(
              "card",
              "pcsc-card",
              "card in PC/SC reader '" + source.readerName() + "'",
              null,
              "SHA-256",
              Hashes.sha256(source.atr().getBytes(java.nio.charset.StandardCharsets.US_ASCII)),
              "the card's ATR (a card has no build hash the harness can read)",
              props));
      return source;
    }
    if (spec instanceof SutProfile.AppletsCard a) {
      AppletClasses classes;
      try {
        classes = AppletClasses.load(a.classes(), a.classpath());
      } catch (IllegalArgumentException e) {
        throw fieldError("card.applets.", e);
      }
      Map<String, String> props = new LinkedHashMap<>();
      a.classes().forEach((app, cls) -> props.put("class." + app, cls));
      classes.jarHashes().forEach((jar, hash) -> props.put("jar." + jar + ".sha256", hash));
      ids.add(
          new SystemsUnderTest.Identity(
              "card",
              "jcardsim-applets",
              "vendor applets on jcardsim",
              null,
              "SHA-256",
              Hashes.sha256(
                  new java.util.TreeMap<>(props)
                      .toString()
                      .getBytes(java.nio.charset.StandardCharsets.UTF_8)),
              "the applet class names and the SHA-256 of each jar they were loaded from",
              props));
      return new AppletCardSource(classes);
    }
    return new ReferenceCardSource();
  }

  private static VerifierAdapter verifier(
      SutProfile profile, Path out, List<SystemsUnderTest.Identity> ids) {
    SutProfile.Verifier spec = profile.verifier();
    if (spec instanceof SutProfile.HttpVerifier h) {
      Path workDir = profile.source().map(f -> f.toAbsolutePath().getParent()).orElse(null);
      return http(h, out, workDir, ids);
    }
    if (spec instanceof SutProfile.AdapterVerifier a) {
      VerifierAdapter adapter;
      try {
        adapter = AdapterLoader.load(a.className(), a.classpath());
      } catch (IllegalArgumentException e) {
        throw fieldError("verifier.adapter.", e);
      }
      Map<String, String> props = new LinkedHashMap<>();
      props.put("class", a.className());
      props.putAll(adapter.identity());
      String hash = AdapterLoader.codeHash(adapter.getClass());
      ids.add(
          new SystemsUnderTest.Identity(
              "verifier",
              "adapter-verifier",
              "verifier adapter " + a.className(),
              null,
              "SHA-256",
              hash,
              "the jar or class file the adapter was loaded from",
              props));
      return adapter;
    }
    return new ReferenceVerifierAdapter();
  }

  /**
   * A fixed endpoint: one CA for the run, exported before anything connects (the verifier under
   * test must trust it and reach its OCSP/CRL as a registered verifier), then the vendor's prepare
   * command, then the first connection. The CA runs on the host's clock, because the verifier does:
   * a fixed endpoint cannot follow a world clock (that is why {@code verifier.world-clock}
   * scenarios are N/A for it), so OCSP answers and CRLs dated on a frozen start date would be stale
   * to it.
   */
  private static VerifierAdapter http(
      SutProfile.HttpVerifier h, Path out, Path workDir, List<SystemsUnderTest.Identity> ids) {
    SSLContext tls;
    try {
      tls = HttpTls.context(h);
    } catch (IllegalArgumentException e) {
      throw fieldError("verifier.http.", e);
    }
    WorldClock clock = WorldClock.running();
    Journal journal = new Journal(clock);
    CaWorld ca = CaWorld.start(CaWorld.Options.defaults(RunSettings.seed(), clock, journal));
    TrustExport export = null;
    try {
      export = TrustExport.write(ca, h.trustExport().orElse(out.resolve("verifier-trust")));
      Map<String, String> props = new LinkedHashMap<>();
      props.put("trustExport", export.dir().toString());
      props.put("trustAnchorsSha256", export.anchorsSha256());
      props.put("caClock", "host");
      if (!h.prepare().isEmpty()) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("trust", export.dir().toString());
        values.put("ocsp", ca.endpoints().get("ocsp"));
        values.put("crl", ca.endpoints().get("crl"));
        values.put("url", h.url().toString());
        PrepareCommand.Result prepared =
            PrepareCommand.run(h.prepare(), values, h.prepareTimeout(), workDir);
        props.put("prepare", String.join(" ", prepared.argv()));
        props.put("prepareExit", "0");
        props.put("prepareMillis", Long.toString(prepared.millis()));
      }
      HttpVerifierAdapter adapter;
      try {
        adapter = new HttpVerifierAdapter(h.url(), tls, ca, journal);
      } catch (IllegalArgumentException e) {
        throw fieldError("verifier.http.", e);
      }
      Map<String, String> identity = new LinkedHashMap<>(adapter.identity());
      identity.putAll(props);
      ids.add(
          new SystemsUnderTest.Identity(
              "verifier",
              "http-verifier",
              "verifier at " + h.url(),
              null,
              "SHA-256",
              adapter.serverFingerprint(),
              "the DER of the endpoint's TLS server certificate",
              identity));
      return adapter;
    } catch (RuntimeException e) {
      ca.close();
      if (export != null) {
        export.discard();
      }
      throw e;
    }
  }

  /** "X: message" from a driver → a ProfileException on {@code prefix + X}. */
  static ProfileException fieldError(String prefix, IllegalArgumentException e) {
    String m = e.getMessage() == null ? "" : e.getMessage();
    int colon = m.indexOf(": ");
    if (colon > 0 && !m.substring(0, colon).contains(" ")) {
      return new ProfileException(prefix + m.substring(0, colon), m.substring(colon + 2), e);
    }
    return new ProfileException(prefix.substring(0, prefix.length() - 1), m, e);
  }
}
