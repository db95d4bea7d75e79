package dev.mynalab.drivers.smartphone;

import dev.mynalab.ca.hierarchy.CaPurpose;
import dev.mynalab.ca.profile.SmartphoneProfile;
import dev.mynalab.drivers.lifecycle.LifecycleWorld;
import dev.mynalab.kit.problem.ProblemException;
import dev.mynalab.smartphone.PhoneSecrets;
import dev.mynalab.smartphone.Smartphone;
import dev.mynalab.smartphone.SmartphoneRefused;
import dev.mynalab.smartphone.SmartphoneWorld;
import dev.mynalab.verifier.Purpose;
import dev.mynalab.verifier.Status;
import dev.mynalab.world.authority.IssuedCard;
import java.security.cert.X509Certificate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The smartphone side of one lifecycle scenario: the smartphone service ({@link SmartphoneWorld})
 * joined to the scenario's reference world, the phones the people hold, the last refusal, and what
 * the verifier says about phone and card certificates. {@link PhoneHolder} acts on it. Knows
 * nothing of Cucumber.
 */
public final class SmartphoneLab implements AutoCloseable {

  /** The phone-side PIN and signing password every scenario's holder chooses. */
  public static final PhoneSecrets PHONE_SECRETS = new PhoneSecrets("9753", "PHONE2468");

  private final LifecycleWorld lifecycle;
  private final Map<String, Smartphone> phones = new HashMap<>();
  private SmartphoneWorld service;
  private Boolean followCard;
  private String lastRefusal;
  private String lastRefusalRule;

  public SmartphoneLab(LifecycleWorld lifecycle) {
    this.lifecycle = lifecycle;
  }

  public LifecycleWorld lifecycle() {
    return lifecycle;
  }

  /**
   * Answers SP-04's open question for this scenario (the rule-book parameter {@code
   * mynalab.rule.phoneCertificatesFollowCard}); before the service is first used.
   */
  public void phoneCertificatesFollowCard(boolean follow) {
    if (service != null) {
      throw new IllegalStateException("set the SP-04 parameter before the first phone is used");
    }
    followCard = follow;
  }

  /** The smartphone service (created on first use, with the run's or the scenario's SP-04). */
  public SmartphoneWorld service() {
    if (service == null) {
      service =
          followCard == null
              ? new SmartphoneWorld(lifecycle.reference())
              : new SmartphoneWorld(lifecycle.reference(), followCard);
    }
    return service;
  }

  void hands(String name, Smartphone phone) {
    phones.put(name, phone);
  }

  /** The phone the person called {@code name} holds. */
  public Smartphone phone(String name) {
    Smartphone p = phones.get(name);
    if (p == null) {
      throw new IllegalStateException(name + " has no smartphone in this scenario");
    }
    return p;
  }

  /** Runs {@code action}; a refusal is remembered, not thrown. */
  <T> Optional<T> attempt(Supplier<T> action) {
    lastRefusal = null;
    lastRefusalRule = null;
    try {
      return Optional.ofNullable(action.get());
    } catch (SmartphoneRefused e) {
      lastRefusal = e.problem().detail();
      lastRefusalRule = e.rule();
    } catch (ProblemException e) {
      lastRefusal = e.problem().detail();
      lastRefusalRule = e.problem().pointer();
    }
    return Optional.empty();
  }

  /** The last refusal's message, or null when the last action was accepted. */
  public String lastRefusal() {
    return lastRefusal;
  }

  /**
   * The rule of the last refusal ({@code SP-01}, {@code CV-07}, {@code card}, {@code verifier} …).
   */
  public String lastRefusalRule() {
    return lastRefusalRule;
  }

  // ------------------------------------------------------------------ observations

  /** The phone's certificate of {@code purpose}. */
  public X509Certificate phoneCertificate(String name, CaPurpose purpose) {
    Smartphone p = phone(name);
    return (purpose == CaPurpose.SIGNATURE ? p.signingCertificate() : p.userCertificate())
        .orElseThrow(() -> new IllegalStateException(name + "'s phone holds no certificate"));
  }

  /** The platform the certificate's TEST smartphone marker names, empty for a card certificate. */
  public Optional<String> marker(X509Certificate certificate) {
    return SmartphoneProfile.platformOf(certificate);
  }

  /** What the relying parties' verifier says about {@code certificate} now. */
  public Status verdict(X509Certificate certificate, CaPurpose purpose) {
    return service()
        .verifier()
        .validate(certificate, purpose == CaPurpose.SIGNATURE ? Purpose.SIGN : Purpose.AUTH)
        .status();
  }

  /** The card's certificate of {@code purpose}. */
  public X509Certificate cardCertificate(String name, CaPurpose purpose) {
    IssuedCard c = lifecycle.card(name);
    return purpose == CaPurpose.SIGNATURE
        ? c.signingCertificate().orElseThrow(() -> new IllegalStateException("no signing cert"))
        : c.authenticationCertificate();
  }

  @Override
  public void close() {
    if (service != null) {
      service.close();
      service = null;
    }
  }
}
