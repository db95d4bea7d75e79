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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;

/**
 * Opens the systems a {@link SutProfile} names — connects to the reader, loads the applet or
 * adapter classes, reaches the endpoint — before anything runs, so that a profile that cannot be
 * used fails with a {@link ProfileException} naming the field and nothing is written. Records each
 * system's identity for the report.
 */
public final class SutOpener {

  private SutOpener() {}

  /** Opens every system of {@code profile}; the caller installs and closes the result. */
  public static SystemsUnderTest open(SutProfile profile) {
    List<SystemsUnderTest.Identity> ids = new ArrayList<>();
    CardSource card = card(profile.card(), ids);
    VerifierAdapter verifier;
    try {
      verifier = verifier(profile.verifier(), ids);
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
      SutProfile.Verifier spec, List<SystemsUnderTest.Identity> ids) {
    if (spec instanceof SutProfile.HttpVerifier h) {
      SSLContext tls;
      try {
        tls = HttpTls.context(h);
      } catch (IllegalArgumentException e) {
        throw fieldError("verifier.http.", e);
      }
      WorldClock clock = WorldClock.frozenAt(RunSettings.startDate());
      CaWorld ca =
          CaWorld.start(CaWorld.Options.defaults(RunSettings.seed(), clock, new Journal(clock)));
      HttpVerifierAdapter adapter;
      try {
        adapter = new HttpVerifierAdapter(h.url(), tls, ca);
      } catch (IllegalArgumentException e) {
        ca.close();
        throw fieldError("verifier.http.", e);
      }
      ids.add(
          new SystemsUnderTest.Identity(
              "verifier",
              "http-verifier",
              "verifier at " + h.url(),
              null,
              "SHA-256",
              adapter.serverFingerprint(),
              "the DER of the endpoint's TLS server certificate",
              adapter.identity()));
      return adapter;
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
