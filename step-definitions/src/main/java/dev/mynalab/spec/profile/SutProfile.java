package dev.mynalab.spec.profile;

import dev.mynalab.card.personalisation.HolderData;
import dev.mynalab.card.personalisation.Pins;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The systems under test of one conformance run, as a vendor declares them in a profile file
 * ({@code mynalab conformance --profile FILE}, see {@link ProfileParser}). Without a profile every
 * part is the embedded reference world ({@link #reference()}).
 *
 * @param card the card: the in-process reference card, a card in a PC/SC reader, or vendor applets
 *     in jcardsim
 * @param verifier the certificate-validation service (検証者)
 * @param client card-reading client software run against the card in the vpcd reader, if any
 * @param ics the Implementation Conformance Statement (N/A declarations), if any
 * @param source the profile file, or empty for the built-in reference profile
 */
public record SutProfile(
    Card card,
    Verifier verifier,
    Optional<Client> client,
    Optional<Path> ics,
    Optional<Path> source) {

  /** Everything embedded: what {@code mynalab conformance} without a profile runs. */
  public static SutProfile reference() {
    return new SutProfile(
        new ReferenceCard(),
        new ReferenceVerifier(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /** The card under test. */
  public sealed interface Card permits ReferenceCard, PcscCard, AppletsCard {}

  /** The reference applets on jcardsim, issued in-process by the harness (default). */
  public record ReferenceCard() implements Card {}

  /**
   * A card already issued, in a PC/SC reader (a real card or a vendor's simulator; the reference
   * card served by {@code mynalab card serve}). The harness cannot issue it, so the profile says
   * what was written on it.
   *
   * @param reader the PC/SC reader name, exactly as {@code opensc-tool -l} lists it
   * @param pins the holder's four PINs as set on the card
   * @param holder what the card says about its holder (個人番号, 基本4情報, 照合番号B parts)
   * @param certificates a directory with {@code auth.der} and {@code sign.der} as issued (the
   *     layout of {@code card serve --export})
   * @param issuerSeed the TEST seed of the card's issuer key, when the harness may use the issuer
   *     channel (reference cards served by {@code card serve --seed N} only): PIN resets between
   *     scenarios, re-personalisation attempts
   */
  public record PcscCard(
      String reader, Pins pins, HolderData holder, Path certificates, Optional<Long> issuerSeed)
      implements Card {}

  /**
   * Vendor applet classes loaded into jcardsim instead of the reference ones and personalised by
   * the harness through the issuer interface (simulators/card README, "Issuance").
   *
   * @param classes application name ({@code jpki}, {@code text}, {@code face}, {@code juki}) →
   *     applet class name
   * @param classpath jars or directories the classes are loaded from (child first)
   */
  public record AppletsCard(Map<String, String> classes, List<Path> classpath) implements Card {}

  /** The verifier under test. */
  public sealed interface Verifier permits ReferenceVerifier, HttpVerifier, AdapterVerifier {}

  /** The reference verifier, started in-process per scenario over its HTTPS contract. */
  public record ReferenceVerifier() implements Verifier {}

  /**
   * Any HTTPS endpoint implementing the validation contract (simulators/verifier/openapi.yaml).
   *
   * @param url the base URL ({@code https://host:port}); {@code /v1/certificates/validate} is
   *     appended
   * @param clientCertificate PEM certificate of the relying party the harness acts as, if the
   *     endpoint requires client certificates
   * @param clientKey the PEM (PKCS#8) key of {@code clientCertificate}
   * @param trust PEM certificate(s) the endpoint's server certificate must chain to
   * @param trustExport where the run's JPKI TEST CA is exported before anything connects (roots,
   *     the registered verifier's OCSP/CRL client credential, the TLS CA of the revocation
   *     endpoints, CRLs, samples, {@code world.json}); empty: {@code <out>/verifier-trust/}
   * @param prepare a command run after the export and before the first connection (argv; {@code
   *     ${trust}}, {@code ${ocsp}}, {@code ${crl}}, {@code ${url}} are replaced), e.g. one that
   *     tells the verifier to reload its trust; empty: none
   * @param prepareTimeout how long {@code prepare} may take
   */
  public record HttpVerifier(
      URI url,
      Optional<Path> clientCertificate,
      Optional<Path> clientKey,
      Optional<Path> trust,
      Optional<Path> trustExport,
      List<String> prepare,
      Duration prepareTimeout)
      implements Verifier {

    /** The default of {@code prepareTimeout}. */
    public static final Duration DEFAULT_PREPARE_TIMEOUT = Duration.ofSeconds(60);

    /** The placeholders {@code prepare} may use. */
    public static final List<String> PLACEHOLDERS = List.of("trust", "ocsp", "crl", "url");

    /** Without a trust-export location or a prepare command (defaults). */
    public HttpVerifier(
        URI url, Optional<Path> clientCertificate, Optional<Path> clientKey, Optional<Path> trust) {
      this(
          url,
          clientCertificate,
          clientKey,
          trust,
          Optional.empty(),
          List.of(),
          DEFAULT_PREPARE_TIMEOUT);
    }
  }

  /**
   * A verifier reached through a {@code dev.mynalab.drivers.verifier.VerifierAdapter} found by
   * {@link java.util.ServiceLoader}.
   *
   * @param className the adapter's class name
   * @param classpath extra jars to load it from
   */
  public record AdapterVerifier(String className, List<Path> classpath) implements Verifier {}

  /**
   * Client software run against the card in the vpcd reader.
   *
   * @param name a label ({@code opensc} for the built-in reference client)
   * @param checks the commands to run, each with its expectation and the requirement it shows
   */
  public record Client(String name, List<ClientCheck> checks) {}

  /**
   * One client command.
   *
   * @param requirement the requirement ID the check demonstrates (REQ-…)
   * @param command argv; {@code ${reader}} is replaced by the reader name
   * @param expectExit the expected exit code
   * @param expectOutput a regular expression stdout+stderr must contain, if any
   */
  public record ClientCheck(
      String requirement, List<String> command, int expectExit, Optional<Pattern> expectOutput) {}
}
