package dev.mynalab.smartphone.health;

import dev.mynalab.ca.profile.SmartphoneProfile;
import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.kit.journal.Journal;
import dev.mynalab.rulebook.RuleBook;
import dev.mynalab.smartphone.Authorisation;
import dev.mynalab.smartphone.Smartphone;
import dev.mynalab.smartphone.SmartphoneRefused;
import dev.mynalab.verifier.login.LoginService;
import dev.mynalab.verifier.login.LoginVerdict;
import java.security.cert.X509Certificate;
import java.util.Map;

/**
 * The smartphone side of a medical facility's reader (オンライン資格確認, SP-03): from 2025-09-19 a phone's
 * user certificate serves as the health-insurance card at facilities that added the smartphone
 * reader. This class states that capability as a date rule and proves the phone's user certificate
 * with a challenge (the same 利用者証明 as a card's); the eligibility lookup belongs to the
 * health-insurance relying party, which calls {@link #presentPhone}.
 */
public final class PhoneEligibilityReader {

  private final boolean phoneReaderAdded;
  private final LoginService relyingParty;
  private final WorldClock clock;
  private final Journal journal;

  /**
   * @param phoneReaderAdded whether the facility added the reader for smartphones (SP-03)
   * @param relyingParty the facility's verifier of user certificates
   */
  public PhoneEligibilityReader(
      boolean phoneReaderAdded, LoginService relyingParty, WorldClock clock, Journal journal) {
    this.phoneReaderAdded = phoneReaderAdded;
    this.relyingParty = relyingParty;
    this.clock = clock;
    this.journal = journal;
  }

  /** Whether phones are accepted here today (SP-03: the date and the added reader). */
  public boolean acceptsPhonesToday() {
    return phoneReaderAdded && !clock.today().isBefore(RuleBook.PHONE_HEALTH_INSURANCE_FROM);
  }

  /**
   * The holder holds the phone to the reader and authorises the user key.
   *
   * @throws SmartphoneRefused SP-03 before 2025-09-19 or without the added reader; the phone's own
   *     refusal when the authorisation is not accepted
   */
  public EligibilityAnswer presentPhone(Smartphone phone, Authorisation how) {
    if (clock.today().isBefore(RuleBook.PHONE_HEALTH_INSURANCE_FROM)) {
      throw new SmartphoneRefused(
          "SP-03",
          "/phone",
          "phones serve as health-insurance cards from "
              + RuleBook.PHONE_HEALTH_INSURANCE_FROM
              + "; today is "
              + clock.today());
    }
    if (!phoneReaderAdded) {
      throw new SmartphoneRefused(
          "SP-03", "/phone", "this facility has not added the reader for smartphones");
    }
    X509Certificate user =
        phone
            .userCertificate()
            .orElseThrow(
                () ->
                    new SmartphoneRefused(
                        "SP-03", "/phone", "the phone holds no user certificate"));
    String platform = SmartphoneProfile.platformOf(user).orElse("card");
    LoginVerdict v = phone.logIn(relyingParty, how);
    journal.record(
        "smartphone",
        "eligibility-presented",
        "phone " + phone.id() + " at a facility reader: " + v.outcome(),
        Map.of("phone", phone.id(), "code", v.outcome()));
    return new EligibilityAnswer(v.authenticated(), v.outcome(), platform, v.reasons());
  }
}
