package dev.mynalab.world.revocation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mynalab.ca.revocation.RevocationPort;
import dev.mynalab.ca.store.CertificateRecord;
import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.kit.journal.Journal;
import dev.mynalab.registry.notify.IssuingAuthorityNotification.AllCertificatesRevocation;
import dev.mynalab.registry.notify.IssuingAuthorityNotification.Reason;
import dev.mynalab.registry.notify.IssuingAuthorityNotification.SigningCertificateRevocation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RevocationBridgeTest {

  /** Records which holder each call named. */
  private static final class RecordingPort implements RevocationPort {
    final List<String> calls = new ArrayList<>();

    private List<CertificateRecord> call(String what, String holder) {
      calls.add(what + ":" + holder);
      return List.of();
    }

    @Override
    public List<CertificateRecord> suspendAfterLoss(String h) {
      return call("suspend", h);
    }

    @Override
    public List<CertificateRecord> basicFourChanged(String h) {
      return call("basicFour", h);
    }

    @Override
    public List<CertificateRecord> emigrated(String h) {
      return call("emigrated", h);
    }

    @Override
    public List<CertificateRecord> died(String h) {
      return call("died", h);
    }

    @Override
    public List<CertificateRecord> cardLapsed(String h) {
      return call("lapsed", h);
    }

    @Override
    public RevocationPort invalidSince(java.time.Instant invalidFrom) {
      calls.add("invalidSince:" + invalidFrom);
      return this;
    }
  }

  private final WorldClock clock = WorldClock.frozenAt(LocalDate.of(2025, 7, 1));
  private final RecordingPort port = new RecordingPort();
  private final RevocationBridge bridge =
      new RevocationBridge(() -> port, clock, new Journal(clock));

  @Test
  void aCompanionIsRevokedByTheSameRuleAsThePerson() {
    bridge.follow("P1", "P1#phone-1");
    bridge.notify(
        new SigningCertificateRevocation(
            "P1", "R1", "N1", clock.today(), Reason.ADDRESS_CHANGED, "EC-04"));
    bridge.notify(
        new AllCertificatesRevocation("P1", "R1", "N1", clock.today(), Reason.DIED, "LV-02"));
    assertThat(port.calls)
        .containsExactly("basicFour:P1", "basicFour:P1#phone-1", "died:P1", "died:P1#phone-1");
  }

  @Test
  void withoutACompanionOnlyThePersonIsRevokedAndOthersAreUntouched() {
    bridge.follow("P2", "P2#phone-9");
    bridge.notify(
        new SigningCertificateRevocation(
            "P1", "R1", "N1", clock.today(), Reason.NAME_CHANGED, "EC-04"));
    assertThat(port.calls).containsExactly("basicFour:P1");
    assertThat(bridge.companions("P1")).isEmpty();
    assertThat(bridge.companions("P2")).containsExactly("P2#phone-9");
  }
}
